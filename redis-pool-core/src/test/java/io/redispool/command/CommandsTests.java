package io.redispool.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisProtocolException;
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

    private final Commands<String, String> commands = Commands.strings();

    // ---- exact arguments

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsAndTheirArguments")
    void commandCarriesExactArgumentBytes(String description, Supplier<Command<?>> command, List<String> expected) {
        assertThat(strings(command.get())).isEqualTo(expected);
    }

    static Stream<Arguments> commandsAndTheirArguments() {
        Commands<String, String> c = Commands.strings();
        Map<String, String> msetEntries = new LinkedHashMap<>();
        msetEntries.put("a", "1");
        msetEntries.put("b", "2");
        Map<String, String> hsetFields = new LinkedHashMap<>();
        hsetFields.put("f1", "v1");
        hsetFields.put("f2", "v2");
        return Stream.of(
                args("PING", c::ping, "PING"),
                args("ECHO", () -> c.echo("hi"), "ECHO", "hi"),
                args("GET", () -> c.get("k"), "GET", "k"),
                args("SET", () -> c.set("k", "v"), "SET", "k", "v"),
                args("SET EX", () -> c.set("k", "v", SetOptions.none().expireAfter(Duration.ofSeconds(10))),
                        "SET", "k", "v", "EX", "10"),
                args("SET whole seconds in millis", () -> c.set("k", "v",
                        SetOptions.none().expireAfter(Duration.ofMillis(10_000))), "SET", "k", "v", "EX", "10"),
                args("SET PX", () -> c.set("k", "v", SetOptions.none().expireAfter(Duration.ofMillis(1500))),
                        "SET", "k", "v", "PX", "1500"),
                args("SET PX 1ms", () -> c.set("k", "v", SetOptions.none().expireAfter(Duration.ofMillis(1))),
                        "SET", "k", "v", "PX", "1"),
                args("SET NX", () -> c.set("k", "v", SetOptions.none().ifAbsent()), "SET", "k", "v", "NX"),
                args("SET XX", () -> c.set("k", "v", SetOptions.none().ifPresent()), "SET", "k", "v", "XX"),
                args("SET EX NX",
                        () -> c.set("k", "v", SetOptions.none().ifAbsent().expireAfter(Duration.ofSeconds(5))),
                        "SET", "k", "v", "EX", "5", "NX"),
                args("SET PX XX",
                        () -> c.set("k", "v", SetOptions.none().expireAfter(Duration.ofMillis(250)).ifPresent()),
                        "SET", "k", "v", "PX", "250", "XX"),
                args("MGET", () -> c.mget(List.of("a", "b", "c")), "MGET", "a", "b", "c"),
                args("MSET", () -> c.mset(msetEntries), "MSET", "a", "1", "b", "2"),
                args("DEL", () -> c.del(List.of("a", "b")), "DEL", "a", "b"),
                args("EXISTS", () -> c.exists(List.of("a")), "EXISTS", "a"),
                args("EXPIRE", () -> c.expire("k", 60), "EXPIRE", "k", "60"),
                args("TTL", () -> c.ttl("k"), "TTL", "k"),
                args("INCR", () -> c.incr("n"), "INCR", "n"),
                args("INCRBY", () -> c.incrBy("n", -5), "INCRBY", "n", "-5"),
                args("DECR", () -> c.decr("n"), "DECR", "n"),
                args("HGET", () -> c.hget("h", "f"), "HGET", "h", "f"),
                args("HSET one field", () -> c.hset("h", "f", "v"), "HSET", "h", "f", "v"),
                args("HSET map", () -> c.hset("h", hsetFields), "HSET", "h", "f1", "v1", "f2", "v2"),
                args("HGETALL", () -> c.hgetall("h"), "HGETALL", "h"),
                args("HDEL", () -> c.hdel("h", List.of("f1", "f2")), "HDEL", "h", "f1", "f2"),
                args("LPUSH", () -> c.lpush("l", List.of("x", "y")), "LPUSH", "l", "x", "y"),
                args("RPUSH", () -> c.rpush("l", List.of("x")), "RPUSH", "l", "x"),
                args("LPOP", () -> c.lpop("l"), "LPOP", "l"),
                args("RPOP", () -> c.rpop("l"), "RPOP", "l"),
                args("LRANGE", () -> c.lrange("l", 0, -1), "LRANGE", "l", "0", "-1"),
                args("SADD", () -> c.sadd("s", List.of("m1", "m2")), "SADD", "s", "m1", "m2"),
                args("SMEMBERS", () -> c.smembers("s"), "SMEMBERS", "s"),
                args("SREM", () -> c.srem("s", List.of("m1")), "SREM", "s", "m1"),
                args("ZADD one", () -> c.zadd("z", 1.5, "m"), "ZADD", "z", "1.5", "m"),
                args("ZADD many", () -> c.zadd("z", List.of(new ScoredValue<>("a", 1.5), new ScoredValue<>("b", 2),
                        new ScoredValue<>("c", Double.POSITIVE_INFINITY),
                        new ScoredValue<>("d", Double.NEGATIVE_INFINITY), new ScoredValue<>("e", -0.25))),
                        "ZADD", "z", "1.5", "a", "2", "b", "+inf", "c", "-inf", "d", "-0.25", "e"),
                args("ZRANGE", () -> c.zrange("z", 0, 10), "ZRANGE", "z", "0", "10"),
                args("ZRANGE WITHSCORES", () -> c.zrangeWithScores("z", 0, -1), "ZRANGE", "z", "0", "-1", "WITHSCORES"),
                args("ZSCORE", () -> c.zscore("z", "m"), "ZSCORE", "z", "m"),
                args("INFO", c::info, "INFO"),
                args("INFO section", () -> c.info("server"), "INFO", "server"),
                args("DBSIZE", c::dbsize, "DBSIZE"),
                args("FLUSHDB", c::flushdb, "FLUSHDB"),
                args("SCAN", () -> c.scan("0"), "SCAN", "0"),
                args("SCAN MATCH COUNT", () -> c.scan("17", "user:*", 100), "SCAN", "17", "MATCH", "user:*", "COUNT",
                        "100"),
                args("SCAN MATCH", () -> c.scan("0", "a?c", 0), "SCAN", "0", "MATCH", "a?c"),
                args("SCAN COUNT", () -> c.scan("0", null, 5), "SCAN", "0", "COUNT", "5"));
    }

    private static Arguments args(String description, Supplier<Command<?>> command, String... expected) {
        return Arguments.of(description, command, List.of(expected));
    }

    @Test
    void commandArgumentsHaveNoTrailingEmptySlots() {
        Command<Boolean> set = this.commands.set("k", "v");

        assertThat(set.arguments().length).isEqualTo(3);
        assertThat(Arrays.asList(set.arguments())).doesNotContainNull();
    }

    @Test
    void commandEncodesKeysAndValuesInUtf8() {
        Command<Boolean> set = this.commands.set("schl\u00fcssel", "\u2603");

        assertThat(set.arguments()[1]).isEqualTo("schl\u00fcssel".getBytes(StandardCharsets.UTF_8));
        assertThat(set.arguments()[2]).isEqualTo(new byte[] { (byte) 0xE2, (byte) 0x98, (byte) 0x83 });
    }

    @Test
    void commandEncodesKeysWithTheCodecCharset() {
        Commands<String, String> latin1 = Commands.of(StringCodec.of(StandardCharsets.ISO_8859_1));

        assertThat(latin1.get("\u00fc").arguments()[1]).isEqualTo(new byte[] { (byte) 0xFC });
    }

    // ---- names and retry safety, from the command table

    @Test
    void readCommandsAreRetrySafe() {
        assertThat(this.commands.get("k").spec().isRetrySafe()).isTrue();
        assertThat(this.commands.mget(List.of("k")).spec().isRetrySafe()).isTrue();
        assertThat(this.commands.hgetall("h").spec().isRetrySafe()).isTrue();
        assertThat(this.commands.scan("0").spec().isRetrySafe()).isTrue();
        assertThat(this.commands.info().spec().isRetrySafe()).isTrue();
        assertThat(this.commands.zrangeWithScores("z", 0, -1).spec().isRetrySafe()).isTrue();
        assertThat(this.commands.ping().spec().isRetrySafe()).isTrue();
    }

    @Test
    void writeCommandsAreNotRetrySafe() {
        assertThat(this.commands.incr("n").spec().isRetrySafe()).isFalse();
        assertThat(this.commands.set("k", "v").spec().isRetrySafe()).isFalse();
        assertThat(this.commands.del(List.of("k")).spec().isRetrySafe()).isFalse();
        assertThat(this.commands.lpop("l").spec().isRetrySafe()).isFalse();
        assertThat(this.commands.flushdb().spec().isRetrySafe()).isFalse();
    }

    @Test
    void commandNameIsTheSpecsDisplayName() {
        assertThat(this.commands.get("k").name()).isEqualTo("GET");
        assertThat(this.commands.zrangeWithScores("z", 0, 1).name()).isEqualTo("ZRANGE");
        assertThat(this.commands.incrBy("n", 2).name()).isEqualTo("INCRBY");
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
        assertThat(this.commands.set("user:1", "hunter2")).hasToString("Command[SET, 2 argument(s)]");
        assertThat(this.commands.ping()).hasToString("Command[PING, 0 argument(s)]");
    }

    // ---- argument validation

    @Test
    void nullKeyIsRejectedWithClearMessage() {
        assertThatNullPointerException().isThrownBy(() -> this.commands.get(null))
                .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.set(null, "v"))
                .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.mget(Arrays.asList("a", null)))
                .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.hgetall(null))
                .withMessage("A key must not be null");
    }

    @Test
    void nullValueIsRejectedWithClearMessage() {
        assertThatNullPointerException().isThrownBy(() -> this.commands.set("k", null))
                .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.lpush("l", Arrays.asList("x", null)))
                .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.zadd("z", 1, null))
                .withMessage("A value must not be null");
    }

    @Test
    void nullHashFieldIsRejectedWithClearMessage() {
        assertThatNullPointerException().isThrownBy(() -> this.commands.hset("h", null, "v"))
                .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.commands.hset("h", "f", null))
                .withMessage("A value must not be null");
    }

    @Test
    void emptyKeyOrElementListIsRejectedNamingTheCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.mget(List.of()))
                .withMessage("MGET needs at least one key or element but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.del(List.of()))
                .withMessage("DEL needs at least one key or element but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.exists(List.of()))
                .withMessage("EXISTS needs at least one key or element but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.lpush("l", List.of()))
                .withMessage("LPUSH needs at least one key or element but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.rpush("l", List.of()))
                .withMessage("RPUSH needs at least one key or element but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.sadd("s", List.of()))
                .withMessage("SADD needs at least one key or element but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.srem("s", List.of()))
                .withMessage("SREM needs at least one key or element but got none");
    }

    @Test
    void emptyMapOrListIsRejectedForMsetHsetHdelAndZadd() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.mset(Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.hset("h", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.hdel("h", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.zadd("z", Collections.emptyList()));
    }

    @Test
    void zaddRejectsNanScore() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.commands.zadd("z", Double.NaN, "m"))
                .withMessage("A number sent to Redis must not be NaN");
    }

    @Test
    void zaddWritesWholeScoresWithoutFractionAndOthersExactly() {
        assertThat(strings(this.commands.zadd("z", -3.0, "m")).get(2)).isEqualTo("-3");
        assertThat(strings(this.commands.zadd("z", 0.1, "m")).get(2)).isEqualTo("0.1");
        assertThat(Double.parseDouble(strings(this.commands.zadd("z", 1e20, "m")).get(2))).isEqualTo(1e20);
        assertThat(Double.parseDouble(strings(this.commands.zadd("z", Double.MIN_VALUE, "m")).get(2)))
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
                .isThrownBy(() -> SetOptions.none().expireAfter(Duration.ofSeconds(1))
                        .expireAfter(Duration.ofSeconds(2)))
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

        assertThat(strings(this.commands.set("k", "v", none))).containsExactly("SET", "k", "v");
        assertThat(conditional.isConditional()).isTrue();
        assertThat(none.isConditional()).isFalse();
    }

    // ---- decoders attached to commands

    @Test
    void getDecodesBulkAsStringAndNullAsNull() {
        Command<String> get = this.commands.get("k");

        assertThat(get.decoder().decode(bulk("v\u00e9"))).isEqualTo("v\u00e9");
        assertThat(get.decoder().decode(NullReply.NULL_BULK)).isNull();
    }

    @Test
    void setDecodesOkAsTrueAndNullAsFalse() {
        Command<Boolean> set = this.commands.set("k", "v", SetOptions.none().ifAbsent());

        assertThat(set.decoder().decode(SimpleString.OK)).isTrue();
        assertThat(set.decoder().decode(NullReply.NULL_BULK)).isFalse();
    }

    @Test
    void hgetallDecodesPairsInServerOrder() {
        Map<String, String> map = this.commands.hgetall("h").decoder()
                .decode(array(bulk("b"), bulk("2"), bulk("a"), bulk("1")));

        assertThat(map).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
    }

    @Test
    void zrangeWithScoresDecodesMembersWithScores() {
        List<ScoredValue<String>> scored = this.commands.zrangeWithScores("z", 0, -1).decoder()
                .decode(array(bulk("a"), bulk("1.5"), bulk("b"), bulk("inf")));

        assertThat(scored).containsExactly(new ScoredValue<>("a", 1.5),
                new ScoredValue<>("b", Double.POSITIVE_INFINITY));
    }

    @Test
    void zrangeWithScoresRejectsOddElementCount() {
        assertThatExceptionOfType(RedisProtocolException.class)
                .isThrownBy(() -> this.commands.zrangeWithScores("z", 0, -1).decoder().decode(array(bulk("a"))))
                .withMessageStartingWith("Expected member and score pairs but got ");
    }

    @Test
    void scanDecodesCursorAndKeys() {
        ScanResult<String> page = this.commands.scan("0").decoder()
                .decode(array(bulk("17"), array(bulk("k1"), bulk("k2"))));

        assertThat(page.cursor()).isEqualTo("17");
        assertThat(page.keys()).containsExactly("k1", "k2");
        assertThat(page.isFinished()).isFalse();
    }

    @Test
    void scanDecodesFinalPageAsFinished() {
        ScanResult<String> page = this.commands.scan("17").decoder().decode(array(bulk("0"), array()));

        assertThat(page.isFinished()).isTrue();
        assertThat(page.keys()).isEmpty();
    }

    @Test
    void scanRejectsPageOfWrongShape() {
        assertThatExceptionOfType(RedisProtocolException.class)
                .isThrownBy(() -> this.commands.scan("0").decoder().decode(array(bulk("0"))))
                .withMessageStartingWith("Expected a two-element SCAN page but got ");
        assertThatExceptionOfType(RedisProtocolException.class)
                .isThrownBy(() -> this.commands.scan("0").decoder().decode(new IntegerReply(0)));
    }

    @Test
    void infoDecodesBulkAsText() {
        assertThat(this.commands.info("server").decoder().decode(bulk("# Server\r\nredis_version:7.2.4\r\n")))
                .isEqualTo("# Server\r\nredis_version:7.2.4\r\n");
    }

    // ---- codecs

    @Test
    void byteArrayCodecPassesBinaryKeysAndValuesThroughUnchanged() {
        Commands<byte[], byte[]> binary = Commands.of(ByteArrayCodec.INSTANCE);
        byte[] key = { 0, '\r', '\n', (byte) 0xFF, (byte) 0xC3, '*' };
        byte[] value = { '$', '-', '1', '\r', '\n', 0 };

        Command<Boolean> set = binary.set(key, value);

        assertThat(set.arguments()[1]).isEqualTo(new byte[] { 0, '\r', '\n', (byte) 0xFF, (byte) 0xC3, '*' });
        assertThat(set.arguments()[2]).isEqualTo(new byte[] { '$', '-', '1', '\r', '\n', 0 });
        assertThat(binary.mget(List.of(key, value)).arguments())
                .isEqualTo(new byte[][] { "MGET".getBytes(StandardCharsets.US_ASCII), key, value });
    }

    @Test
    void byteArrayCodecDecodesBulkToTheSameBytes() {
        Commands<byte[], byte[]> binary = Commands.of(ByteArrayCodec.INSTANCE);
        byte[] raw = { (byte) 0xFF, 0, (byte) 0x80 };

        assertThat(binary.get(raw).decoder().decode(new BulkString(raw))).isEqualTo(raw);
        assertThat(binary.codec()).isSameAs(ByteArrayCodec.INSTANCE);
    }

    @Test
    void stringsUseSharedUtf8Codec() {
        assertThat(Commands.strings().codec()).isSameAs(StringCodec.UTF_8);
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
