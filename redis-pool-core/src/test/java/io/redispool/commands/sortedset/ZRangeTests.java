package io.redispool.commands.sortedset;

import static io.redispool.commands.sortedset.SortedSetCommandsTests.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.commands.Commands;
import org.junit.jupiter.api.Test;

/**
 * How ZRange, ScoreRange and LexRange are written for the server, and what they refuse;
 * no server needed.
 */
class ZRangeTests {

    private final SortedSetCommandBuilder<String, String> builder = Commands.utf8().sortedSets();

    @Test
    void exclusiveAndInfiniteScoreBoundsAreWrittenAsTheServerReadsThem() {
        assertThat(strings(this.builder.zrange("z",
                ZRange.byScore(new ScoreRange(ScoreBound.exclusive(1.5), ScoreBound.POSITIVE_INFINITY)))))
            .containsExactly("ZRANGE", "z", "(1.5", "+inf", "BYSCORE");
        assertThat(strings(
                this.builder.zrange("z", ZRange.<String>byScore(ScoreRange.closed(1, 5)).reversed().limit(0, 3))))
            .containsExactly("ZRANGE", "z", "5", "1", "BYSCORE", "REV", "LIMIT", "0", "3");
    }

    @Test
    void lexBoundsAreWrittenWithBracketsAndOpenEndsAsMinusAndPlus() {
        assertThat(strings(
                this.builder.zrange("z", ZRange.byLex(new LexRange<>(LexBound.exclusive("a"), LexBound.unbounded())))))
            .containsExactly("ZRANGE", "z", "(a", "+", "BYLEX");
        assertThat(strings(this.builder.zrange("z", ZRange.byLex(LexRange.atMost("k")).reversed())))
            .containsExactly("ZRANGE", "z", "[k", "-", "BYLEX", "REV");
    }

    @Test
    void zrangeRejectsLimitByRankTwoLimitsTwoReversalsAndNegativePages() {
        assertThatIllegalStateException().isThrownBy(() -> ZRange.byRank(0, 1).limit(0, 1))
            .withMessage("LIMIT needs a range by score (BYSCORE) or lex (BYLEX), not by rank");
        assertThatIllegalStateException().isThrownBy(() -> ZRange.byScore(ScoreRange.all()).limit(0, 1).limit(1, 1))
            .withMessage("The range is already limited (LIMIT 0 1)");
        assertThatIllegalStateException().isThrownBy(() -> ZRange.byRank(0, 1).reversed().reversed())
            .withMessage("The range is already reversed (REV)");
        assertThatIllegalArgumentException().isThrownBy(() -> ZRange.byScore(ScoreRange.all()).limit(-1, 5))
            .withMessage("'offset' must be at least 0 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> ZRange.byScore(ScoreRange.all()).limit(0, -5))
            .withMessage("'count' must be at least 0 but was -5");
    }

    @Test
    void boundsRejectNanAndNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreBound.inclusive(Double.NaN))
            .withMessage("'score' of a score bound must be a number but was NaN");
        assertThatNullPointerException().isThrownBy(() -> new ScoreRange(null, ScoreBound.POSITIVE_INFINITY))
            .withMessage("'min' of a score range must not be null");
        assertThatNullPointerException().isThrownBy(() -> LexBound.inclusive(null))
            .withMessage("'value' of an inclusive lex bound must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.zrange("z", null))
            .withMessage("'range' must not be null");
    }

}
