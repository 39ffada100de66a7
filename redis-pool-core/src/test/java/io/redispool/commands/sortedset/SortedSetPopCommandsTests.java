package io.redispool.commands.sortedset;

import static io.redispool.commands.sortedset.SortedSetCommandsTests.scored;
import static io.redispool.commands.sortedset.SortedSetCommandsTests.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sorted set commands that pop members, blocking or not, against a real server, and
 * their argument checks.
 */
class SortedSetPopCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final SortedSetPopCommandBuilder<String, String> builder = Commands.utf8().sortedSetPops();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void connect() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
    }

    @AfterEach
    void close() {
        this.client.close();
    }

    @Test
    void zpopminAndZpopmaxPopFromEitherEnd() {
        seed("z");

        assertThat(this.commands.zpopmin("z")).isEqualTo(scored("a", 1));
        assertThat(this.commands.zpopmax("z")).isEqualTo(scored("c", 3));
        assertThat(this.commands.zrange("z", 0, -1)).containsExactly("b");
        assertThat(this.commands.zpopmin("missing")).isNull();
        assertThat(this.commands.zpopmax("missing")).isNull();
    }

    @Test
    void zpopminAndZpopmaxWithCountPopSeveralInOrder() {
        seed("z");
        this.commands.zadd("z", 4, "d");

        assertThat(this.commands.zpopmax("z", 2)).containsExactly(scored("d", 4), scored("c", 3));
        assertThat(this.commands.zpopmin("z", 5)).containsExactly(scored("a", 1), scored("b", 2));
        assertThat(this.commands.zpopmin("z", 1)).isEmpty();
        assertThat(this.commands.zcard("z")).isZero();
    }

    @Test
    void bzpopminAndBzpopmaxPopFromTheFirstNonEmptyKey() {
        seed("{q}2");

        assertThat(this.commands.bzpopmin(Duration.ofSeconds(1), List.of("{q}1", "{q}2")))
            .isEqualTo(new KeyedScoredValue<>("{q}2", "a", 1.0));
        assertThat(this.commands.bzpopmax(Duration.ofSeconds(1), List.of("{q}1", "{q}2")))
            .isEqualTo(new KeyedScoredValue<>("{q}2", "c", 3.0));
    }

    @Test
    void bzpopminYieldsNullWhenTheWaitRunsOut() {
        long started = System.nanoTime();

        assertThat(this.commands.bzpopmin(Duration.ofMillis(200), List.of("empty"))).isNull();
        assertThat(this.commands.bzpopmax(Duration.ofMillis(200), List.of("empty"))).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
    }

    @Test
    void bzpopmaxWithZeroWaitsUntilAMemberArrives() throws Exception {
        CompletableFuture<KeyedScoredValue<String, String>> popped = CompletableFuture
            .supplyAsync(() -> this.commands.bzpopmax(Duration.ZERO, List.of("later")));
        Thread.sleep(300);
        assertThat(popped).isNotDone();

        this.commands.zadd("later", 7, "m");

        assertThat(popped.get(10, TimeUnit.SECONDS)).isEqualTo(new KeyedScoredValue<>("later", "m", 7.0));
    }

    @Test
    void zmpopPopsFromTheFirstNonEmptyKeyAtTheChosenEnd() {
        seed("{q}2");

        assertThat(this.commands.zmpop(List.of("{q}1", "{q}2"), ScoreEnd.MIN))
            .isEqualTo(new KeyedScoredValues<>("{q}2", List.of(scored("a", 1))));
        assertThat(this.commands.zmpop(List.of("{q}1", "{q}2"), ScoreEnd.MAX, 5))
            .isEqualTo(new KeyedScoredValues<>("{q}2", List.of(scored("c", 3), scored("b", 2))));
        assertThat(this.commands.zmpop(List.of("{q}1", "{q}2"), ScoreEnd.MIN)).isNull();
    }

    @Test
    void bzmpopPopsOrYieldsNullWhenTheWaitRunsOut() {
        seed("{q}1");

        assertThat(this.commands.bzmpop(Duration.ofSeconds(1), List.of("{q}1"), ScoreEnd.MAX))
            .isEqualTo(new KeyedScoredValues<>("{q}1", List.of(scored("c", 3))));
        assertThat(this.commands.bzmpop(Duration.ofSeconds(1), List.of("{q}0", "{q}1"), ScoreEnd.MIN, 2))
            .isEqualTo(new KeyedScoredValues<>("{q}1", List.of(scored("a", 1), scored("b", 2))));
        assertThat(this.commands.bzmpop(Duration.ofMillis(100), List.of("{q}1"), ScoreEnd.MIN)).isNull();
    }

    @Test
    void blockingWaitIsSentInSecondsAndExtendsTheSocketTimeout() {
        assertThat(strings(this.builder.bzpopmin(Duration.ofMillis(1500), List.of("a", "b"))))
            .containsExactly("BZPOPMIN", "a", "b", "1.5");
        assertThat(strings(this.builder.bzmpop(Duration.ofSeconds(2), List.of("a"), ScoreEnd.MAX, 3)))
            .containsExactly("BZMPOP", "2", "1", "a", "MAX", "COUNT", "3");
        assertThat(this.builder.bzpopmax(Duration.ofMillis(1500), List.of("a")).blockingWait())
            .isEqualTo(Duration.ofMillis(1500));
        assertThat(this.builder.bzmpop(Duration.ZERO, List.of("a"), ScoreEnd.MIN).blockingWait())
            .isEqualTo(Duration.ZERO);
        assertThat(strings(this.builder.zmpop(List.of("a", "b"), ScoreEnd.MIN))).containsExactly("ZMPOP", "2", "a", "b",
                "MIN");
    }

    @Test
    void waitsThatTheServerWouldMisreadAreRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.bzpopmin(Duration.ofSeconds(-1), List.of("a")))
            .withMessage("BZPOPMIN 'timeout' must be zero (wait for ever) or at least 1ms but was PT-1S");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.bzmpop(Duration.ofNanos(500_000), List.of("a"), ScoreEnd.MIN))
            .withMessage("BZMPOP 'timeout' must be zero (wait for ever) or at least 1ms but was PT0.0005S");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.bzpopmax(null, List.of("a")))
            .withMessage("BZPOPMAX 'timeout' must be zero (wait for ever) or at least 1ms but was null");
    }

    @Test
    void emptyKeysAndBadCountsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.bzpopmin(Duration.ZERO, List.of()))
            .withMessage("BZPOPMIN needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zmpop(List.of(), ScoreEnd.MIN))
            .withMessage("ZMPOP needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zmpop(List.of("a"), ScoreEnd.MIN, 0))
            .withMessage("'count' must be at least 1 but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zpopmin("a", -1))
            .withMessage("'count' must be at least 0 but was -1");
        assertThatNullPointerException().isThrownBy(() -> this.builder.zmpop(List.of("a"), null))
            .withMessage("'end' must not be null");
    }

    private void seed(String key) {
        this.commands.zadd(key, List.of(scored("a", 1), scored("b", 2), scored("c", 3)));
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
