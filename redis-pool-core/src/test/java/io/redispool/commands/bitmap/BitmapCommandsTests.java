package io.redispool.commands.bitmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every bitmap command against a real server, and the argument checks that need none.
 */
class BitmapCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final BitFieldType U8 = BitFieldType.unsigned(8);

    private static final BitFieldType I8 = BitFieldType.signed(8);

    private final Commands<String, String> builders = Commands.utf8();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    private RedisCommands<byte[], byte[]> binary;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.binary = this.client.commands(ByteArrayCodec.INSTANCE);
        this.client.execute("FLUSHALL");
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void setbitYieldsThePreviousBitAndGetbitReadsIt() {
        assertThat(this.commands.setbit("b", 7, true)).isFalse();
        assertThat(this.commands.setbit("b", 7, true)).isTrue();
        assertThat(this.commands.setbit("b", 0, true)).isFalse();

        assertThat(this.binary.get(key("b"))).containsExactly(0x81);
        assertThat(this.commands.getbit("b", 7)).isTrue();
        assertThat(this.commands.getbit("b", 6)).isFalse();
        assertThat(this.commands.getbit("b", 1000)).isFalse();
        assertThat(this.commands.setbit("b", 7, false)).isTrue();
        assertThat(this.binary.get(key("b"))).containsExactly(0x80);
    }

    @Test
    void bitcountCountsSetBitsInTheWholeValueOrInARange() {
        this.commands.set("k", "foobar");

        assertThat(this.commands.bitcount("k")).isEqualTo(26);
        assertThat(this.commands.bitcount("k", BitRange.bytes(1, 1))).isEqualTo(6);
        assertThat(this.commands.bitcount("k", BitRange.bytes(-2, -1))).isEqualTo(7);
        assertThat(this.commands.bitcount("k", BitRange.bits(5, 30))).isEqualTo(17);
        assertThat(this.commands.bitcount("missing")).isZero();
    }

    @Test
    void bitposFindsTheFirstSetOrClearBit() {
        this.binary.set(key("k"), new byte[] { (byte) 0xFF, (byte) 0xF0, 0 });
        this.binary.set(key("z"), new byte[] { 0, (byte) 0xFF, (byte) 0xF0 });

        assertThat(this.commands.bitpos("k", false)).isEqualTo(12);
        assertThat(this.commands.bitpos("z", true)).isEqualTo(8);
        assertThat(this.commands.bitpos("z", true, 2)).isEqualTo(16);
        assertThat(this.commands.bitpos("z", true, BitRange.bytes(2, -1))).isEqualTo(16);
        assertThat(this.commands.bitpos("z", true, BitRange.bits(7, 15))).isEqualTo(8);
        assertThat(this.commands.bitpos("z", true, BitRange.bits(0, 7))).isEqualTo(-1);
    }

    @Test
    void bitposForAClearBitLooksPastTheEndOnlyWithoutAnEnd() {
        this.binary.set(key("full"), new byte[] { (byte) 0xFF, (byte) 0xFF });

        assertThat(this.commands.bitpos("full", false)).isEqualTo(16);
        assertThat(this.commands.bitpos("full", false, 1)).isEqualTo(16);
        assertThat(this.commands.bitpos("full", false, BitRange.bytes(1, -1))).isEqualTo(-1);
    }

    @Test
    void bitopCombinesKeysIntoTheDestination() {
        byte[] a = { (byte) 0b1100_1010, 0x0F };
        byte[] b = { (byte) 0b1010_0110 };
        this.binary.set(key("a"), a);
        this.binary.set(key("b"), b);

        assertThat(this.commands.bitop(BitOperation.AND, "and", List.of("a", "b"))).isEqualTo(2);
        assertThat(this.commands.bitop(BitOperation.OR, "or", List.of("a", "b"))).isEqualTo(2);
        assertThat(this.commands.bitop(BitOperation.XOR, "xor", List.of("a", "b"))).isEqualTo(2);
        assertThat(this.commands.bitop(BitOperation.NOT, "not", List.of("b"))).isEqualTo(1);

        assertThat(this.binary.get(key("and"))).containsExactly(0b1000_0010, 0);
        assertThat(this.binary.get(key("or"))).containsExactly(0b1110_1110, 0x0F);
        assertThat(this.binary.get(key("xor"))).containsExactly(0b0110_1100, 0x0F);
        assertThat(this.binary.get(key("not"))).containsExactly(0b0101_1001);
    }

    @Test
    void bitfieldSetsGetsAndIncrementsTypedIntegers() {
        List<Long> replies = this.commands.bitfield("f",
                BitFieldOperations.create()
                    .set(U8, 0, 200)
                    .set(I8, 8, -5)
                    .get(U8, 0)
                    .get(I8, 8)
                    .incrby(I8, 8, 7)
                    .get(BitFieldType.unsigned(4), 0));

        assertThat(replies).containsExactly(0L, 0L, 200L, -5L, 2L, 12L);
        assertThat(this.binary.get(key("f"))).containsExactly(200, 2);
    }

    @Test
    void bitfieldOverflowDecidesWhatAWriteThatDoesNotFitDoes() {
        this.commands.bitfield("f", BitFieldOperations.create().set(U8, 0, 250).set(U8, 8, 250).set(U8, 16, 250));

        List<Long> replies = this.commands.bitfield("f",
                BitFieldOperations.create()
                    .incrby(U8, 0, 10)
                    .overflow(BitFieldOverflow.SAT)
                    .incrby(U8, 8, 10)
                    .overflow(BitFieldOverflow.FAIL)
                    .incrby(U8, 16, 10)
                    .overflow(BitFieldOverflow.WRAP)
                    .set(U8, 24, 257));

        assertThat(replies).containsExactly(4L, 255L, null, 0L);
        assertThat(this.binary.get(key("f"))).containsExactly(4, 255, 250, 1);
    }

    @Test
    void bitfieldRoReadsWithGetOnly() {
        this.binary.set(key("f"), new byte[] { 7, (byte) 0xFF });

        assertThat(this.commands.bitfieldRo("f", BitFieldOperations.create().get(U8, 0).get(I8, 8))).containsExactly(7L,
                -1L);
        assertThat(this.builders.bitmaps().bitfieldRo("f", BitFieldOperations.create().get(U8, 0)).spec().flags())
            .contains("readonly");
    }

    @Test
    void operationsAreWrittenAsTheServerReadsThem() {
        Command<?> bitfield = this.builders.bitmaps()
            .bitfield("f",
                    BitFieldOperations.create()
                        .get(BitFieldType.signed(64), 3)
                        .overflow(BitFieldOverflow.SAT)
                        .incrby(BitFieldType.unsigned(63), 0, -2));

        assertThat(strings(bitfield)).containsExactly("BITFIELD", "f", "GET", "i64", "3", "OVERFLOW", "SAT", "INCRBY",
                "u63", "0", "-2");
        assertThat(strings(this.builders.bitmaps().bitcount("k", BitRange.bytes(0, -1)))).containsExactly("BITCOUNT",
                "k", "0", "-1");
        assertThat(strings(this.builders.bitmaps().bitpos("k", false, BitRange.bits(1, 9)))).containsExactly("BITPOS",
                "k", "0", "1", "9", "BIT");
        assertThat(strings(this.builders.bitmaps().bitop(BitOperation.XOR, "d", List.of("a", "b"))))
            .containsExactly("BITOP", "XOR", "d", "a", "b");
    }

    // ---- argument validation, no server needed

    @Test
    void bitfieldTypesOutsideTheServersWidthsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.signed(65))
            .withMessage("'bits' of a signed type must be between 1 and 64 but was 65");
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.unsigned(64))
            .withMessage("'bits' of an unsigned type must be between 1 and 63 but was 64");
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.signed(0))
            .withMessage("'bits' of a signed type must be between 1 and 64 but was 0");
        assertThat(BitFieldType.unsigned(63)).hasToString("u63");
    }

    @Test
    void bitfieldRejectsNoOperationsANegativeOffsetAndWritesOnTheReadOnlyForm() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.bitmaps().bitfield("f", BitFieldOperations.create()))
            .withMessage("BITFIELD needs at least one of 'operations' but got none");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.bitmaps()
                .bitfieldRo("f", BitFieldOperations.create().overflow(BitFieldOverflow.FAIL)))
            .withMessage("BITFIELD_RO needs at least one of 'operations' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldOperations.create().get(U8, -1))
            .withMessage("'offset' must be at least 0 but was -1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.bitmaps()
                .bitfieldRo("f", BitFieldOperations.create().get(U8, 0).incrby(I8, 8, 1).set(U8, 0, 1)))
            .withMessage("BITFIELD_RO takes only GET operations but got INCRBY i8 8");
    }

    @Test
    void bitopRejectsNoKeysAndNotOfSeveralKeys() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.bitmaps().bitop(BitOperation.AND, "d", List.of()))
            .withMessage("BITOP needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.bitmaps().bitop(BitOperation.NOT, "d", List.of("a", "b")))
            .withMessage("BITOP NOT takes exactly one of 'keys' but got 2");
    }

    @Test
    void nullKeysAndTypesAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> this.builders.bitmaps().getbit(null, 0))
            .withMessage("A key must not be null");
        assertThatNullPointerException()
            .isThrownBy(() -> this.builders.bitmaps().bitop(BitOperation.OR, null, List.of("a")))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> BitFieldOperations.create().get(null, 0))
            .withMessage("'type' must not be null");
    }

    private static byte[] key(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
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
