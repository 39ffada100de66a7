package io.redispool.commands.sortedset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.command.Command;
import io.redispool.command.ScanResult;
import io.redispool.command.ScoredValue;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sorted set commands that add, score, rank, list, sample and scan members, against a
 * real server, and their argument checks.
 */
class SortedSetCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final SortedSetCommandBuilder<String, String> builder = Commands.utf8().sortedSets();

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

    // ---- ZADD

    @Test
    void zaddCountsOnlyNewMembersAndUpdatesScores() {
        assertThat(this.commands.zadd("z", 1, "a")).isEqualTo(1);
        assertThat(this.commands.zadd("z", 5, "a")).isZero();
        assertThat(this.commands.zadd("z", List.of(scored("a", 6), scored("b", 2)))).isEqualTo(1);
        assertThat(this.commands.zrangeWithScores("z", 0, -1)).containsExactly(scored("b", 2), scored("a", 6));
    }

    @Test
    void zaddIfAbsentAddsNewMembersButLeavesExistingOnes() {
        seed();

        assertThat(this.commands.zadd("z", List.of(scored("a", 10), scored("d", 4)), ZAddOptions.none().ifAbsent()))
            .isEqualTo(1);
        assertThat(this.commands.zmscore("z", List.of("a", "d"))).containsExactly(1.0, 4.0);
    }

    @Test
    void zaddIfPresentUpdatesExistingMembersButAddsNone() {
        seed();

        assertThat(this.commands.zadd("z", List.of(scored("a", 10), scored("d", 4)), ZAddOptions.none().ifPresent()))
            .isZero();
        assertThat(this.commands.zmscore("z", List.of("a", "d"))).containsExactly(10.0, null);
    }

    @Test
    void zaddIfGreaterOnlyRaisesScoresAndStillAddsNewMembers() {
        seed();

        assertThat(this.commands.zadd("z", List.of(scored("a", 0), scored("b", 5), scored("d", 4)),
                ZAddOptions.none().ifGreater()))
            .isEqualTo(1);
        assertThat(this.commands.zmscore("z", List.of("a", "b", "d"))).containsExactly(1.0, 5.0, 4.0);
    }

    @Test
    void zaddIfLessOnlyLowersScores() {
        seed();

        this.commands.zadd("z", List.of(scored("a", 0), scored("b", 5)), ZAddOptions.none().ifLess());

        assertThat(this.commands.zmscore("z", List.of("a", "b"))).containsExactly(0.0, 2.0);
    }

    @Test
    void zaddIfPresentAndIfGreaterCombine() {
        seed();

        this.commands.zadd("z", List.of(scored("a", 7), scored("b", 0), scored("d", 9)),
                ZAddOptions.none().ifPresent().ifGreater());

        assertThat(this.commands.zrangeWithScores("z", 0, -1)).containsExactly(scored("b", 2), scored("c", 3),
                scored("a", 7));
    }

    @Test
    void zaddCountChangedCountsUpdatedAndNewMembers() {
        seed();

        assertThat(this.commands.zadd("z", List.of(scored("a", 9), scored("b", 2), scored("d", 4)),
                ZAddOptions.none().countChanged()))
            .isEqualTo(2);
    }

    @Test
    void zaddIncrAddsToTheScoreAndYieldsTheNewOne() {
        seed();

        assertThat(this.commands.zaddIncr("z", 2.5, "a", ZAddOptions.none())).isEqualTo(3.5);
        assertThat(this.commands.zaddIncr("z", -1, "new", ZAddOptions.none().ifAbsent())).isEqualTo(-1.0);
        assertThat(this.commands.zscore("z", "a")).isEqualTo(3.5);
    }

    @Test
    void zaddIncrYieldsNullWhenItsConditionRefuses() {
        seed();

        assertThat(this.commands.zaddIncr("z", 1, "a", ZAddOptions.none().ifAbsent())).isNull();
        assertThat(this.commands.zaddIncr("z", 1, "missing", ZAddOptions.none().ifPresent())).isNull();
        assertThat(this.commands.zaddIncr("z", -1, "b", ZAddOptions.none().ifGreater())).isNull();
        assertThat(this.commands.zmscore("z", List.of("a", "missing", "b"))).containsExactly(1.0, null, 2.0);
    }

    // ---- scores, ranks, removal

    @Test
    void zcardCountsMembersAndIsZeroForMissingKey() {
        assertThat(this.commands.zcard("z")).isZero();
        seed();
        assertThat(this.commands.zcard("z")).isEqualTo(3);
    }

    @Test
    void zincrbyStartsNewMembersFromZero() {
        seed();

        assertThat(this.commands.zincrby("z", -0.5, "a")).isEqualTo(0.5);
        assertThat(this.commands.zincrby("z", 2, "new")).isEqualTo(2.0);
        assertThat(this.commands.zscore("z", "new")).isEqualTo(2.0);
    }

    @Test
    void zscoreAndZmscoreYieldNullForMissingMembersAndInfinities() {
        this.commands.zadd("z",
                List.of(scored("low", Double.NEGATIVE_INFINITY), scored("high", Double.POSITIVE_INFINITY)));

        assertThat(this.commands.zscore("z", "high")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(this.commands.zscore("z", "missing")).isNull();
        assertThat(this.commands.zmscore("z", List.of("low", "missing", "high")))
            .containsExactly(Double.NEGATIVE_INFINITY, null, Double.POSITIVE_INFINITY);
    }

    @Test
    void zrankAndZrevrankCountFromOppositeEnds() {
        seed();

        assertThat(this.commands.zrank("z", "a")).isZero();
        assertThat(this.commands.zrank("z", "c")).isEqualTo(2);
        assertThat(this.commands.zrevrank("z", "c")).isZero();
        assertThat(this.commands.zrevrank("z", "a")).isEqualTo(2);
        assertThat(this.commands.zrank("z", "missing")).isNull();
        assertThat(this.commands.zrevrank("missing", "a")).isNull();
    }

    @Test
    void zremRemovesMembersAndCountsThoseThatExisted() {
        seed();

        assertThat(this.commands.zrem("z", List.of("a", "missing", "c"))).isEqualTo(2);
        assertThat(this.commands.zrange("z", 0, -1)).containsExactly("b");
    }

    // ---- ZRANGE and friends

    @Test
    void zrangeByRankReversedStartsFromTheHighestScore() {
        seed();

        assertThat(this.commands.zrange("z", ZRange.byRank(0, 1))).containsExactly("a", "b");
        assertThat(this.commands.zrange("z", ZRange.<String>byRank(0, 1).reversed())).containsExactly("c", "b");
        assertThat(this.commands.zrange("z", -2, -1)).containsExactly("b", "c");
    }

    @Test
    void zrangeByScoreHonoursInclusiveExclusiveAndInfiniteBounds() {
        seed();

        assertThat(this.commands.zrange("z", ZRange.byScore(ScoreRange.closed(1, 2)))).containsExactly("a", "b");
        assertThat(this.commands.zrange("z", ZRange.byScore(ScoreRange.open(1, 3)))).containsExactly("b");
        assertThat(this.commands.zrange("z", ZRange.byScore(ScoreRange.greaterThan(1)))).containsExactly("b", "c");
        assertThat(this.commands.zrange("z", ZRange.byScore(ScoreRange.atLeast(2)))).containsExactly("b", "c");
        assertThat(this.commands.zrange("z", ZRange.byScore(ScoreRange.lessThan(2)))).containsExactly("a");
        assertThat(this.commands.zrange("z", ZRange.byScore(ScoreRange.atMost(2)))).containsExactly("a", "b");
        assertThat(this.commands.zrange("z", ZRange.byScore(ScoreRange.all()))).containsExactly("a", "b", "c");
        assertThat(this.commands.zrange("z",
                ZRange.byScore(new ScoreRange(ScoreBound.exclusive(1.5), ScoreBound.inclusive(3)))))
            .containsExactly("b", "c");
    }

    @Test
    void zrangeByScoreReversedAndLimitedPagesFromTheTop() {
        this.commands.zadd("z",
                List.of(scored("a", 1), scored("b", 2), scored("c", 3), scored("d", 4), scored("e", 5)));

        assertThat(this.commands.zrange("z", ZRange.<String>byScore(ScoreRange.closed(2, 5)).reversed()))
            .containsExactly("e", "d", "c", "b");
        assertThat(this.commands.zrange("z", ZRange.<String>byScore(ScoreRange.closed(2, 5)).reversed().limit(1, 2)))
            .containsExactly("d", "c");
        assertThat(this.commands.zrange("z", ZRange.<String>byScore(ScoreRange.all()).limit(3, Long.MAX_VALUE)))
            .containsExactly("d", "e");
    }

    @Test
    void zrangeByLexHonoursBoundsReversalAndLimit() {
        this.commands.zadd("z", List.of(scored("a", 0), scored("b", 0), scored("c", 0), scored("d", 0)));

        assertThat(this.commands.zrange("z", ZRange.byLex(LexRange.closed("b", "d")))).containsExactly("b", "c", "d");
        assertThat(this.commands.zrange("z", ZRange.byLex(LexRange.open("a", "d")))).containsExactly("b", "c");
        assertThat(this.commands.zrange("z", ZRange.byLex(LexRange.lessThan("c")))).containsExactly("a", "b");
        assertThat(this.commands.zrange("z", ZRange.byLex(LexRange.greaterThan("b")).reversed())).containsExactly("d",
                "c");
        assertThat(this.commands.zrange("z", ZRange.byLex(LexRange.<String>all()).limit(1, 2))).containsExactly("b",
                "c");
    }

    @Test
    void zrangeWithScoresByScoreYieldsScoresInTheRangesOrder() {
        seed();

        assertThat(this.commands.zrangeWithScores("z", ZRange.<String>byScore(ScoreRange.atLeast(2)).reversed()))
            .containsExactly(scored("c", 3), scored("b", 2));
        assertThat(this.commands.zrangeWithScores("z", ZRange.byRank(1, 1))).containsExactly(scored("b", 2));
    }

    @Test
    void zrangestoreStoresTheSelectionWithItsScores() {
        seed();

        assertThat(this.commands.zrangestore("top", "z", ZRange.<String>byRank(0, 1).reversed())).isEqualTo(2);
        assertThat(this.commands.zrangeWithScores("top", 0, -1)).containsExactly(scored("b", 2), scored("c", 3));
        assertThat(this.commands.zrangestore("none", "z", ZRange.byScore(ScoreRange.greaterThan(3)))).isZero();
    }

    @Test
    void zrevrangeListsFromTheHighestScore() {
        seed();

        assertThat(this.commands.zrevrange("z", 0, 1)).containsExactly("c", "b");
        assertThat(this.commands.zrevrangeWithScores("z", 0, -1)).containsExactly(scored("c", 3), scored("b", 2),
                scored("a", 1));
    }

    // ---- ZRANDMEMBER and ZSCAN

    @Test
    void zrandmemberPicksMembersOfTheSet() {
        assertThat(this.commands.zrandmember("z")).isNull();
        assertThat(this.commands.zrandmember("z", 2)).isEmpty();
        seed();

        assertThat(this.commands.zrandmember("z")).isIn("a", "b", "c");
        assertThat(this.commands.zrandmember("z", 2)).hasSize(2).doesNotHaveDuplicates().isSubsetOf("a", "b", "c");
        assertThat(this.commands.zrandmember("z", 10)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(this.commands.zrandmember("z", -7)).hasSize(7).isSubsetOf("a", "b", "c");
    }

    @Test
    void zrandmemberWithScoresYieldsEachMembersOwnScore() {
        seed();

        List<ScoredValue<String>> picked = this.commands.zrandmemberWithScores("z", -20);

        assertThat(picked).hasSize(20).isSubsetOf(scored("a", 1), scored("b", 2), scored("c", 3));
        assertThat(this.commands.zrandmemberWithScores("z", 5)).containsExactlyInAnyOrder(scored("a", 1),
                scored("b", 2), scored("c", 3));
    }

    @Test
    void zscanWalksEveryMemberWithItsScore() {
        seed();

        ScanResult<ScoredValue<String>> page = this.commands.zscan("z", ScanResult.START);

        assertThat(page.isFinished()).isTrue();
        assertThat(page.items()).containsExactlyInAnyOrder(scored("a", 1), scored("b", 2), scored("c", 3));
        assertThat(this.commands.zscan("z", ScanResult.START, "b*", 10).items()).containsExactly(scored("b", 2));
    }

    @Test
    void zscanAllWalksEveryPageOfALargeSet() {
        List<ScoredValue<String>> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            members.add(scored("m" + i, i));
        }
        this.commands.zadd("big", members);

        Map<String, Double> seen = new HashMap<>();
        for (ScoredValue<String> each : this.commands.zscanAll("big", null, 20)) {
            seen.put(each.value(), each.score());
        }
        Map<String, Double> matching = new HashMap<>();
        this.commands.zscanAll("big", "m1?", 20).forEach((each) -> matching.put(each.value(), each.score()));

        assertThat(this.commands.zscan("big", ScanResult.START, null, 20).isFinished()).isFalse();
        assertThat(seen).hasSize(300).containsEntry("m0", 0.0).containsEntry("m299", 299.0);
        assertThat(matching).hasSize(10).containsEntry("m15", 15.0);
    }

    // ---- arguments as sent

    @Test
    void zaddOptionsAreWrittenBeforeTheMembers() {
        assertThat(strings(this.builder.zadd("z", List.of(scored("m", 2)),
                ZAddOptions.none().ifPresent().ifLess().countChanged())))
            .containsExactly("ZADD", "z", "XX", "LT", "CH", "2", "m");
        assertThat(strings(this.builder.zaddIncr("z", 1.5, "m", ZAddOptions.none().ifAbsent()))).containsExactly("ZADD",
                "z", "NX", "INCR", "1.5", "m");
    }

    // ---- argument checks

    @Test
    void zaddOptionsRejectCombinationsTheServerRefuses() {
        assertThatIllegalStateException().isThrownBy(() -> ZAddOptions.none().ifAbsent().ifGreater())
            .withMessage("GT cannot be combined with NX: NX never updates existing members");
        assertThatIllegalStateException().isThrownBy(() -> ZAddOptions.none().ifLess().ifAbsent())
            .withMessage("NX cannot be combined with LT: it never updates existing members");
        assertThatIllegalStateException().isThrownBy(() -> ZAddOptions.none().ifAbsent().ifPresent())
            .withMessage("A condition is already set (NX)");
        assertThatIllegalStateException().isThrownBy(() -> ZAddOptions.none().ifGreater().ifLess())
            .withMessage("A comparison is already set (GT)");
    }

    @Test
    void zaddIncrRejectsCountChanged() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.zaddIncr("z", 1, "m", ZAddOptions.none().countChanged()))
            .withMessageStartingWith("ZADD INCR yields the new score, so 'options' must not count changes (CH)");
    }

    @Test
    void zrangeWithScoresRejectsALexRange() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.zrangeWithScores("z", ZRange.byLex(LexRange.all())))
            .withMessageStartingWith("ZRANGE WITHSCORES does not take a lex range (BYLEX)");
    }

    @Test
    void nullKeysAndMembersAndEmptyListsAreRejectedNamingTheCommand() {
        assertThatNullPointerException().isThrownBy(() -> this.builder.zcard(null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.zscore("z", null))
            .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.zrangestore("d", null, ZRange.byRank(0, 1)))
            .withMessage("A key must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zadd("z", List.of(), ZAddOptions.none()))
            .withMessage("ZADD needs at least one of 'members' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zrem("z", List.of()))
            .withMessage("ZREM needs at least one of 'values' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zmscore("z", List.of()))
            .withMessage("ZMSCORE needs at least one of 'values' but got none");
    }

    private void seed() {
        this.commands.zadd("z", List.of(scored("a", 1), scored("b", 2), scored("c", 3)));
    }

    static ScoredValue<String> scored(String value, double score) {
        return new ScoredValue<>(value, score);
    }

    static List<String> strings(Command<?> command) {
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
