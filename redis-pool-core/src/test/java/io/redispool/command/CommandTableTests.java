package io.redispool.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The committed command table is what the server the tests run says of its commands, and
 * the client's decisions that read the table come out as the server's flags imply.
 */
class CommandTableTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @Test
    void committedTableMatchesTheRunningServer() throws IOException {
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            ServerCommandTable server = new ServerCommandTable(client);
            List<String> committed = Files.readAllLines(CommandTableGenerator.RESOURCE, StandardCharsets.UTF_8)
                .stream()
                .filter((line) -> !line.startsWith("#"))
                .collect(Collectors.toList());
            assertThat(committed)
                .as("the command table of redis-server %s; run scripts/generate-command-table", server.version())
                .containsExactlyElementsOf(server.rows());
        }
    }

    @Test
    void tableHoldsEveryCommandAndSubcommand() {
        assertThat(CommandTable.get().specs()).hasSizeGreaterThan(350);
        assertThat(CommandTable.get().spec("client|setname").displayName()).isEqualTo("CLIENT SETNAME");
        assertThat(CommandTable.get().spec("CLIENT SETNAME")).isSameAs(CommandTable.get().spec("client|setname"));
    }

    @Test
    void everyCommandNamedByTheConnectionRulesIsInTheTable() {
        for (String name : ConnectionUseRules.namedCommands()) {
            assertThat(CommandTable.get().spec(name).isKnown()).as(name).isTrue();
        }
    }

    @Test
    void everyConnectionOrTransactionCommandIsJudged() {
        for (CommandSpec spec : CommandTable.get().specs()) {
            boolean touchesConnection = spec.aclCategories().contains("@connection")
                    || spec.aclCategories().contains("@transaction")
                    || spec.flags().contains("pubsub") && spec.flags().contains("noscript");
            if (touchesConnection) {
                assertThat(spec.connectionUse() != ConnectionUse.POOLED
                        || ConnectionUseRules.namedCommands().contains(spec.name()))
                    .as("%s is refused or named harmless", spec.name())
                    .isTrue();
            }
        }
    }

    @Test
    void retrySafetyFollowsTheServersFlags() {
        assertThat(retrySafe("get")).isTrue();
        assertThat(retrySafe("xread")).isTrue();
        assertThat(retrySafe("ping")).isTrue();
        assertThat(retrySafe("time")).isTrue();
        assertThat(retrySafe("incr")).isFalse();
        assertThat(retrySafe("publish")).as("a second PUBLISH is a second message").isFalse();
        assertThat(retrySafe("eval")).as("a script may write").isFalse();
        assertThat(retrySafe("config|set")).isFalse();
        assertThat(retrySafe("blpop")).isFalse();
        assertThat(retrySafe("fcall")).as("a function may write").isFalse();
        assertThat(retrySafe("client|id")).as("a read of the connection's own id").isTrue();
        assertThat(CommandTable.get().resolve(new byte[][] { "NOT.A.COMMAND".getBytes() }).isRetrySafe()).isFalse();
    }

    @Test
    void blockingCommandsKnowWhereTheirWaitIs() {
        assertThat(CommandTable.get()
            .specs()
            .stream()
            .filter((spec) -> spec.flags().contains("blocking"))
            .allMatch(CommandSpec::isBlocking)).isTrue();
        assertThat(CommandTable.get().spec("wait").isBlocking()).isTrue();
        assertThat(CommandTable.get().spec("get").isBlocking()).isFalse();
    }

    private static boolean retrySafe(String name) {
        return CommandTable.get().spec(name).isRetrySafe();
    }

}
