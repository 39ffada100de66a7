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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sorted set commands that count, remove and list by score, lex or rank ranges,
 * against a real server, and their argument checks.
 */
class SortedSetRangeCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final SortedSetRangeCommandBuilder<String, String> builder = Commands.utf8().sortedSetRanges();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void connect() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
        this.commands.zadd("scores",
                List.of(scored("a", 1), scored("b", 2), scored("c", 3), scored("d", 4), scored("e", 5)));
        this.commands.zadd("words",
                List.of(scored("apple", 0), scored("banana", 0), scored("cherry", 0), scored("date", 0)));
    }

    @AfterEach
    void close() {
        this.client.close();
    }

    @Test
    void zcountCountsScoresInTheRange() {
        assertThat(this.commands.zcount("scores", ScoreRange.closed(2, 4))).isEqualTo(3);
        assertThat(this.commands.zcount("scores", ScoreRange.open(2, 4))).isEqualTo(1);
        assertThat(this.commands.zcount("scores", ScoreRange.all())).isEqualTo(5);
        assertThat(this.commands.zcount("missing", ScoreRange.all())).isZero();
    }

    @Test
    void zlexcountCountsMembersInTheRange() {
        assertThat(this.commands.zlexcount("words", LexRange.closed("banana", "date"))).isEqualTo(3);
        assertThat(this.commands.zlexcount("words", LexRange.greaterThan("banana"))).isEqualTo(2);
        assertThat(this.commands.zlexcount("words", LexRange.all())).isEqualTo(4);
    }

    @Test
    void zremrangebyrankRemovesByRank() {
        assertThat(this.commands.zremrangebyrank("scores", 0, 1)).isEqualTo(2);
        assertThat(this.commands.zrange("scores", 0, -1)).containsExactly("c", "d", "e");
        assertThat(this.commands.zremrangebyrank("scores", -1, -1)).isEqualTo(1);
        assertThat(this.commands.zrange("scores", 0, -1)).containsExactly("c", "d");
    }

    @Test
    void zremrangebyscoreRemovesByScore() {
        assertThat(this.commands.zremrangebyscore("scores", ScoreRange.lessThan(3))).isEqualTo(2);
        assertThat(this.commands.zremrangebyscore("scores", ScoreRange.greaterThan(4))).isEqualTo(1);
        assertThat(this.commands.zrange("scores", 0, -1)).containsExactly("c", "d");
    }

    @Test
    void zremrangebylexRemovesByLex() {
        assertThat(this.commands.zremrangebylex("words", LexRange.open("apple", "date"))).isEqualTo(2);
        assertThat(this.commands.zrange("words", 0, -1)).containsExactly("apple", "date");
    }

    @Test
    void zrangebyscoreListsLowestFirstAndPages() {
        assertThat(this.commands.zrangebyscore("scores", ScoreRange.closed(2, 4))).containsExactly("b", "c", "d");
        assertThat(this.commands.zrangebyscore("scores", ScoreRange.atLeast(2), 1, 2)).containsExactly("c", "d");
        assertThat(this.commands.zrangebyscoreWithScores("scores", ScoreRange.open(1, 3)))
            .containsExactly(scored("b", 2));
        assertThat(this.commands.zrangebyscoreWithScores("scores", ScoreRange.all(), 3, 10))
            .containsExactly(scored("d", 4), scored("e", 5));
    }

    @Test
    void zrevrangebyscoreTakesTheRangeInNaturalOrderAndListsHighestFirst() {
        assertThat(this.commands.zrevrangebyscore("scores", ScoreRange.closed(2, 4))).containsExactly("d", "c", "b");
        assertThat(this.commands.zrevrangebyscore("scores", ScoreRange.all(), 0, 2)).containsExactly("e", "d");
        assertThat(this.commands.zrevrangebyscoreWithScores("scores", ScoreRange.atMost(2)))
            .containsExactly(scored("b", 2), scored("a", 1));
        assertThat(this.commands.zrevrangebyscoreWithScores("scores", ScoreRange.greaterThan(1), 1, 1))
            .containsExactly(scored("d", 4));
    }

    @Test
    void zrangebylexAndZrevrangebylexListInByteOrder() {
        assertThat(this.commands.zrangebylex("words", LexRange.atLeast("b"))).containsExactly("banana", "cherry",
                "date");
        assertThat(this.commands.zrangebylex("words", LexRange.all(), 1, 2)).containsExactly("banana", "cherry");
        assertThat(this.commands.zrevrangebylex("words", LexRange.lessThan("cherry"))).containsExactly("banana",
                "apple");
        assertThat(this.commands.zrevrangebylex("words", LexRange.all(), 0, 1)).containsExactly("date");
    }

    @Test
    void reversedCommandsSendTheRangeSwapped() {
        assertThat(strings(this.builder.zrevrangebyscore("z", ScoreRange.closed(1, 5))))
            .containsExactly("ZREVRANGEBYSCORE", "z", "5", "1");
        assertThat(strings(this.builder.zrevrangebylex("z", LexRange.closed("a", "c"), 2, 3)))
            .containsExactly("ZREVRANGEBYLEX", "z", "[c", "[a", "LIMIT", "2", "3");
        assertThat(strings(this.builder.zrangebyscoreWithScores("z", ScoreRange.greaterThan(1), 0, 5)))
            .containsExactly("ZRANGEBYSCORE", "z", "(1.0", "+inf", "WITHSCORES", "LIMIT", "0", "5");
    }

    @Test
    void negativePagesAndNullRangesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zrangebyscore("z", ScoreRange.all(), -1, 5))
            .withMessage("'offset' must be at least 0 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.zrangebylex("z", LexRange.all(), 0, -2))
            .withMessage("'count' must be at least 0 but was -2");
        assertThatNullPointerException().isThrownBy(() -> this.builder.zcount("z", null))
            .withMessage("'range' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.zlexcount("z", null))
            .withMessage("'range' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.zremrangebyrank(null, 0, 1))
            .withMessage("A key must not be null");
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
