package io.redispool.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisCodecException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StringCodecTests {

    @Test
    void utf8EncodesKeysAndValuesAsUtf8Bytes() {
        assertThat(StringCodec.UTF_8.encodeKey("k\u00e9y"))
            .isEqualTo(new byte[] { 'k', (byte) 0xC3, (byte) 0xA9, 'y' });
        assertThat(StringCodec.UTF_8.encodeValue("\u2603"))
            .isEqualTo(new byte[] { (byte) 0xE2, (byte) 0x98, (byte) 0x83 });
    }

    @Test
    void utf8DecodesWhatItEncodes() {
        String text = "gr\u00fc\u00dfe \u2603 \uD83D\uDE00 \r\n\u0000";

        assertThat(StringCodec.UTF_8.decodeKey(StringCodec.UTF_8.encodeKey(text))).isEqualTo(text);
        assertThat(StringCodec.UTF_8.decodeValue(StringCodec.UTF_8.encodeValue(text))).isEqualTo(text);
    }

    @Test
    void rangeDecodingReadsOnlyItsRangeAndStaysStrict() {
        byte[] source = { '$', (byte) 0xC3, (byte) 0xA9, 't', (byte) 0xC3, '\r' };

        assertThat(StringCodec.UTF_8.decodeValue(source, 1, 3)).isEqualTo("\u00e9t");
        assertThat(StringCodec.UTF_8.decodeKey(source, 3, 1)).isEqualTo("t");
        assertThat(ByteArrayCodec.INSTANCE.decodeValue(source, 1, 2)).containsExactly((byte) 0xC3, (byte) 0xA9);
        assertThatExceptionOfType(RedisCodecException.class)
            .isThrownBy(() -> StringCodec.UTF_8.decodeValue(source, 3, 2))
            .withMessageContaining("A value of 2 bytes is not valid UTF-8");
    }

    @Test
    void emptyStringEncodesToNoBytes() {
        assertThat(StringCodec.UTF_8.encodeValue("")).isEmpty();
        assertThat(StringCodec.UTF_8.decodeValue(new byte[0])).isEmpty();
    }

    @Test
    void codecUsesItsOwnCharset() {
        StringCodec latin1 = new StringCodec(StandardCharsets.ISO_8859_1);

        assertThat(latin1.encodeKey("\u00e9")).isEqualTo(new byte[] { (byte) 0xE9 });
        assertThat(latin1.decodeValue(new byte[] { (byte) 0xE9 })).isEqualTo("\u00e9");
        assertThat(latin1.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void invalidUtf8FailsRatherThanTurningIntoReplacementCharacters() {
        assertThatExceptionOfType(RedisCodecException.class)
            .isThrownBy(() -> StringCodec.UTF_8.decodeValue(new byte[] { 'a', (byte) 0xFF }))
            .withMessageStartingWith("A value of 2 bytes is not valid UTF-8")
            .withMessageEndingWith("read it with ByteArrayCodec");
        assertThatExceptionOfType(RedisCodecException.class)
            .isThrownBy(() -> StringCodec.UTF_8.decodeKey(new byte[] { (byte) 0xC3 }))
            .withMessageStartingWith("A key of 1 bytes is not valid UTF-8");
    }

    @Test
    void genuineReplacementCharacterStillDecodes() {
        assertThat(StringCodec.UTF_8.decodeValue(new byte[] { 'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD }))
            .isEqualTo("a\uFFFD");
    }

    @Test
    void unpairedSurrogateFailsRatherThanBecomingAQuestionMark() {
        assertThatExceptionOfType(RedisCodecException.class).isThrownBy(() -> StringCodec.UTF_8.encodeValue("a\uD800b"))
            .withMessageStartingWith("A value of 3 chars cannot be encoded in UTF-8");
        assertThat(StringCodec.UTF_8.encodeValue("\uD83D\uDE00")).hasSize(4);
    }

    @Test
    void unmappableCharacterFailsInASingleByteCharset() {
        assertThatExceptionOfType(RedisCodecException.class)
            .isThrownBy(() -> new StringCodec(StandardCharsets.ISO_8859_1).encodeKey("\u2603"))
            .withMessageStartingWith("A key of 1 chars cannot be encoded in ISO-8859-1");
    }

    @Test
    void ofUtf8ReturnsSharedInstance() {
        assertThat(StringCodec.of(StandardCharsets.UTF_8)).isSameAs(StringCodec.UTF_8);
        assertThat(StringCodec.of(Charset.forName("utf8"))).isSameAs(StringCodec.UTF_8);
    }

    @Test
    void ofOtherCharsetReturnsCodecForIt() {
        StringCodec codec = StringCodec.of(StandardCharsets.UTF_16BE);

        assertThat(codec).isNotSameAs(StringCodec.UTF_8);
        assertThat(codec.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(codec.encodeKey("a")).isEqualTo(new byte[] { 0, 'a' });
    }

    @Test
    void constructorRejectsNullCharset() {
        assertThatNullPointerException().isThrownBy(() -> new StringCodec(null)).withMessage("charset");
    }

    @Test
    void byteArrayCodecReturnsTheSameArrays() {
        byte[] bytes = { 0, (byte) 0xFF, '\r', '\n' };

        assertThat(ByteArrayCodec.INSTANCE.encodeKey(bytes)).isSameAs(bytes);
        assertThat(ByteArrayCodec.INSTANCE.decodeKey(bytes)).isSameAs(bytes);
        assertThat(ByteArrayCodec.INSTANCE.encodeValue(bytes)).isSameAs(bytes);
        assertThat(ByteArrayCodec.INSTANCE.decodeValue(bytes)).isSameAs(bytes);
    }

}
