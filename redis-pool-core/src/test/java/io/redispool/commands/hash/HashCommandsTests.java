package io.redispool.commands.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.command.ScanResult;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every hash command against a real server, and the argument checks that need none.
 */
class HashCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    /**
     * More fields than hash-max-listpack-entries (512), so the hash is a table that HSCAN
     * pages through.
     */
    private static final int LARGE = 1000;

    private final HashCommandBuilder<String, String> builder = Commands.utf8().hashes();

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
    void hsetCountsNewFieldsAndHgetReadsThem() {
        assertThat(this.commands.hset("h", "f1", "v1")).isEqualTo(1);
        assertThat(this.commands.hset("h", "f1", "changed")).isZero();
        assertThat(this.commands.hset("h", fields("f1", "again", "f2", "v2", "f3", "v3"))).isEqualTo(2);
        assertThat(this.commands.hget("h", "f1")).isEqualTo("again");
        assertThat(this.commands.hget("h", "f3")).isEqualTo("v3");
        assertThat(this.commands.hget("h", "missing")).isNull();
        assertThat(this.commands.hget("missing", "f1")).isNull();
    }

    @Test
    void hgetallYieldsFieldsInServerOrderAndEmptyForMissingKey() {
        this.commands.hset("h", fields("b", "2", "a", "1"));

        assertThat(this.commands.hgetall("h")).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
        assertThat(this.commands.hgetall("missing")).isEmpty();
    }

    @Test
    void hdelCountsTheFieldsThatExistedAndRemovesThem() {
        this.commands.hset("h", fields("a", "1", "b", "2", "c", "3"));

        assertThat(this.commands.hdel("h", List.of("a", "c", "missing"))).isEqualTo(2);
        assertThat(this.commands.hgetall("h")).containsExactly(Map.entry("b", "2"));
        assertThat(this.commands.hdel("missing", List.of("a"))).isZero();
    }

    @Test
    void hexistsTellsWhetherAFieldExists() {
        this.commands.hset("h", "a", "1");

        assertThat(this.commands.hexists("h", "a")).isTrue();
        assertThat(this.commands.hexists("h", "b")).isFalse();
        assertThat(this.commands.hexists("missing", "a")).isFalse();
    }

    @Test
    void hincrbyAddsToAFieldStartingFromZero() {
        assertThat(this.commands.hincrby("h", "n", 5)).isEqualTo(5);
        assertThat(this.commands.hincrby("h", "n", -12)).isEqualTo(-7);
        assertThat(this.commands.hget("h", "n")).isEqualTo("-7");
    }

    @Test
    void hincrbyOnANonIntegerFieldFailsWithTheServersError() {
        this.commands.hset("h", "text", "abc");

        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.hincrby("h", "text", 1))
            .withMessageContaining("hash value is not an integer");
    }

    @Test
    void hincrbyfloatAddsFractionsAndYieldsTheNewValue() {
        assertThat(this.commands.hincrbyfloat("h", "x", 10.5)).isEqualTo(10.5);
        assertThat(this.commands.hincrbyfloat("h", "x", 0.25)).isEqualTo(10.75);
        assertThat(this.commands.hincrbyfloat("h", "x", -20)).isEqualTo(-9.25);
        assertThat(this.commands.hget("h", "x")).isEqualTo("-9.25");
    }

    @Test
    void hkeysHvalsAndHlenDescribeTheHash() {
        this.commands.hset("h", fields("a", "1", "b", "2", "c", "3"));

        assertThat(this.commands.hkeys("h")).containsExactly("a", "b", "c");
        assertThat(this.commands.hvals("h")).containsExactly("1", "2", "3");
        assertThat(this.commands.hlen("h")).isEqualTo(3);
        assertThat(this.commands.hkeys("missing")).isEmpty();
        assertThat(this.commands.hvals("missing")).isEmpty();
        assertThat(this.commands.hlen("missing")).isZero();
    }

    @Test
    void hmgetYieldsValuesInTheOrderAskedWithNullForMissingFields() {
        this.commands.hset("h", fields("a", "1", "b", "2"));

        assertThat(this.commands.hmget("h", List.of("b", "missing", "a"))).containsExactly("2", null, "1");
        assertThat(this.commands.hmget("missing", List.of("a"))).containsExactly((String) null);
    }

    @Test
    void hmsetStoresEveryFieldAndYieldsOk() {
        assertThat(this.commands.hmset("h", fields("a", "1", "b", "2"))).isEqualTo("OK");
        assertThat(this.commands.hgetall("h")).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void hsetnxSetsOnlyAMissingField() {
        assertThat(this.commands.hsetnx("h", "a", "first")).isTrue();
        assertThat(this.commands.hsetnx("h", "a", "second")).isFalse();
        assertThat(this.commands.hget("h", "a")).isEqualTo("first");
    }

    @Test
    void hstrlenCountsBytesOfTheValue() {
        this.commands.hset("h", "word", "h\u00e9");

        assertThat(this.commands.hstrlen("h", "word")).isEqualTo(3);
        assertThat(this.commands.hstrlen("h", "missing")).isZero();
    }

    @Test
    void hrandfieldPicksAFieldOfTheHashOrNullWhenMissing() {
        this.commands.hset("h", fields("a", "1", "b", "2", "c", "3"));

        assertThat(this.commands.hrandfield("h")).isIn("a", "b", "c");
        assertThat(this.commands.hrandfield("missing")).isNull();
    }

    @Test
    void hrandfieldWithPositiveCountPicksDistinctFieldsAndNegativeCountMayRepeat() {
        this.commands.hset("h", fields("a", "1", "b", "2", "c", "3"));

        assertThat(this.commands.hrandfieldCount("h", 2)).hasSize(2).doesNotHaveDuplicates().isSubsetOf("a", "b", "c");
        assertThat(this.commands.hrandfieldCount("h", 10)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(this.commands.hrandfieldCount("h", -10)).hasSize(10).isSubsetOf("a", "b", "c");
        assertThat(this.commands.hrandfieldCount("missing", 3)).isEmpty();
    }

    @Test
    void hrandfieldWithValuesPairsEachFieldWithItsValue() {
        Map<String, String> hash = fields("a", "1", "b", "2", "c", "3");
        this.commands.hset("h", hash);

        List<Map.Entry<String, String>> distinct = this.commands.hrandfieldWithValues("h", 10);
        List<Map.Entry<String, String>> repeated = this.commands.hrandfieldWithValues("h", -7);

        assertThat(distinct).containsExactlyInAnyOrderElementsOf(hash.entrySet());
        assertThat(repeated).hasSize(7).isSubsetOf(hash.entrySet());
    }

    @Test
    void hscanOfASmallHashYieldsEveryEntryInOnePage() {
        this.commands.hset("h", fields("a", "1", "b", "2"));

        ScanResult<Map.Entry<String, String>> page = this.commands.hscan("h", ScanResult.START);

        assertThat(page.isFinished()).isTrue();
        assertThat(page.items()).containsExactlyInAnyOrder(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void hscanMatchKeepsOnlyMatchingFields() {
        this.commands.hset("h", fields("user:1", "ann", "user:2", "bob", "group:1", "admins"));

        ScanResult<Map.Entry<String, String>> page = this.commands.hscan("h", ScanResult.START, "user:*", 0);

        assertThat(page.items()).containsExactlyInAnyOrder(Map.entry("user:1", "ann"), Map.entry("user:2", "bob"));
    }

    @Test
    void hscanCountHintSplitsALargeHashIntoPages() {
        this.commands.hset("h", numberedFields(LARGE));

        ScanResult<Map.Entry<String, String>> first = this.commands.hscan("h", ScanResult.START, null, 10);

        assertThat(first.isFinished()).isFalse();
        assertThat(first.items()).hasSizeLessThan(LARGE);
    }

    @Test
    void hscanAllWalksEveryPage() {
        Map<String, String> hash = numberedFields(LARGE);
        this.commands.hset("h", hash);

        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : this.commands.hscanAll("h", null, 10)) {
            seen.put(entry.getKey(), entry.getValue());
        }

        assertThat(seen).isEqualTo(hash);
    }

    @Test
    void hscanAllWithPatternYieldsOnlyMatchingFields() {
        this.commands.hset("h", numberedFields(LARGE));

        Set<String> fields = new HashSet<>();
        this.commands.hscanAll("h", "f1?", 50).forEach((entry) -> fields.add(entry.getKey()));

        assertThat(fields).hasSize(10).allMatch((field) -> field.matches("f1\\d"));
    }

    @Test
    void binaryFieldsAndValuesRoundTripThroughTheByteArrayCodec() {
        RedisCommands<byte[], byte[]> binary = this.client.commands(ByteArrayCodec.INSTANCE);
        byte[] key = { 'b', 0 };
        byte[] field = { (byte) 0xFF, '\r', '\n' };
        byte[] value = { 0, (byte) 0x80 };

        assertThat(binary.hsetnx(key, field, value)).isTrue();

        assertThat(binary.hget(key, field)).isEqualTo(value);
        assertThat(binary.hkeys(key)).singleElement().isEqualTo(field);
        List<byte[]> scanned = new ArrayList<>();
        binary.hscanAll(key, null, 0).forEach((entry) -> scanned.add(entry.getKey()));
        assertThat(scanned).singleElement().isEqualTo(field);
    }

    @Test
    void commandsWithOptionsCarryTheirWords() {
        assertThat(strings(this.builder.hrandfieldWithValues("h", -3))).containsExactly("HRANDFIELD", "h", "-3",
                "WITHVALUES");
        assertThat(strings(this.builder.hscan("h", "42", "f*", 5))).containsExactly("HSCAN", "h", "42", "MATCH", "f*",
                "COUNT", "5");
        assertThat(strings(this.builder.hscan("h", "0"))).containsExactly("HSCAN", "h", "0");
        assertThat(strings(this.builder.hincrbyfloat("h", "f", 1.5))).containsExactly("HINCRBYFLOAT", "h", "f", "1.5");
    }

    @Test
    void nullKeyFieldOrValueIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> this.builder.hexists(null, "f"))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.hstrlen("h", null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.hsetnx("h", "f", null))
            .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.hmget("h", Arrays.asList("a", null)))
            .withMessage("A key must not be null");
    }

    @Test
    void emptyFieldListsAreRejectedNamingTheCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.hmget("h", List.of()))
            .withMessage("HMGET needs at least one of 'fields' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.hmset("h", Map.of()))
            .withMessage("HMSET needs at least one of 'fields' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.hdel("h", List.of()))
            .withMessage("HDEL needs at least one of 'fields' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.hset("h", Map.of()))
            .withMessage("HSET needs at least one of 'fields' but got none");
    }

    @Test
    void badScanArgumentsAreRejectedNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.hscan("h", "0", null, -1))
            .withMessage("HSCAN 'count' must be at least 0 (0 for the server's default) but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.hscan("h", null))
            .withMessage("HSCAN 'cursor' must not be null; start with \"0\"");
    }

    @Test
    void hincrbyfloatRejectsNonFiniteIncrements() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.hincrbyfloat("h", "f", Double.NaN))
            .withMessage("HINCRBYFLOAT 'increment' must be a finite number but was NaN");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.hincrbyfloat("h", "f", Double.POSITIVE_INFINITY))
            .withMessage("HINCRBYFLOAT 'increment' must be a finite number but was Infinity");
    }

    private static Map<String, String> fields(String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> numberedFields(int count) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            fields.put("f" + i, "v" + i);
        }
        return fields;
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
