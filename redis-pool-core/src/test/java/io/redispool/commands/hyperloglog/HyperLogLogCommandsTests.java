package io.redispool.commands.hyperloglog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every HyperLogLog command against a real server, and the argument checks that need
 * none.
 */
class HyperLogLogCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final Commands<String, String> builders = Commands.utf8();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void pfaddIsTrueOnlyWhenAnElementWasNew() {
        assertThat(this.commands.pfadd("h", List.of("a", "b", "c", "d"))).isTrue();
        assertThat(this.commands.pfadd("h", List.of("b", "a"))).isFalse();
        assertThat(this.commands.pfadd("h", List.of("e"))).isTrue();

        assertThat(this.commands.pfcount(List.of("h"))).isEqualTo(5);
    }

    @Test
    void pfaddWithoutElementsCreatesTheKeyOnce() {
        assertThat(this.commands.pfadd("h", List.of())).isTrue();
        assertThat(this.commands.pfadd("h", List.of())).isFalse();

        assertThat(this.commands.exists(List.of("h"))).isEqualTo(1);
        assertThat(this.commands.pfcount(List.of("h"))).isZero();
    }

    @Test
    void pfcountEstimatesDistinctElementsAcrossKeys() {
        this.commands.pfadd("even", elements(0, 2000, 2));
        this.commands.pfadd("all", elements(0, 2000, 1));

        assertThat(this.commands.pfcount(List.of("even")).doubleValue()).isCloseTo(1000, within(30.0));
        assertThat(this.commands.pfcount(List.of("all", "even")).doubleValue()).isCloseTo(2000, within(60.0));
        assertThat(this.commands.pfcount(List.of("missing"))).isZero();
    }

    @Test
    void pfmergeStoresTheUnionInTheDestination() {
        this.commands.pfadd("a", List.of("x", "y"));
        this.commands.pfadd("b", List.of("y", "z"));
        this.commands.pfadd("dest", List.of("w"));

        assertThat(this.commands.pfmerge("dest", List.of("a", "b"))).isEqualTo("OK");

        assertThat(this.commands.pfcount(List.of("dest"))).isEqualTo(4);
        assertThat(this.commands.pfcount(List.of("a"))).isEqualTo(2);
    }

    @Test
    void pfmergeWithoutSourcesCreatesTheDestination() {
        assertThat(this.commands.pfmerge("dest", List.of())).isEqualTo("OK");

        assertThat(this.commands.exists(List.of("dest"))).isEqualTo(1);
    }

    @Test
    void pfcountNeedsAKeyAndNullsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.hyperLogLogs().pfcount(List.of()))
            .withMessage("PFCOUNT needs at least one of 'keys' but got none");
        assertThatNullPointerException()
            .isThrownBy(() -> this.builders.hyperLogLogs().pfadd("h", Arrays.asList("a", null)))
            .withMessage("A value must not be null");
        assertThatNullPointerException()
            .isThrownBy(() -> this.builders.hyperLogLogs().pfmerge("dest", Arrays.asList("a", null)))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builders.hyperLogLogs().pfadd(null, List.of("a")))
            .withMessage("A key must not be null");
    }

    private static List<String> elements(int from, int to, int step) {
        return IntStream.iterate(from, (i) -> i < to, (i) -> i + step).mapToObj((i) -> "element:" + i).toList();
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
