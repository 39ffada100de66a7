package io.redispool.commands.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every list command against a real server, blocking pops that outwait the socket
 * timeout, and the argument checks that need no server.
 */
class ListCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final Duration SOCKET_TIMEOUT = Duration.ofMillis(250);

    private static final Duration SHORT_WAIT = Duration.ofMillis(50);

    private final ListCommandBuilder<String, String> builder = Commands.utf8().lists();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(RedisClientConfig.builder()
            .url(withProtocol(redis.server().url()))
            .socketTimeout(SOCKET_TIMEOUT)
            .build());
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void lpushPrependsAndRpushAppends() {
        assertThat(this.commands.rpush("l", List.of("c", "d"))).isEqualTo(2);
        assertThat(this.commands.lpush("l", List.of("b", "a"))).isEqualTo(4);
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("a", "b", "c", "d");
        assertThat(this.commands.lrange("l", 1, 2)).containsExactly("b", "c");
        assertThat(this.commands.lrange("l", -2, -1)).containsExactly("c", "d");
        assertThat(this.commands.llen("l")).isEqualTo(4);
    }

    @Test
    void lpushxAndRpushxPushOnlyOntoAnExistingList() {
        assertThat(this.commands.lpushx("l", List.of("x"))).isZero();
        assertThat(this.commands.rpushx("l", List.of("x"))).isZero();
        assertThat(this.commands.llen("l")).isZero();

        this.commands.rpush("l", List.of("m"));

        assertThat(this.commands.lpushx("l", List.of("h"))).isEqualTo(2);
        assertThat(this.commands.rpushx("l", List.of("t1", "t2"))).isEqualTo(4);
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("h", "m", "t1", "t2");
    }

    @Test
    void lindexReadsFromEitherEnd() {
        this.commands.rpush("l", List.of("a", "b", "c"));

        assertThat(this.commands.lindex("l", 0)).isEqualTo("a");
        assertThat(this.commands.lindex("l", -1)).isEqualTo("c");
        assertThat(this.commands.lindex("l", 3)).isNull();
        assertThat(this.commands.lindex("missing", 0)).isNull();
    }

    @Test
    void linsertPutsTheElementBeforeOrAfterThePivot() {
        this.commands.rpush("l", List.of("a", "c"));

        assertThat(this.commands.linsert("l", InsertPosition.BEFORE, "c", "b")).isEqualTo(3);
        assertThat(this.commands.linsert("l", InsertPosition.AFTER, "c", "d")).isEqualTo(4);
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("a", "b", "c", "d");
        assertThat(this.commands.linsert("l", InsertPosition.AFTER, "missing", "x")).isEqualTo(-1);
        assertThat(this.commands.linsert("missing", InsertPosition.BEFORE, "a", "x")).isZero();
    }

    @Test
    void lmoveTakesFromTheChosenEndAndPutsToTheChosenEnd() {
        this.commands.rpush("src", List.of("a", "b", "c"));
        this.commands.rpush("dst", List.of("x"));

        assertThat(this.commands.lmove("src", "dst", ListDirection.LEFT, ListDirection.RIGHT)).isEqualTo("a");
        assertThat(this.commands.lmove("src", "dst", ListDirection.RIGHT, ListDirection.LEFT)).isEqualTo("c");

        assertThat(this.commands.lrange("src", 0, -1)).containsExactly("b");
        assertThat(this.commands.lrange("dst", 0, -1)).containsExactly("c", "x", "a");
        assertThat(this.commands.lmove("missing", "dst", ListDirection.LEFT, ListDirection.LEFT)).isNull();
        assertThat(this.commands.rpoplpush("src", "dst")).isEqualTo("b");
        assertThat(this.commands.lrange("dst", 0, 0)).containsExactly("b");
        assertThat(this.commands.rpoplpush("src", "dst")).isNull();
    }

    @Test
    void lpopAndRpopTakeOneOrCountElements() {
        this.commands.rpush("l", List.of("a", "b", "c", "d", "e"));

        assertThat(this.commands.lpop("l")).isEqualTo("a");
        assertThat(this.commands.rpop("l")).isEqualTo("e");
        assertThat(this.commands.lpopCount("l", 2)).containsExactly("b", "c");
        assertThat(this.commands.rpopCount("l", 5)).containsExactly("d");
        assertThat(this.commands.lpop("l")).isNull();
        assertThat(this.commands.lpopCount("missing", 2)).isNull();
        assertThat(this.commands.rpopCount("missing", 2)).isNull();
    }

    @Test
    void lmpopTakesFromTheFirstNonEmptyList() {
        this.commands.rpush("second", List.of("a", "b", "c"));
        this.commands.rpush("third", List.of("z"));

        assertThat(this.commands.lmpop(List.of("first", "second", "third"), ListDirection.LEFT))
            .isEqualTo(new PoppedElements<>("second", List.of("a")));
        assertThat(this.commands.lmpop(List.of("first", "second", "third"), ListDirection.RIGHT, 5))
            .isEqualTo(new PoppedElements<>("second", List.of("c", "b")));
        assertThat(this.commands.lmpop(List.of("second", "third"), ListDirection.LEFT, 1))
            .isEqualTo(new PoppedElements<>("third", List.of("z")));
        assertThat(this.commands.lmpop(List.of("first", "second", "third"), ListDirection.LEFT)).isNull();
    }

    @Test
    void lposFindsTheMatchTheRankPicksOrNull() {
        this.commands.rpush("l", List.of("a", "x", "b", "x", "c", "x"));

        assertThat(this.commands.lpos("l", "x")).isEqualTo(1);
        assertThat(this.commands.lpos("l", "missing")).isNull();
        assertThat(this.commands.lpos("missing", "x")).isNull();

        assertThat(this.commands.lpos("l", "x", LposOptions.none().rank(2))).isEqualTo(3);
        assertThat(this.commands.lpos("l", "x", LposOptions.none().rank(-1))).isEqualTo(5);
        assertThat(this.commands.lpos("l", "x", LposOptions.none().rank(4))).isNull();
    }

    @Test
    void lposMaxlenComparesOnlyThatManyElements() {
        this.commands.rpush("l", List.of("a", "b", "c", "x"));

        assertThat(this.commands.lpos("l", "x", LposOptions.none().maxlen(3))).isNull();
        assertThat(this.commands.lpos("l", "x", LposOptions.none().maxlen(4))).isEqualTo(3);
        assertThat(this.commands.lpos("l", "x", LposOptions.none().maxlen(0))).isEqualTo(3);
    }

    @Test
    void lposCountYieldsSeveralMatchesWithRankAndMaxlen() {
        this.commands.rpush("l", List.of("a", "x", "b", "x", "c", "x"));

        assertThat(this.commands.lposCount("l", "x", 0, LposOptions.none())).containsExactly(1L, 3L, 5L);
        assertThat(this.commands.lposCount("l", "x", 2, LposOptions.none())).containsExactly(1L, 3L);
        assertThat(this.commands.lposCount("l", "x", 0, LposOptions.none().rank(-1))).containsExactly(5L, 3L, 1L);
        assertThat(this.commands.lposCount("l", "x", 0, LposOptions.none().rank(2).maxlen(4))).containsExactly(3L);
        assertThat(this.commands.lposCount("l", "missing", 0, LposOptions.none())).isEmpty();
    }

    @Test
    void lremRemovesFromTheHeadTheTailOrEverywhere() {
        this.commands.rpush("l", List.of("x", "a", "x", "b", "x", "c", "x"));

        assertThat(this.commands.lrem("l", 1, "x")).isEqualTo(1);
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("a", "x", "b", "x", "c", "x");
        assertThat(this.commands.lrem("l", -2, "x")).isEqualTo(2);
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("a", "x", "b", "c");
        assertThat(this.commands.lrem("l", 0, "x")).isEqualTo(1);
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("a", "b", "c");
    }

    @Test
    void lsetReplacesAnElementFailingOutOfRangeAndLtrimKeepsARange() {
        this.commands.rpush("l", List.of("a", "b", "c", "d"));

        assertThat(this.commands.lset("l", -1, "z")).isEqualTo("OK");
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("a", "b", "c", "z");
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.lset("l", 5, "y"))
            .withMessageContaining("index out of range");
        assertThat(this.commands.ltrim("l", 1, -2)).isEqualTo("OK");
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("b", "c");
    }

    @Test
    void blockingPopsTakeAtOnceWhenAListHasElements() {
        this.commands.rpush("b", List.of("1", "2", "3", "4", "5", "6"));
        this.commands.rpush("dst", List.of("x"));

        assertThat(this.commands.blpop(List.of("a", "b"), Duration.ofSeconds(1)))
            .isEqualTo(new PoppedElement<>("b", "1"));
        assertThat(this.commands.brpop(List.of("a", "b"), Duration.ofSeconds(1)))
            .isEqualTo(new PoppedElement<>("b", "6"));
        assertThat(this.commands.blmpop(List.of("a", "b"), ListDirection.LEFT, Duration.ofSeconds(1)))
            .isEqualTo(new PoppedElements<>("b", List.of("2")));
        assertThat(this.commands.blmpop(List.of("a", "b"), ListDirection.RIGHT, 2, Duration.ofSeconds(1)))
            .isEqualTo(new PoppedElements<>("b", List.of("5", "4")));
        assertThat(this.commands.blmove("b", "dst", ListDirection.LEFT, ListDirection.LEFT, Duration.ofSeconds(1)))
            .isEqualTo("3");
        assertThat(this.commands.llen("b")).isZero();
        this.commands.rpush("b", List.of("last"));
        assertThat(this.commands.brpoplpush("b", "dst", Duration.ofSeconds(1))).isEqualTo("last");
        assertThat(this.commands.lrange("dst", 0, -1)).containsExactly("last", "3", "x");
    }

    @Test
    void blockingPopsYieldNullWhenTheWaitRunsOut() {
        assertThat(this.commands.blpop(List.of("a", "b"), SHORT_WAIT)).isNull();
        assertThat(this.commands.brpop(List.of("a"), SHORT_WAIT)).isNull();
        assertThat(this.commands.blmpop(List.of("a"), ListDirection.LEFT, SHORT_WAIT)).isNull();
        assertThat(this.commands.blmpop(List.of("a"), ListDirection.LEFT, 3, SHORT_WAIT)).isNull();
        assertThat(this.commands.blmove("a", "b", ListDirection.LEFT, ListDirection.RIGHT, SHORT_WAIT)).isNull();
        assertThat(this.commands.brpoplpush("a", "b", SHORT_WAIT)).isNull();
    }

    @Test
    void blockingPopWaitingLongerThanTheSocketTimeoutYieldsNullWhenItRunsOut() {
        long start = System.nanoTime();

        assertThat(this.commands.blpop(List.of("empty"), SOCKET_TIMEOUT.multipliedBy(3))).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(SOCKET_TIMEOUT.multipliedBy(3));
    }

    @Test
    void blpopWaitingLongerThanTheSocketTimeoutYieldsWhatIsPushedDuringTheWait() throws Exception {
        PoppedElement<String, String> popped = pushedDuringWait("queue",
                (c) -> c.blpop(List.of("other", "queue"), Duration.ofSeconds(10)));

        assertThat(popped).isEqualTo(new PoppedElement<>("queue", "pushed"));
    }

    @Test
    void blpopWaitingForEverYieldsWhatIsPushedAfterTheSocketTimeout() throws Exception {
        PoppedElement<String, String> popped = pushedDuringWait("queue",
                (c) -> c.blpop(List.of("queue"), Duration.ZERO));

        assertThat(popped).isEqualTo(new PoppedElement<>("queue", "pushed"));
    }

    @Test
    void otherBlockingPopsWaitingLongerThanTheSocketTimeoutYieldWhatIsPushed() throws Exception {
        Duration wait = Duration.ofSeconds(10);

        PoppedElement<String, String> brpop = pushedDuringWait("q", (c) -> c.brpop(List.of("q"), wait));
        PoppedElements<String, String> blmpop = pushedDuringWait("q",
                (c) -> c.blmpop(List.of("q"), ListDirection.LEFT, 2, wait));
        String blmove = pushedDuringWait("q", (c) -> c.blmove("q", "d", ListDirection.RIGHT, ListDirection.LEFT, wait));
        String brpoplpush = pushedDuringWait("q", (c) -> c.brpoplpush("q", "d", wait));

        assertThat(brpop).isEqualTo(new PoppedElement<>("q", "pushed"));
        assertThat(blmpop).isEqualTo(new PoppedElements<>("q", List.of("pushed")));
        assertThat(blmove).isEqualTo("pushed");
        assertThat(brpoplpush).isEqualTo("pushed");
        assertThat(this.commands.lrange("d", 0, -1)).containsExactly("pushed", "pushed");
    }

    @Test
    void blockingCommandsCarryTheirWaitInSecondsAndKnowIt() {
        Command<PoppedElement<String, String>> blpop = this.builder.blpop(List.of("a", "b"), Duration.ofMillis(1500));
        Command<PoppedElements<String, String>> blmpop = this.builder.blmpop(List.of("a", "b"), ListDirection.RIGHT, 3,
                Duration.ofMillis(250));

        assertThat(strings(blpop)).containsExactly("BLPOP", "a", "b", "1.5");
        assertThat(blpop.blockingWait()).isEqualTo(Duration.ofMillis(1500));
        assertThat(strings(blmpop)).containsExactly("BLMPOP", "0.25", "2", "a", "b", "RIGHT", "COUNT", "3");
        assertThat(blmpop.blockingWait()).isEqualTo(Duration.ofMillis(250));
        assertThat(strings(this.builder.brpop(List.of("a"), Duration.ZERO))).containsExactly("BRPOP", "a", "0");
        assertThat(this.builder.brpop(List.of("a"), Duration.ZERO).blockingWait()).isEqualTo(Duration.ZERO);
        assertThat(
                strings(this.builder.blmove("s", "d", ListDirection.LEFT, ListDirection.RIGHT, Duration.ofSeconds(2))))
            .containsExactly("BLMOVE", "s", "d", "LEFT", "RIGHT", "2");
        assertThat(strings(this.builder.brpoplpush("s", "d", Duration.ofMillis(1)))).containsExactly("BRPOPLPUSH", "s",
                "d", "0.001");
    }

    @Test
    void optionsCarryTheirWords() {
        assertThat(strings(this.builder.lmpop(List.of("a"), ListDirection.LEFT))).containsExactly("LMPOP", "1", "a",
                "LEFT");
        assertThat(strings(this.builder.lposCount("l", "x", 2, LposOptions.none().maxlen(10).rank(-1))))
            .containsExactly("LPOS", "l", "x", "RANK", "-1", "MAXLEN", "10", "COUNT", "2");
        assertThat(strings(this.builder.linsert("l", InsertPosition.AFTER, "p", "e"))).containsExactly("LINSERT", "l",
                "AFTER", "p", "e");
        assertThat(strings(this.builder.lpopCount("l", 3))).containsExactly("LPOP", "l", "3");
    }

    @Test
    void badTimeoutsAreRejectedNamingTheCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.blpop(List.of("a"), Duration.ofSeconds(-1)))
            .withMessage("BLPOP 'timeout' must be zero (wait for ever) or at least 1ms but was PT-1S");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.brpop(List.of("a"), Duration.ofNanos(500)))
            .withMessage("BRPOP 'timeout' must be zero (wait for ever) or at least 1ms but was PT0.0000005S");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.brpoplpush("a", "b", null))
            .withMessage("BRPOPLPUSH 'timeout' must be zero (wait for ever) or at least 1ms but was null");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.blmpop(List.of("a"), ListDirection.LEFT, Duration.ofMillis(-5)))
            .withMessageStartingWith("BLMPOP 'timeout' must be zero");
    }

    @Test
    void badCountsAreRejectedNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.lmpop(List.of("a"), ListDirection.LEFT, 0))
            .withMessage("LMPOP 'count' must be at least 1 but was 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.blmpop(List.of("a"), ListDirection.LEFT, -1, Duration.ZERO))
            .withMessage("BLMPOP 'count' must be at least 1 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.lpopCount("l", -1))
            .withMessage("LPOP 'count' must be at least 0 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.rpopCount("l", -2))
            .withMessage("RPOP 'count' must be at least 0 but was -2");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.lposCount("l", "x", -1, LposOptions.none()))
            .withMessage("LPOS 'count' must be at least 0 but was -1");
    }

    @Test
    void missingKeysDirectionsAndOptionsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.blpop(List.of(), Duration.ZERO))
            .withMessage("BLPOP needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.lmpop(List.of(), ListDirection.LEFT))
            .withMessage("LMPOP needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.lmpop(List.of("a"), null))
            .withMessage("LMPOP 'where' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.lmove("a", "b", ListDirection.LEFT, null))
            .withMessage("LMOVE 'to' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.linsert("l", null, "p", "e"))
            .withMessage("LINSERT 'where' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.lpos("l", "x", null))
            .withMessage("LPOS 'options' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.lpushx(null, List.of("x")))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.lrem("l", 0, null))
            .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.blpop(Arrays.asList("a", null), Duration.ZERO))
            .withMessage("A key must not be null");
    }

    @Test
    void lposOptionsRejectBadValuesAndSettingAnOptionTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> LposOptions.none().rank(0))
            .withMessage("LPOS 'rank' must be positive (from the head) or negative (from the tail) but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> LposOptions.none().maxlen(-1))
            .withMessage("LPOS 'maxlen' must be at least 0 (0 for the whole list) but was -1");
        assertThatIllegalStateException().isThrownBy(() -> LposOptions.none().rank(1).rank(2))
            .withMessage("LPOS 'rank' is already set (1)");
        assertThatIllegalStateException().isThrownBy(() -> LposOptions.none().maxlen(1).maxlen(2))
            .withMessage("LPOS 'maxlen' is already set (1)");
    }

    @Test
    void lposOptionsAreImmutable() {
        LposOptions none = LposOptions.none();
        LposOptions ranked = none.rank(2);

        assertThat(strings(this.builder.lpos("l", "x", none))).containsExactly("LPOS", "l", "x");
        assertThat(strings(this.builder.lpos("l", "x", ranked))).containsExactly("LPOS", "l", "x", "RANK", "2");
    }

    /**
     * Runs a blocking call on another thread, waits until the server holds it blocked and
     * then for longer than the socket timeout, pushes "pushed" onto the list, and returns
     * what the call yielded.
     */
    private <T> T pushedDuringWait(String list, Function<RedisCommands<String, String>, T> call) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> call.apply(this.commands));
        awaitBlockedClients(1);
        Thread.sleep(SOCKET_TIMEOUT.multipliedBy(3).toMillis());
        assertThat(result).isNotDone();
        this.commands.rpush(list, List.of("pushed"));
        T popped = result.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(SOCKET_TIMEOUT.multipliedBy(3));
        return popped;
    }

    private void awaitBlockedClients(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!String.valueOf(this.client.execute("INFO", "clients")).contains("blocked_clients:" + expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No client was blocked within 10s");
            }
            Thread.sleep(10);
        }
    }

    private static List<String> strings(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
