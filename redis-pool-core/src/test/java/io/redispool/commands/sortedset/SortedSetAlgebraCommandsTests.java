package io.redispool.commands.sortedset;

import static io.redispool.commands.sortedset.SortedSetCommandsTests.scored;
import static io.redispool.commands.sortedset.SortedSetCommandsTests.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sorted set commands that combine sets, against a real server, and their argument
 * checks.
 */
class SortedSetAlgebraCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final SortedSetAlgebraCommandBuilder<String, String> builder = Commands.utf8().sortedSetAlgebra();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void connect() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
        this.commands.zadd("{s}1", List.of(scored("a", 1), scored("b", 2), scored("c", 3)));
        this.commands.zadd("{s}2", List.of(scored("b", 10), scored("c", 20), scored("d", 30)));
    }

    @AfterEach
    void close() {
        this.client.close();
    }

    @Test
    void zdiffYieldsMembersOnlyTheFirstSetHolds() {
        assertThat(this.commands.zdiff(List.of("{s}1", "{s}2"))).containsExactly("a");
        assertThat(this.commands.zdiffWithScores(List.of("{s}2", "{s}1"))).containsExactly(scored("d", 30));
        assertThat(this.commands.zdiff(List.of("{s}1"))).containsExactly("a", "b", "c");
    }

    @Test
    void zdiffstoreStoresTheDifference() {
        assertThat(this.commands.zdiffstore("{s}out", List.of("{s}2", "{s}1"))).isEqualTo(1);
        assertThat(this.commands.zrangeWithScores("{s}out", 0, -1)).containsExactly(scored("d", 30));
    }

    @Test
    void zinterSumsScoresUnlessToldOtherwise() {
        List<String> keys = List.of("{s}1", "{s}2");

        assertThat(this.commands.zinter(keys)).containsExactly("b", "c");
        assertThat(this.commands.zinterWithScores(keys)).containsExactly(scored("b", 12), scored("c", 23));
        assertThat(this.commands.zinterWithScores(keys, ZAggregateOptions.none().aggregateMin()))
            .containsExactly(scored("b", 2), scored("c", 3));
        assertThat(this.commands.zinterWithScores(keys, ZAggregateOptions.none().weights(10, 0.5).aggregateMax()))
            .containsExactly(scored("b", 20), scored("c", 30));
        assertThat(this.commands.zinter(keys, ZAggregateOptions.none().weights(1, -1))).containsExactly("c", "b");
    }

    @Test
    void zinterstoreStoresTheIntersectionWithCombinedScores() {
        List<String> keys = List.of("{s}1", "{s}2");

        assertThat(this.commands.zinterstore("{s}out", keys)).isEqualTo(2);
        assertThat(this.commands.zrangeWithScores("{s}out", 0, -1)).containsExactly(scored("b", 12), scored("c", 23));
        assertThat(this.commands.zinterstore("{s}out", keys, ZAggregateOptions.none().weights(2, 0).aggregateSum()))
            .isEqualTo(2);
        assertThat(this.commands.zrangeWithScores("{s}out", 0, -1)).containsExactly(scored("b", 4), scored("c", 6));
    }

    @Test
    void zintercardCountsCommonMembersUpToTheLimit() {
        assertThat(this.commands.zintercard(List.of("{s}1", "{s}2"))).isEqualTo(2);
        assertThat(this.commands.zintercard(List.of("{s}1", "{s}2"), 1)).isEqualTo(1);
        assertThat(this.commands.zintercard(List.of("{s}1", "{s}2"), 0)).isEqualTo(2);
        assertThat(this.commands.zintercard(List.of("{s}1", "{s}missing"))).isZero();
    }

    @Test
    void zunionCombinesEveryMember() {
        List<String> keys = List.of("{s}1", "{s}2");

        assertThat(this.commands.zunion(keys)).containsExactly("a", "b", "c", "d");
        assertThat(this.commands.zunionWithScores(keys)).containsExactly(scored("a", 1), scored("b", 12),
                scored("c", 23), scored("d", 30));
        assertThat(this.commands.zunionWithScores(keys, ZAggregateOptions.none().aggregateMax()))
            .containsExactly(scored("a", 1), scored("b", 10), scored("c", 20), scored("d", 30));
        assertThat(this.commands.zunion(keys, ZAggregateOptions.none().weights(100, 1))).containsExactly("d", "a", "b",
                "c");
    }

    @Test
    void zunionstoreStoresTheUnion() {
        List<String> keys = List.of("{s}1", "{s}2");

        assertThat(this.commands.zunionstore("{s}out", keys)).isEqualTo(4);
        assertThat(this.commands.zscore("{s}out", "b")).isEqualTo(12.0);
        assertThat(this.commands.zunionstore("{s}out", keys, ZAggregateOptions.none().aggregateMin())).isEqualTo(4);
        assertThat(this.commands.zmscore("{s}out", List.of("b", "d"))).containsExactly(2.0, 30.0);
    }

    @Test
    void numberOfKeysIsWrittenBeforeTheKeysAndOptionsAfter() {
        assertThat(strings(this.builder.zunionstore("d", List.of("x", "y"),
                ZAggregateOptions.none().weights(2, 1.5).aggregateMax())))
            .containsExactly("ZUNIONSTORE", "d", "2", "x", "y", "WEIGHTS", "2", "1.5", "AGGREGATE", "MAX");
        assertThat(strings(this.builder.zinterWithScores(List.of("x")))).containsExactly("ZINTER", "1", "x",
                "WITHSCORES");
        assertThat(strings(this.builder.zintercard(List.of("x", "y"), 5))).containsExactly("ZINTERCARD", "2", "x", "y",
                "LIMIT", "5");
    }

    @Test
    void weightsMustMatchTheKeys() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.zinter(List.of("x", "y"), ZAggregateOptions.none().weights(1, 2, 3)))
            .withMessage("ZINTER needs one weight per key but got 3 weight(s) for 2 key(s)");
        assertThatIllegalArgumentException().isThrownBy(() -> ZAggregateOptions.none().weights())
            .withMessage("'weights' must hold at least one weight but was empty");
        assertThatIllegalArgumentException().isThrownBy(() -> ZAggregateOptions.none().weights(1, Double.NaN))
            .withMessage("'weights' must be numbers but weight 1 was NaN");
    }

    @Test
    void aggregateOptionsRejectASecondChoice() {
        assertThatIllegalStateException().isThrownBy(() -> ZAggregateOptions.none().aggregateMin().aggregateMax())
            .withMessage("An aggregate is already set (MIN)");
        assertThatIllegalStateException().isThrownBy(() -> ZAggregateOptions.none().weights(1).weights(2))
            .withMessage("Weights are already set ([1.0])");
    }

    @Test
    void emptyKeysAndNegativeLimitAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zdiff(List.of()))
            .withMessage("ZDIFF needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zunionstore("d", List.of()))
            .withMessage("ZUNIONSTORE needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zintercard(List.of("x"), -1))
            .withMessage("'limit' must be at least 0 but was -1");
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
