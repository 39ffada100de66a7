package io.redispool.commands.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisProtocolException;
import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server commands against a real server (a replica too, for ROLE), each option by its
 * effect, and the argument checks and reply shapes that need no server.
 */
class ServerCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        assertThat(this.commands.flushall()).isEqualTo("OK");
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void pingAndEchoAnswer() {
        assertThat(this.commands.ping()).isEqualTo("PONG");
        assertThat(this.commands.ping("h\u00e9llo")).isEqualTo("h\u00e9llo");
        assertThat(this.commands.echo("\u2603")).isEqualTo("\u2603");
    }

    @Test
    void infoGivesSectionsAsTextOrAsAMap() {
        assertThat(this.commands.info()).contains("# Server", "# Keyspace");
        assertThat(this.commands.info("memory")).contains("used_memory:").doesNotContain("# Server");
        assertThat(this.commands.info(List.of("server", "clients"))).contains("# Server", "# Clients")
            .doesNotContain("# Memory");

        assertThat(this.commands.infoMap()).containsEntry("redis_version", redis.server().version())
            .containsKey("connected_clients");
        assertThat(this.commands.infoMap("server")).containsEntry("tcp_port", Integer.toString(redis.server().port()))
            .doesNotContainKey("used_memory");
        assertThat(this.commands.infoMap(List.of("server", "memory"))).containsKeys("redis_version", "used_memory")
            .doesNotContainKey("connected_clients");
    }

    @Test
    void flushdbEmptiesTheDatabaseInEachMode() {
        for (FlushMode mode : FlushMode.values()) {
            this.commands.set("k", "v");
            assertThat(this.commands.dbsize()).isEqualTo(1);
            assertThat(this.commands.flushdb(mode)).isEqualTo("OK");
            assertThat(this.commands.dbsize()).isZero();
        }
    }

    @Test
    void swapdbExchangesDatabasesAndFlushallEmptiesEveryOne() {
        this.commands.set("k", "v");

        assertThat(this.commands.swapdb(0, 1)).isEqualTo("OK");
        assertThat(this.commands.dbsize()).isZero();
        this.commands.swapdb(0, 1);
        assertThat(this.commands.get("k")).isEqualTo("v");

        for (FlushMode mode : FlushMode.values()) {
            this.commands.set("k", "v");
            this.commands.swapdb(0, 1);
            assertThat(this.commands.flushall(mode)).isEqualTo("OK");
            this.commands.swapdb(0, 1);
            assertThat(this.commands.dbsize()).isZero();
        }
    }

    @Test
    void timeIsTheServersClockToTheMicrosecond() {
        Instant time = this.commands.time();

        assertThat(time).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
        assertThat(this.commands.time()).isAfter(time);
    }

    @Test
    void saveAndBackgroundSavesWriteTheDataset() {
        this.commands.set("k", "v");
        Instant before = this.commands.lastsave();

        assertThat(this.commands.save()).isEqualTo("OK");
        Instant saved = this.commands.lastsave();
        assertThat(saved).isAfterOrEqualTo(before)
            .isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(1));

        assertThat(this.commands.bgsave()).isEqualTo("Background saving started");
        waitFor(() -> this.commands.infoMap("persistence").get("rdb_bgsave_in_progress").equals("0"));
        assertThat(this.commands.infoMap("persistence")).containsEntry("rdb_last_bgsave_status", "ok");
        assertThat(this.commands.bgsaveSchedule()).startsWith("Background saving");
        waitFor(() -> this.commands.infoMap("persistence").get("rdb_bgsave_in_progress").equals("0"));

        assertThat(this.commands.bgrewriteaof()).isEqualTo("Background append only file rewriting started");
        waitFor(() -> this.commands.infoMap("persistence").get("aof_rewrite_in_progress").equals("0"));
        assertThat(this.commands.infoMap("persistence")).containsEntry("aof_last_bgrewrite_status", "ok");
    }

    @Test
    void roleShowsAMasterWithItsReplicaAndTheReplicaWithItsMaster() {
        assertThat(this.commands.role()).isInstanceOfSatisfying(ServerRole.Master.class,
                (master) -> assertThat(master.replicas()).isEmpty());
        try (RedisServer replica = RedisServer.builder()
            .setting("replicaof", redis.server().host(), Integer.toString(redis.server().port()))
            .start(); RedisClient replicaClient = RedisClient.create(replica.url())) {
            waitFor(() -> replicaClient.commands().role() instanceof ServerRole.Replica role
                    && role.state().equals("connected"));

            ServerRole.Replica role = (ServerRole.Replica) replicaClient.commands().role();
            assertThat(role.masterHost()).isEqualTo(redis.server().host());
            assertThat(role.masterPort()).isEqualTo(redis.server().port());
            assertThat(role.offset()).isNotNegative();
            waitFor(() -> !((ServerRole.Master) this.commands.role()).replicas().isEmpty());
            assertThat(((ServerRole.Master) this.commands.role()).replicas()).singleElement()
                .satisfies((connected) -> assertThat(connected.port()).isEqualTo(replica.port()));
        }
    }

    @Test
    void lolwutNamesTheVersion() {
        assertThat(this.commands.lolwut()).contains("Redis ver. " + redis.server().version());
        assertThat(this.commands.lolwut(5)).contains("Georg Nees");
    }

    @Test
    void configGetAndSetReadAndChangeParameters() {
        assertThat(this.commands.configGet("maxmemory-policy")).isEqualTo(Map.of("maxmemory-policy", "noeviction"));
        assertThat(this.commands.configGet("maxmemory*")).containsKeys("maxmemory", "maxmemory-policy",
                "maxmemory-samples");
        assertThat(this.commands.configGet(List.of("maxmemory-samples", "hz"))).containsOnlyKeys("maxmemory-samples",
                "hz");

        assertThat(this.commands.configSet("maxmemory-samples", "7")).isEqualTo("OK");
        Map<String, String> both = new LinkedHashMap<>();
        both.put("maxmemory-samples", "9");
        both.put("hz", "20");
        assertThat(this.commands.configSet(both)).isEqualTo("OK");
        assertThat(this.commands.configGet(List.of("maxmemory-samples", "hz"))).containsEntry("maxmemory-samples", "9")
            .containsEntry("hz", "20");
    }

    @Test
    void configSetOfSeveralParametersSetsAllOrNone() {
        this.commands.configSet("maxmemory-samples", "5");
        Map<String, String> oneBad = new LinkedHashMap<>();
        oneBad.put("maxmemory-samples", "6");
        oneBad.put("hz", "not-a-number");

        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.configSet(oneBad));
        assertThat(this.commands.configGet("maxmemory-samples")).containsEntry("maxmemory-samples", "5");
    }

    @Test
    void configResetstatZeroesTheStatistics() {
        this.commands.set("k", "v");
        this.commands.get("k");

        assertThat(this.commands.configResetstat()).isEqualTo("OK");
        assertThat(Long.parseLong(this.commands.infoMap("stats").get("keyspace_hits"))).isZero();
    }

    @Test
    void configRewriteNeedsAConfigFile() {
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.configRewrite())
            .withMessageContaining("without a config file");
    }

    @Test
    void configHelpListsTheSubcommands() {
        assertThat(this.commands.configHelp()).anyMatch((line) -> line.contains("REWRITE"));
    }

    // ---- no server

    @Test
    void optionsAreSentAsTheServerReadsThem() {
        Commands<String, String> builders = Commands.utf8();

        assertThat(words(builders.server().flushall(FlushMode.ASYNC))).containsExactly("FLUSHALL", "ASYNC");
        assertThat(words(builders.server().flushdb(FlushMode.SYNC))).containsExactly("FLUSHDB", "SYNC");
        assertThat(words(builders.server().bgsaveSchedule())).containsExactly("BGSAVE", "SCHEDULE");
        assertThat(words(builders.server().lolwut(6))).containsExactly("LOLWUT", "VERSION", "6");
        assertThat(words(builders.server().configGet(List.of("a", "b")))).containsExactly("CONFIG", "GET", "a", "b");
        assertThat(words(builders.server().infoMap(List.of("server", "clients")))).containsExactly("INFO", "server",
                "clients");
    }

    @Test
    void emptyListsAndNullsAreRefusedNamingThem() {
        Commands<String, String> builders = Commands.utf8();

        assertThatIllegalArgumentException().isThrownBy(() -> builders.server().configSet(Map.of()))
            .withMessage("CONFIG SET needs at least one of 'parameters' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.server().configGet(List.of()))
            .withMessage("CONFIG GET needs at least one of 'patterns' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.server().info(List.of()))
            .withMessage("INFO needs at least one of 'sections' but got none");
        assertThatNullPointerException().isThrownBy(() -> builders.server().configSet("hz", null))
            .withMessage("'value' must not be null");
        assertThatNullPointerException().isThrownBy(() -> builders.server().ping(null))
            .withMessage("A value must not be null");
    }

    @Test
    void roleDecodesReplicasAndSentinels() {
        Command<ServerRole> role = Commands.utf8().server().role();

        assertThat(
                role.decoder()
                    .decode(array(bulk("slave"), bulk("10.0.0.1"), new IntegerReply(6379), bulk("connected"),
                            new IntegerReply(42))))
            .isEqualTo(new ServerRole.Replica("10.0.0.1", 6379, "connected", 42));
        assertThat(role.decoder()
            .decode(array(bulk("master"), new IntegerReply(7),
                    array(array(bulk("10.0.0.2"), bulk("6380"), bulk("5"))))))
            .isEqualTo(new ServerRole.Master(7, List.of(new ServerRole.ConnectedReplica("10.0.0.2", 6380, 5))));
        assertThat(role.decoder().decode(array(bulk("sentinel"), array(bulk("main"), bulk("cache")))))
            .isEqualTo(new ServerRole.Sentinel(List.of("main", "cache")));
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> role.decoder().decode(array(bulk("leader"))))
            .withMessage("Expected the role master, slave or sentinel but got 'leader'");
    }

    static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The condition did not hold within 20 seconds");
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", ex);
            }
        }
    }

    static List<String> words(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    private static BulkString bulk(String text) {
        return new BulkString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ArrayReply array(RespReply... elements) {
        return new ArrayReply(List.of(elements));
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
