package io.redispool.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisProtocolException;
import io.redispool.command.Command;
import io.redispool.command.CommandTable;
import io.redispool.command.ScanResult;
import io.redispool.command.ScoredValue;
import io.redispool.commands.string.SetOptions;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.codec.StringCodec;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.SimpleString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandsTests {

    private final Commands<String, String> commands = Commands.utf8();

    // ---- exact arguments

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsAndTheirArguments")
    void commandCarriesExactArgumentBytes(String description, Supplier<Command<?>> command, List<String> expected) {
        assertThat(strings(command.get())).isEqualTo(expected);
    }

    static Stream<Arguments> commandsAndTheirArguments() {
        Commands<String, String> c = Commands.utf8();
        Map<String, String> msetEntries = new LinkedHashMap<>();
        msetEntries.put("a", "1");
        msetEntries.put("b", "2");
        Map<String, String> hsetFields = new LinkedHashMap<>();
        hsetFields.put("f1", "v1");
        hsetFields.put("f2", "v2");
        return Stream.of(args("PING", () -> c.server().ping(), "PING"),
                args("ECHO", () -> c.server().echo("hi"), "ECHO", "hi"),
                args("GET", () -> c.strings().get("k"), "GET", "k"),
                args("SET", () -> c.strings().set("k", "v"), "SET", "k", "v"),
                args("SET EX", () -> c.strings().set("k", "v", SetOptions.none().expireAfter(Duration.ofSeconds(10))),
                        "SET", "k", "v", "EX", "10"),
                args("SET whole seconds in millis",
                        () -> c.strings().set("k", "v", SetOptions.none().expireAfter(Duration.ofMillis(10_000))),
                        "SET", "k", "v", "EX", "10"),
                args("SET PX", () -> c.strings().set("k", "v", SetOptions.none().expireAfter(Duration.ofMillis(1500))),
                        "SET", "k", "v", "PX", "1500"),
                args("SET PX 1ms", () -> c.strings().set("k", "v", SetOptions.none().expireAfter(Duration.ofMillis(1))),
                        "SET", "k", "v", "PX", "1"),
                args("SET NX", () -> c.strings().set("k", "v", SetOptions.none().ifAbsent()), "SET", "k", "v", "NX"),
                args("SET XX", () -> c.strings().set("k", "v", SetOptions.none().ifPresent()), "SET", "k", "v", "XX"),
                args("SET EX NX",
                        () -> c.strings()
                            .set("k", "v", SetOptions.none().ifAbsent().expireAfter(Duration.ofSeconds(5))),
                        "SET", "k", "v", "EX", "5", "NX"),
                args("SET PX XX",
                        () -> c.strings()
                            .set("k", "v", SetOptions.none().expireAfter(Duration.ofMillis(250)).ifPresent()),
                        "SET", "k", "v", "PX", "250", "XX"),
                args("MGET", () -> c.strings().mget(List.of("a", "b", "c")), "MGET", "a", "b", "c"),
                args("MSET", () -> c.strings().mset(msetEntries), "MSET", "a", "1", "b", "2"),
                args("DEL", () -> c.keys().del(List.of("a", "b")), "DEL", "a", "b"),
                args("EXISTS", () -> c.keys().exists(List.of("a")), "EXISTS", "a"),
                args("EXPIRE", () -> c.expiries().expire("k", Duration.ofSeconds(60)), "EXPIRE", "k", "60"),
                args("TTL", () -> c.expiries().ttl("k"), "TTL", "k"),
                args("INCR", () -> c.strings().incr("n"), "INCR", "n"),
                args("INCRBY", () -> c.strings().incrby("n", -5), "INCRBY", "n", "-5"),
                args("DECR", () -> c.strings().decr("n"), "DECR", "n"),
                args("HGET", () -> c.hashes().hget("h", "f"), "HGET", "h", "f"),
                args("HSET one field", () -> c.hashes().hset("h", "f", "v"), "HSET", "h", "f", "v"),
                args("HSET map", () -> c.hashes().hset("h", hsetFields), "HSET", "h", "f1", "v1", "f2", "v2"),
                args("HGETALL", () -> c.hashes().hgetall("h"), "HGETALL", "h"),
                args("HDEL", () -> c.hashes().hdel("h", List.of("f1", "f2")), "HDEL", "h", "f1", "f2"),
                args("LPUSH", () -> c.lists().lpush("l", List.of("x", "y")), "LPUSH", "l", "x", "y"),
                args("RPUSH", () -> c.lists().rpush("l", List.of("x")), "RPUSH", "l", "x"),
                args("LPOP", () -> c.lists().lpop("l"), "LPOP", "l"),
                args("RPOP", () -> c.lists().rpop("l"), "RPOP", "l"),
                args("LRANGE", () -> c.lists().lrange("l", 0, -1), "LRANGE", "l", "0", "-1"),
                args("SADD", () -> c.sets().sadd("s", List.of("m1", "m2")), "SADD", "s", "m1", "m2"),
                args("SMEMBERS", () -> c.sets().smembers("s"), "SMEMBERS", "s"),
                args("SREM", () -> c.sets().srem("s", List.of("m1")), "SREM", "s", "m1"),
                args("ZADD one", () -> c.sortedSets().zadd("z", 1.5, "m"), "ZADD", "z", "1.5", "m"),
                args("ZADD many",
                        () -> c.sortedSets()
                            .zadd("z", List.of(new ScoredValue<>("a", 1.5), new ScoredValue<>("b", 2),
                                    new ScoredValue<>("c", Double.POSITIVE_INFINITY),
                                    new ScoredValue<>("d", Double.NEGATIVE_INFINITY), new ScoredValue<>("e", -0.25))),
                        "ZADD", "z", "1.5", "a", "2", "b", "+inf", "c", "-inf", "d", "-0.25", "e"),
                args("ZRANGE", () -> c.sortedSets().zrange("z", 0, 10), "ZRANGE", "z", "0", "10"),
                args("ZRANGE WITHSCORES", () -> c.sortedSets().zrangeWithScores("z", 0, -1), "ZRANGE", "z", "0", "-1",
                        "WITHSCORES"),
                args("ZSCORE", () -> c.sortedSets().zscore("z", "m"), "ZSCORE", "z", "m"),
                args("INFO", () -> c.server().info(), "INFO"),
                args("INFO section", () -> c.server().info("server"), "INFO", "server"),
                args("DBSIZE", () -> c.server().dbsize(), "DBSIZE"),
                args("FLUSHDB", () -> c.server().flushdb(), "FLUSHDB"),
                args("SCAN", () -> c.keys().scan("0"), "SCAN", "0"),
                args("SCAN MATCH COUNT", () -> c.keys().scan("17", "user:*", 100), "SCAN", "17", "MATCH", "user:*",
                        "COUNT", "100"),
                args("SCAN MATCH", () -> c.keys().scan("0", "a?c", 0), "SCAN", "0", "MATCH", "a?c"),
                args("SCAN COUNT", () -> c.keys().scan("0", null, 5), "SCAN", "0", "COUNT", "5"));
    }

    private static Arguments args(String description, Supplier<Command<?>> command, String... expected) {
        return Arguments.of(description, command, List.of(expected));
    }

    @Test
    void commandArgumentsHaveNoTrailingEmptySlots() {
        Command<Boolean> set = this.commands.strings().set("k", "v");

        assertThat(set.arguments().length).isEqualTo(3);
        assertThat(Arrays.asList(set.arguments())).doesNotContainNull();
    }

    @Test
    void commandEncodesKeysAndValuesInUtf8() {
        Command<Boolean> set = this.commands.strings().set("schl\u00fcssel", "\u2603");

        assertThat(set.arguments()[1]).isEqualTo("schl\u00fcssel".getBytes(StandardCharsets.UTF_8));
        assertThat(set.arguments()[2]).isEqualTo(new byte[] { (byte) 0xE2, (byte) 0x98, (byte) 0x83 });
    }

    @Test
    void commandEncodesKeysWithTheCodecCharset() {
        Commands<String, String> latin1 = Commands.of(StringCodec.of(StandardCharsets.ISO_8859_1));

        assertThat(latin1.strings().get("\u00fc").arguments()[1]).isEqualTo(new byte[] { (byte) 0xFC });
    }

    // ---- names and retry safety, from the command table

    @Test
    void readCommandsAreRetrySafe() {
        assertThat(this.commands.strings().get("k").spec().isRetrySafe()).isTrue();
        assertThat(this.commands.strings().mget(List.of("k")).spec().isRetrySafe()).isTrue();
        assertThat(this.commands.hashes().hgetall("h").spec().isRetrySafe()).isTrue();
        assertThat(this.commands.keys().scan("0").spec().isRetrySafe()).isTrue();
        assertThat(this.commands.server().info().spec().isRetrySafe()).isTrue();
        assertThat(this.commands.sortedSets().zrangeWithScores("z", 0, -1).spec().isRetrySafe()).isTrue();
        assertThat(this.commands.server().ping().spec().isRetrySafe()).isTrue();
    }

    @Test
    void writeCommandsAreNotRetrySafe() {
        assertThat(this.commands.strings().incr("n").spec().isRetrySafe()).isFalse();
        assertThat(this.commands.strings().set("k", "v").spec().isRetrySafe()).isFalse();
        assertThat(this.commands.keys().del(List.of("k")).spec().isRetrySafe()).isFalse();
        assertThat(this.commands.lists().lpop("l").spec().isRetrySafe()).isFalse();
        assertThat(this.commands.server().flushdb().spec().isRetrySafe()).isFalse();
    }

    @Test
    void commandNameIsTheSpecsDisplayName() {
        assertThat(this.commands.strings().get("k").name()).isEqualTo("GET");
        assertThat(this.commands.sortedSets().zrangeWithScores("z", 0, 1).name()).isEqualTo("ZRANGE");
        assertThat(this.commands.strings().incrby("n", 2).name()).isEqualTo("INCRBY");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsAndTheirArguments")
    void commandSpecIsTheSpecOfItsFirstArgument(String description, Supplier<Command<?>> command) {
        Command<?> built = command.get();

        assertThat(built.spec()).isSameAs(CommandTable.get().resolve(built.arguments()));
        assertThat(built.name()).isEqualTo(new String(built.arguments()[0], StandardCharsets.US_ASCII));
    }

    @Test
    void commandToStringShowsNameAndCountButNoArguments() {
        assertThat(this.commands.strings().set("user:1", "hunter2")).hasToString("Command[SET, 2 argument(s)]");
        assertThat(this.commands.server().ping()).hasToString("Command[PING, 0 argument(s)]");
    }

    // ---- argument validation

    @Test
    void nullKeyIsRejectedWithClearMessage() {
        assertThatNullPointerException().isThrownBy(() -> this.commands.strings().get(null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.strings().set(null, "v"))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.strings().mget(Arrays.asList("a", null)))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.hashes().hgetall(null))
            .withMessage("A key must not be null");
    }

    @Test
    void nullValueIsRejectedWithClearMessage() {
        assertThatNullPointerException().isThrownBy(() -> this.commands.strings().set("k", null))
            .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.lists().lpush("l", Arrays.asList("x", null)))
            .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.sortedSets().zadd("z", 1, null))
            .withMessage("A value must not be null");
    }

    @Test
    void nullHashFieldIsRejectedWithClearMessage() {
        assertThatNullPointerException().isThrownBy(() -> this.commands.hashes().hset("h", null, "v"))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.hashes().hset("h", "f", null))
            .withMessage("A value must not be null");
    }

    @Test
    void emptyKeyOrElementListIsRejectedNamingTheCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.strings().mget(List.of()))
            .withMessage("MGET needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.keys().del(List.of()))
            .withMessage("DEL needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.keys().exists(List.of()))
            .withMessage("EXISTS needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.lists().lpush("l", List.of()))
            .withMessage("LPUSH needs at least one of 'values' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.lists().rpush("l", List.of()))
            .withMessage("RPUSH needs at least one of 'values' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.sets().sadd("s", List.of()))
            .withMessage("SADD needs at least one of 'values' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.sets().srem("s", List.of()))
            .withMessage("SREM needs at least one of 'values' but got none");
    }

    @Test
    void emptyMapOrListIsRejectedForMsetHsetHdelAndZadd() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.strings().mset(Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.hashes().hset("h", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.hashes().hdel("h", List.of()));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.commands.sortedSets().zadd("z", Collections.emptyList()));
    }

    @Test
    void zaddRejectsNanScore() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.sortedSets().zadd("z", Double.NaN, "m"))
            .withMessage("A number sent to Redis must not be NaN");
    }

    @Test
    void zaddWritesWholeScoresWithoutFractionAndOthersExactly() {
        assertThat(strings(this.commands.sortedSets().zadd("z", -3.0, "m")).get(2)).isEqualTo("-3");
        assertThat(strings(this.commands.sortedSets().zadd("z", 0.1, "m")).get(2)).isEqualTo("0.1");
        assertThat(Double.parseDouble(strings(this.commands.sortedSets().zadd("z", 1e20, "m")).get(2))).isEqualTo(1e20);
        assertThat(Double.parseDouble(strings(this.commands.sortedSets().zadd("z", Double.MIN_VALUE, "m")).get(2)))
            .isEqualTo(Double.MIN_VALUE);
    }

    // ---- SET options

    @Test
    void setOptionsRejectSecondCondition() {
        assertThatIllegalStateException().isThrownBy(() -> SetOptions.none().ifAbsent().ifPresent())
            .withMessage("A condition is already set (NX)");
        assertThatIllegalStateException().isThrownBy(() -> SetOptions.none().ifPresent().ifAbsent())
            .withMessage("A condition is already set (XX)");
    }

    @Test
    void setOptionsRejectSecondExpiry() {
        assertThatIllegalStateException()
            .isThrownBy(() -> SetOptions.none().expireAfter(Duration.ofSeconds(1)).expireAfter(Duration.ofSeconds(2)))
            .withMessage("An expiry is already set (PT1S)");
    }

    @Test
    void setOptionsRejectExpiryBelowOneMillisecond() {
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.none().expireAfter(Duration.ZERO))
            .withMessage("'timeout' must be at least 1ms but was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.none().expireAfter(Duration.ofNanos(999_999)))
            .withMessageStartingWith("'timeout' must be at least 1ms");
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.none().expireAfter(Duration.ofSeconds(-1)))
            .withMessageStartingWith("'timeout' must be at least 1ms");
    }

    @Test
    void setOptionsAreImmutable() {
        SetOptions none = SetOptions.none();
        SetOptions conditional = none.ifAbsent();

        assertThat(strings(this.commands.strings().set("k", "v", none))).containsExactly("SET", "k", "v");
        assertThat(strings(this.commands.strings().set("k", "v", conditional))).containsExactly("SET", "k", "v", "NX");
    }

    // ---- decoders attached to commands

    @Test
    void getDecodesBulkAsStringAndNullAsNull() {
        Command<String> get = this.commands.strings().get("k");

        assertThat(get.decoder().decode(bulk("v\u00e9"))).isEqualTo("v\u00e9");
        assertThat(get.decoder().decode(NullReply.NULL_BULK)).isNull();
    }

    @Test
    void setDecodesOkAsTrueAndNullAsFalse() {
        Command<Boolean> set = this.commands.strings().set("k", "v", SetOptions.none().ifAbsent());

        assertThat(set.decoder().decode(SimpleString.OK)).isTrue();
        assertThat(set.decoder().decode(NullReply.NULL_BULK)).isFalse();
    }

    @Test
    void hgetallDecodesPairsInServerOrder() {
        Map<String, String> map = this.commands.hashes()
            .hgetall("h")
            .decoder()
            .decode(array(bulk("b"), bulk("2"), bulk("a"), bulk("1")));

        assertThat(map).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
    }

    @Test
    void zrangeWithScoresDecodesMembersWithScores() {
        List<ScoredValue<String>> scored = this.commands.sortedSets()
            .zrangeWithScores("z", 0, -1)
            .decoder()
            .decode(array(bulk("a"), bulk("1.5"), bulk("b"), bulk("inf")));

        assertThat(scored).containsExactly(new ScoredValue<>("a", 1.5),
                new ScoredValue<>("b", Double.POSITIVE_INFINITY));
    }

    @Test
    void zrangeWithScoresRejectsOddElementCount() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(
                    () -> this.commands.sortedSets().zrangeWithScores("z", 0, -1).decoder().decode(array(bulk("a"))))
            .withMessageStartingWith("Expected member and score pairs but got ");
    }

    @Test
    void scanDecodesCursorAndKeys() {
        ScanResult<String> page = this.commands.keys()
            .scan("0")
            .decoder()
            .decode(array(bulk("17"), array(bulk("k1"), bulk("k2"))));

        assertThat(page.cursor()).isEqualTo("17");
        assertThat(page.items()).containsExactly("k1", "k2");
        assertThat(page.isFinished()).isFalse();
    }

    @Test
    void scanDecodesFinalPageAsFinished() {
        ScanResult<String> page = this.commands.keys().scan("17").decoder().decode(array(bulk("0"), array()));

        assertThat(page.isFinished()).isTrue();
        assertThat(page.items()).isEmpty();
    }

    @Test
    void scanRejectsPageOfWrongShape() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> this.commands.keys().scan("0").decoder().decode(array(bulk("0"))))
            .withMessageStartingWith("Expected a two-element SCAN page but got ");
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> this.commands.keys().scan("0").decoder().decode(new IntegerReply(0)));
    }

    @Test
    void infoDecodesBulkAsText() {
        assertThat(this.commands.server().info("server").decoder().decode(bulk("# Server\r\nredis_version:7.2.4\r\n")))
            .isEqualTo("# Server\r\nredis_version:7.2.4\r\n");
    }

    // ---- codecs

    @Test
    void byteArrayCodecPassesBinaryKeysAndValuesThroughUnchanged() {
        Commands<byte[], byte[]> binary = Commands.of(ByteArrayCodec.INSTANCE);
        byte[] key = { 0, '\r', '\n', (byte) 0xFF, (byte) 0xC3, '*' };
        byte[] value = { '$', '-', '1', '\r', '\n', 0 };

        Command<Boolean> set = binary.strings().set(key, value);

        assertThat(set.arguments()[1]).isEqualTo(new byte[] { 0, '\r', '\n', (byte) 0xFF, (byte) 0xC3, '*' });
        assertThat(set.arguments()[2]).isEqualTo(new byte[] { '$', '-', '1', '\r', '\n', 0 });
        assertThat(binary.strings().mget(List.of(key, value)).arguments())
            .isEqualTo(new byte[][] { "MGET".getBytes(StandardCharsets.US_ASCII), key, value });
    }

    @Test
    void byteArrayCodecDecodesBulkToTheSameBytes() {
        Commands<byte[], byte[]> binary = Commands.of(ByteArrayCodec.INSTANCE);
        byte[] raw = { (byte) 0xFF, 0, (byte) 0x80 };

        assertThat(binary.strings().get(raw).decoder().decode(new BulkString(raw))).isEqualTo(raw);
        assertThat(binary.codec().codec()).isSameAs(ByteArrayCodec.INSTANCE);
    }

    @Test
    void stringsUseSharedUtf8Codec() {
        assertThat(Commands.utf8().codec().codec()).isSameAs(StringCodec.UTF_8);
    }

    @Test
    void ofRejectsNullCodec() {
        assertThatNullPointerException().isThrownBy(() -> Commands.of(null)).withMessage("codec");
    }

    private static List<String> strings(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    private static BulkString bulk(String text) {
        return new BulkString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ArrayReply array(RespReply... elements) {
        return new ArrayReply(List.of(elements));
    }

}
