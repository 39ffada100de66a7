package io.redispool.commands.set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.command.Command;
import io.redispool.command.ScanResult;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every set command against a real server, and the argument checks that need none.
 */
class SetCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    /** Enough members that SSCAN with a small COUNT takes several pages. */
    private static final int LARGE = 1000;

    private final SetCommandBuilder<String, String> builder = Commands.utf8().sets();

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
    void saddCountsNewMembersAndSremCountsRemovedOnes() {
        assertThat(this.commands.sadd("s", List.of("a", "b", "a"))).isEqualTo(2);
        assertThat(this.commands.sadd("s", List.of("b", "c"))).isEqualTo(1);
        assertThat(this.commands.srem("s", List.of("a", "missing"))).isEqualTo(1);
        assertThat(this.commands.smembers("s")).containsExactlyInAnyOrder("b", "c");
        assertThat(this.commands.smembers("missing")).isEmpty();
    }

    @Test
    void scardCountsMembers() {
        this.commands.sadd("s", List.of("a", "b", "c"));

        assertThat(this.commands.scard("s")).isEqualTo(3);
        assertThat(this.commands.scard("missing")).isZero();
    }

    @Test
    void sismemberAndSmismemberTellMembership() {
        this.commands.sadd("s", List.of("a", "b"));

        assertThat(this.commands.sismember("s", "a")).isTrue();
        assertThat(this.commands.sismember("s", "z")).isFalse();
        assertThat(this.commands.sismember("missing", "a")).isFalse();
        assertThat(this.commands.smismember("s", List.of("z", "b", "a"))).containsExactly(false, true, true);
    }

    @Test
    void sdiffSinterAndSunionCombineSets() {
        this.commands.sadd("s1", List.of("a", "b", "c", "d"));
        this.commands.sadd("s2", List.of("c", "e"));
        this.commands.sadd("s3", List.of("a", "c", "f"));

        assertThat(this.commands.sdiff(List.of("s1", "s2", "s3"))).containsExactlyInAnyOrder("b", "d");
        assertThat(this.commands.sinter(List.of("s1", "s2", "s3"))).containsExactly("c");
        assertThat(this.commands.sunion(List.of("s2", "s3"))).containsExactlyInAnyOrder("a", "c", "e", "f");
        assertThat(this.commands.sinter(List.of("s1", "missing"))).isEmpty();
    }

    @Test
    void storeFormsReplaceTheDestinationAndCountItsMembers() {
        this.commands.sadd("s1", List.of("a", "b", "c"));
        this.commands.sadd("s2", List.of("b", "c", "d"));
        this.commands.sadd("dst", List.of("old"));

        assertThat(this.commands.sdiffstore("dst", List.of("s1", "s2"))).isEqualTo(1);
        assertThat(this.commands.smembers("dst")).containsExactly("a");
        assertThat(this.commands.sinterstore("dst", List.of("s1", "s2"))).isEqualTo(2);
        assertThat(this.commands.smembers("dst")).containsExactlyInAnyOrder("b", "c");
        assertThat(this.commands.sunionstore("dst", List.of("s1", "s2"))).isEqualTo(4);
        assertThat(this.commands.smembers("dst")).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void sintercardCountsTheIntersectionUpToTheLimit() {
        this.commands.sadd("s1", List.of("a", "b", "c", "d"));
        this.commands.sadd("s2", List.of("a", "b", "c", "z"));

        assertThat(this.commands.sintercard(List.of("s1", "s2"))).isEqualTo(3);
        assertThat(this.commands.sintercard(List.of("s1", "s2"), 2)).isEqualTo(2);
        assertThat(this.commands.sintercard(List.of("s1", "s2"), 0)).isEqualTo(3);
        assertThat(this.commands.sintercard(List.of("s1", "missing"))).isZero();
    }

    @Test
    void smoveMovesAMemberTheSourceHolds() {
        this.commands.sadd("src", List.of("a", "b"));

        assertThat(this.commands.smove("src", "dst", "a")).isTrue();
        assertThat(this.commands.smove("src", "dst", "missing")).isFalse();
        assertThat(this.commands.smembers("src")).containsExactly("b");
        assertThat(this.commands.smembers("dst")).containsExactly("a");
    }

    @Test
    void spopRemovesARandomMember() {
        this.commands.sadd("s", List.of("a", "b", "c"));

        String popped = this.commands.spop("s");

        assertThat(popped).isIn("a", "b", "c");
        assertThat(this.commands.sismember("s", popped)).isFalse();
        assertThat(this.commands.scard("s")).isEqualTo(2);
        assertThat(this.commands.spop("missing")).isNull();
    }

    @Test
    void spopCountRemovesUpToCountDistinctMembers() {
        this.commands.sadd("s", List.of("a", "b", "c", "d"));

        Set<String> two = this.commands.spopCount("s", 2);

        assertThat(two).hasSize(2).isSubsetOf("a", "b", "c", "d");
        assertThat(this.commands.smembers("s")).hasSize(2).doesNotContainAnyElementsOf(two);
        assertThat(this.commands.spopCount("s", 10)).hasSize(2);
        assertThat(this.commands.scard("s")).isZero();
        assertThat(this.commands.spopCount("missing", 3)).isEmpty();
    }

    @Test
    void srandmemberPicksWithoutRemoving() {
        this.commands.sadd("s", List.of("a", "b", "c"));

        assertThat(this.commands.srandmember("s")).isIn("a", "b", "c");
        assertThat(this.commands.srandmember("missing")).isNull();
        assertThat(this.commands.srandmemberCount("s", 2)).hasSize(2).doesNotHaveDuplicates().isSubsetOf("a", "b", "c");
        assertThat(this.commands.srandmemberCount("s", 10)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(this.commands.srandmemberCount("s", -10)).hasSize(10).isSubsetOf("a", "b", "c");
        assertThat(this.commands.srandmemberCount("missing", 3)).isEmpty();
        assertThat(this.commands.scard("s")).isEqualTo(3);
    }

    @Test
    void sscanOfASmallSetYieldsEveryMemberInOnePage() {
        this.commands.sadd("s", List.of("a", "b", "c"));

        ScanResult<String> page = this.commands.sscan("s", ScanResult.START);

        assertThat(page.isFinished()).isTrue();
        assertThat(page.items()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void sscanMatchKeepsOnlyMatchingMembers() {
        this.commands.sadd("s", List.of("user:1", "user:2", "group:1"));

        ScanResult<String> page = this.commands.sscan("s", ScanResult.START, "user:*", 0);

        assertThat(page.items()).containsExactlyInAnyOrder("user:1", "user:2");
    }

    @Test
    void sscanCountHintSplitsALargeSetIntoPages() {
        this.commands.sadd("s", numberedMembers(LARGE));

        ScanResult<String> first = this.commands.sscan("s", ScanResult.START, null, 10);

        assertThat(first.isFinished()).isFalse();
        assertThat(first.items()).hasSizeLessThan(LARGE);
    }

    @Test
    void sscanAllWalksEveryPage() {
        List<String> members = numberedMembers(LARGE);
        this.commands.sadd("s", members);

        Set<String> seen = new HashSet<>();
        this.commands.sscanAll("s", null, 10).forEach(seen::add);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void sscanAllWithPatternYieldsOnlyMatchingMembers() {
        this.commands.sadd("s", numberedMembers(LARGE));

        Set<String> seen = new HashSet<>();
        this.commands.sscanAll("s", "m1?", 50).forEach(seen::add);

        assertThat(seen).hasSize(10).allMatch((member) -> member.matches("m1\\d"));
    }

    @Test
    void binaryMembersRoundTripThroughTheByteArrayCodec() {
        RedisCommands<byte[], byte[]> binary = this.client.commands(ByteArrayCodec.INSTANCE);
        byte[] key = { 's', 0 };
        byte[] member = { (byte) 0xFF, '\r', '\n', 0 };

        assertThat(binary.sadd(key, List.of(member))).isEqualTo(1);

        assertThat(binary.sismember(key, member)).isTrue();
        assertThat(binary.srandmember(key)).isEqualTo(member);
        List<byte[]> scanned = new ArrayList<>();
        binary.sscanAll(key, null, 0).forEach(scanned::add);
        assertThat(scanned).singleElement().isEqualTo(member);
    }

    @Test
    void commandsWithOptionsCarryTheirWords() {
        assertThat(strings(this.builder.sintercard(List.of("a", "b"), 5))).containsExactly("SINTERCARD", "2", "a", "b",
                "LIMIT", "5");
        assertThat(strings(this.builder.sintercard(List.of("a")))).containsExactly("SINTERCARD", "1", "a");
        assertThat(strings(this.builder.sscan("s", "7", "m*", 20))).containsExactly("SSCAN", "s", "7", "MATCH", "m*",
                "COUNT", "20");
        assertThat(strings(this.builder.sunionstore("d", List.of("a", "b")))).containsExactly("SUNIONSTORE", "d", "a",
                "b");
        assertThat(strings(this.builder.srandmemberCount("s", -2))).containsExactly("SRANDMEMBER", "s", "-2");
    }

    @Test
    void emptyKeyOrMemberListsAreRejectedNamingTheCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.sdiff(List.of()))
            .withMessage("SDIFF needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.sinterstore("d", List.of()))
            .withMessage("SINTERSTORE needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.sintercard(List.of()))
            .withMessage("SINTERCARD needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.smismember("s", List.of()))
            .withMessage("SMISMEMBER needs at least one of 'values' but got none");
    }

    @Test
    void badNumbersAreRejectedNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.sintercard(List.of("a"), -1))
            .withMessage("SINTERCARD 'limit' must be at least 0 (0 for no limit) but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.spopCount("s", -1))
            .withMessage("SPOP 'count' must be at least 0 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.sscan("s", "0", null, -5))
            .withMessage("SSCAN 'count' must be at least 0 (0 for the server's default) but was -5");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.sscan("s", null))
            .withMessage("SSCAN 'cursor' must not be null; start with \"0\"");
    }

    @Test
    void nullKeysAndMembersAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> this.builder.scard(null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.smove("a", null, "m"))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.sismember("s", null))
            .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.sunion(Arrays.asList("a", null)))
            .withMessage("A key must not be null");
    }

    private static List<String> numberedMembers(int count) {
        List<String> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            members.add("m" + i);
        }
        return members;
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
