package io.redispool.commands.server;

import static io.redispool.commands.server.ServerCommandsTests.waitFor;
import static io.redispool.commands.server.ServerCommandsTests.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.commands.Commands;
import io.redispool.commands.stream.StreamEntry;
import io.redispool.commands.stream.StreamReadOptions;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CLIENT commands against a real server. The client under test has one connection, so
 * that "this connection" is always the same one.
 */
class ClientCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    private RedisClient other;

    @BeforeEach
    void createClients() {
        this.client = RedisClient
            .create(RedisClientConfig.builder().url(withProtocol(redis.server().url())).maxConnections(1).build());
        this.commands = this.client.commands();
        this.other = RedisClient.create(
                RedisClientConfig.builder().url(redis.server().url()).maxConnections(1).clientName("other").build());
    }

    @AfterEach
    void closeClients() {
        this.commands.clientUnpause();
        this.client.close();
        this.other.close();
    }

    @Test
    void clientIdAndInfoDescribeTheConnection() {
        long id = this.commands.clientId();

        Map<String, String> info = this.commands.clientInfo();
        assertThat(id).isPositive();
        assertThat(info).containsEntry("id", Long.toString(id))
            .containsEntry("db", "0")
            .containsEntry("cmd", "client|info")
            .containsKey("addr");
        assertThat(this.commands.clientGetname()).isNull();
        assertThat(this.other.commands().clientGetname()).isEqualTo("other");
    }

    @Test
    void clientListListsEveryConnectionOrThoseOfAKindOrId() {
        long id = this.commands.clientId();
        long otherId = this.other.commands().clientId();

        assertThat(this.commands.clientList()).extracting((client) -> client.get("id"))
            .contains(Long.toString(id), Long.toString(otherId));
        assertThat(this.commands.clientList(ClientType.NORMAL)).extracting((client) -> client.get("name"))
            .contains("other");
        assertThat(this.commands.clientList(ClientType.PUBSUB)).isEmpty();
        assertThat(this.commands.clientList(List.of(otherId, 999_999L))).singleElement()
            .satisfies((client) -> assertThat(client).containsEntry("name", "other"));
    }

    @Test
    void clientKillClosesTheConnectionsTheFilterSelects() {
        long otherId = this.other.commands().clientId();
        String otherAddress = this.commands.clientList(List.of(otherId)).get(0).get("addr");

        assertThat(this.commands.clientKill(ClientKillFilter.none().id(otherId).skipMe(true))).isEqualTo(1);
        assertThat(this.commands.clientList(List.of(otherId))).isEmpty();
        assertThat(this.commands.clientKill(ClientKillFilter.none().addr(otherAddress))).isZero();

        long reopened = this.other.commands().clientId();
        String local = this.commands.clientList(List.of(reopened)).get(0).get("laddr");
        assertThat(
                this.commands.clientKill(ClientKillFilter.none().type(ClientType.NORMAL).user("default").laddr(local)))
            .isEqualTo(1);
        assertThat(this.commands.clientList(List.of(reopened))).isEmpty();
    }

    @Test
    void clientPauseWriteHoldsBackWritesUntilUnpaused() throws Exception {
        assertThat(this.commands.clientPause(Duration.ofSeconds(20), PauseMode.WRITE)).isEqualTo("OK");
        CompletableFuture<Boolean> write = CompletableFuture.supplyAsync(() -> this.other.commands().set("k", "v"));

        Thread.sleep(300);
        assertThat(write).isNotDone();
        assertThat(this.commands.get("k")).isNull();
        assertThat(this.commands.clientUnpause()).isEqualTo("OK");
        assertThat(write.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void clientPauseHoldsBackEveryCommandForItsTimeout() {
        this.commands.clientPause(Duration.ofMillis(400));

        long start = System.nanoTime();
        assertThat(this.other.commands().ping()).isEqualTo("PONG");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(250));
    }

    @Test
    void clientUnblockEndsABlockingReadAsATimeoutOrAnError() throws Exception {
        StreamReadOptions forever = StreamReadOptions.none().block(Duration.ZERO);
        CompletableFuture<Map<String, List<StreamEntry<String, String>>>> read = CompletableFuture
            .supplyAsync(() -> this.other.commands().xread(forever, Map.of("s", "$")));
        long blocked = blockedClient();

        assertThat(this.commands.clientUnblock(blocked)).isTrue();
        assertThat(read.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(this.commands.clientUnblock(blocked)).isFalse();

        CompletableFuture<Map<String, List<StreamEntry<String, String>>>> again = CompletableFuture
            .supplyAsync(() -> this.other.commands().xread(forever, Map.of("s", "$")));
        assertThat(this.commands.clientUnblock(blockedClient(), UnblockMode.ERROR)).isTrue();
        assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> again.get(5, TimeUnit.SECONDS))
            .havingCause()
            .isInstanceOf(RedisServerException.class)
            .withMessageStartingWith("UNBLOCKED");
    }

    @Test
    void trackingIsOffOnAPooledConnection() {
        assertThat(this.commands.clientGetredir()).isEqualTo(-1);
        assertThat(this.commands.clientTrackinginfo()).isEqualTo(new TrackingInfo(Set.of("off"), -1, List.of()));
    }

    @Test
    void clientHelpListsTheSubcommands() {
        assertThat(this.commands.clientHelp()).anyMatch((line) -> line.contains("UNBLOCK"));
    }

    // ---- no server

    @Test
    void killFiltersAreSentInOrderAndMustSelectSomething() {
        Commands<String, String> builders = Commands.utf8();

        assertThat(words(builders.clients()
            .clientKill(ClientKillFilter.none()
                .skipMe(false)
                .id(7)
                .type(ClientType.REPLICA)
                .user("app")
                .addr("1.2.3.4:5")
                .laddr("6.7.8.9:10"))))
            .containsExactly("CLIENT", "KILL", "ID", "7", "TYPE", "REPLICA", "USER", "app", "ADDR", "1.2.3.4:5",
                    "LADDR", "6.7.8.9:10", "SKIPME", "NO");
        assertThatIllegalStateException().isThrownBy(() -> builders.clients().clientKill(ClientKillFilter.none()))
            .withMessage("CLIENT KILL needs at least one of ID, TYPE, USER, ADDR or LADDR but got none");
        assertThatIllegalStateException()
            .isThrownBy(() -> builders.clients().clientKill(ClientKillFilter.none().skipMe(false)))
            .withMessageEndingWith("but got only SKIPME");
    }

    @Test
    void pauseAndUnblockOptionsAreSentAndBadTimesRefused() {
        Commands<String, String> builders = Commands.utf8();

        assertThat(words(builders.clients().clientPause(Duration.ofSeconds(2), PauseMode.WRITE)))
            .containsExactly("CLIENT", "PAUSE", "2000", "WRITE");
        assertThat(words(builders.clients().clientUnblock(5, UnblockMode.ERROR))).containsExactly("CLIENT", "UNBLOCK",
                "5", "ERROR");
        assertThat(words(builders.clients().clientList(ClientType.PUBSUB))).containsExactly("CLIENT", "LIST", "TYPE",
                "PUBSUB");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.clients().clientPause(Duration.ofMillis(-1)))
            .withMessage("'timeout' must not be negative but was PT-0.001S");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.clients().clientList(List.of()))
            .withMessage("CLIENT LIST needs at least one of 'ids' but got none");
    }

    private long blockedClient() {
        long[] found = new long[1];
        waitFor(() -> this.commands.clientList()
            .stream()
            .filter((client) -> client.get("cmd").equals("xread") && client.get("flags").contains("b"))
            .peek((client) -> found[0] = Long.parseLong(client.get("id")))
            .findFirst()
            .isPresent());
        return found[0];
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
