package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.command.Command;
import io.redispool.command.ReplyDecoders;
import io.redispool.execution.Pipeline;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No caller can change what the next caller of the pool sees: every command that would
 * leave state on a pooled connection is refused on every path, before anything is
 * borrowed, and the next caller on the same (only) connection reads its own reply from
 * its own database.
 */
class ConnectionStateIsolationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisClient observer;

    /** Each reproduced leak, with the words of its error's advice. */
    static Stream<Arguments> connectionStateCommands() {
        return Stream.of(refused("'database'", "SELECT", "3"), refused("client.multi()", "MULTI"),
                refused("client.multi()", "EXEC"), refused("client.multi()", "DISCARD"),
                refused("client.transaction(keys, attempts, work)", "WATCH", "k"), refused("client.multi()", "UNWATCH"),
                refused("connection of your own", "SUBSCRIBE", "ch"),
                refused("connection of your own", "PSUBSCRIBE", "ch*"),
                refused("connection of your own", "SSUBSCRIBE", "ch"), refused("connection of your own", "UNSUBSCRIBE"),
                refused("other clients' commands", "MONITOR"), refused("'client-name'", "RESET"),
                refused("'username' and 'password'", "AUTH", "otheruser", "otherpass"),
                refused("'username' and 'password'", "HELLO", "3"),
                refused("'client-name'", "CLIENT", "SETNAME", "stolen"),
                refused("'client-name'", "client", "no-evict", "on"),
                refused("'client-name'", "Client", "Tracking", "on"),
                refused("'client-name'", "CLIENT", "REPLY", "OFF"),
                refused("'client-name'", "CLIENT", "CACHING", "yes"),
                refused("'client-name'", "CLIENT", "NO-TOUCH", "on"), refused("'client-name'", "QUIT"),
                refused("'client-name'", "READONLY"), refused("'client-name'", "select", "3"));
    }

    private static Arguments refused(String advice, String... command) {
        return Arguments.of(String.join(" ", command), advice, command);
    }

    /** The paths a command can take to a pooled connection. */
    static Stream<Arguments> paths() {
        Map<String, BiConsumer<RedisClient, String[]>> paths = Map.of("execute(String...)", RedisClient::execute,
                "execute(byte[]...)", (client, words) -> client.execute(bytes(words)), "execute(Command)",
                (client, words) -> client.execute(Command.of(bytes(words), ReplyDecoders.STATUS)), "Pipeline.add",
                (client, words) -> {
                    Pipeline pipeline = client.pipeline();
                    pipeline.add(Command.of(bytes(words), ReplyDecoders.STATUS));
                    pipeline.sync();
                });
        return connectionStateCommands().flatMap((command) -> paths.entrySet()
            .stream()
            .map((path) -> Arguments.of(command.get()[0], command.get()[1], command.get()[2], path.getKey(),
                    path.getValue())));
    }

    @BeforeEach
    void connect() {
        // One connection, so the next caller certainly gets the connection the refused
        // command would have used.
        this.client = RedisClient.create(
                RedisClientConfig.builder().url(redis.server().url()).maxConnections(1).clientName("isolated").build());
        this.observer = RedisClient.create(redis.server().url());
        this.observer.execute("FLUSHALL");
        this.client.commands().set("mine", "before");
    }

    @AfterEach
    void close() {
        this.client.close();
        this.observer.close();
    }

    @ParameterizedTest(name = "{0} through {3}")
    @MethodSource("paths")
    void commandThatChangesConnectionStateIsRefusedAndTheNextCallerIsUnaffected(String description, String advice,
            String[] command, String path, BiConsumer<RedisClient, String[]> run) {
        long createdBefore = this.client.pool().stats().created();
        assertThatIllegalArgumentException().isThrownBy(() -> run.accept(this.client, command))
            .withMessageStartingWith(command[0].toUpperCase()
                    + ((command.length > 1 && isContainer(command[0])) ? " " + command[1].toUpperCase() : "")
                    + " cannot run on a pooled connection: ")
            .withMessageContaining(advice);
        // The connection-reuse check: same connection, same database, same name, replies
        // in step.
        this.client.commands().set("after", "written");
        assertThat(this.client.commands().get("mine")).as("misdelivery check").isEqualTo("before");
        assertThat(this.client.execute("CLIENT", "GETNAME")).isEqualTo("isolated");
        assertThat(this.observer.commands().get("after")).as("written to database 0").isEqualTo("written");
        assertThat(this.client.pool().stats().created()).as("no connection was spent").isEqualTo(createdBefore);
        assertAtRest(this.client.pool());
    }

    @Test
    void harmlessConnectionCommandsRunPooled() {
        assertThat(this.client.execute("PING")).isEqualTo("PONG");
        assertThat(this.client.execute("ECHO", "hi")).isEqualTo("hi");
        assertThat(this.client.execute("CLIENT", "GETNAME")).isEqualTo("isolated");
        assertThat(this.client.execute("CLIENT", "ID")).isInstanceOf(Long.class);
        assertThat(this.client.execute("COMMAND", "COUNT")).isInstanceOf(Long.class);
        assertThat(this.client.commands().get("mine")).isEqualTo("before");
    }

    @Test
    void clientKillRunsAndItsConnectionIsClosedRatherThanReused() {
        Long ownId = (Long) this.client.execute("CLIENT", "ID");
        assertThat(this.client.execute("CLIENT", "KILL", "ID", ownId.toString(), "SKIPME", "no")).isEqualTo(1L);
        assertThat(this.client.commands().get("mine")).isEqualTo("before");
        assertThat((Long) this.client.execute("CLIENT", "ID")).isNotEqualTo(ownId);
        assertThat(this.client.pool().stats().closed()).isEqualTo(1);
        assertAtRest(this.client.pool());
    }

    @Test
    void refusedCommandInAPipelineLeavesTheRestOfThePipelineToRun() {
        Pipeline pipeline = this.client.pipeline();
        var incremented = pipeline.add(this.client.commands().builders().strings().incr("counter"));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> pipeline.add(Command.of(bytes("SELECT", "2"), ReplyDecoders.STATUS)));
        pipeline.sync();
        assertThat(incremented.get()).isEqualTo(1L);
        assertThat(this.observer.commands().get("counter")).isEqualTo("1");
    }

    private static boolean isContainer(String name) {
        return List.of("client", "config", "object").contains(name.toLowerCase());
    }

    private static byte[][] bytes(String... words) {
        return Arrays.stream(words).map((word) -> word.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

}
