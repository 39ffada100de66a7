package io.redispool.codec;

import io.redispool.RedisCodecException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Keys and values as Strings in one charset, decoded and encoded strictly.
 *
 * <p>
 * Strict, as redis-py decodes by default: bytes that are not valid in the charset (binary
 * data read as UTF-8, say) raise a {@link RedisCodecException} naming the byte offset,
 * and so does a String that the charset cannot represent (an unpaired surrogate). Java's
 * lenient default would turn them into U+FFFD or '?' and write the damage back on the
 * next SET. Read binary data with {@link ByteArrayCodec}. The check costs a scan only for
 * the rare String that holds U+FFFD or a surrogate.
 */
public final class StringCodec implements RedisCodec<String, String> {

    /** UTF-8, the default. */
    public static final StringCodec UTF_8 = new StringCodec(StandardCharsets.UTF_8);

    private final Charset charset;

    public StringCodec(Charset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /**
     * The codec for a charset, sharing {@link #UTF_8} when it fits.
     * @param charset the charset
     * @return a codec for it
     */
    public static StringCodec of(Charset charset) {
        return StandardCharsets.UTF_8.equals(charset) ? UTF_8 : new StringCodec(charset);
    }

    /**
     * The charset Strings are encoded in.
     * @return the charset
     */
    public Charset charset() {
        return this.charset;
    }

    @Override
    public byte[] encodeKey(String key) {
        return encode(key, "key");
    }

    @Override
    public String decodeKey(byte[] bytes) {
        return decode(bytes, "key");
    }

    @Override
    public String decodeKey(byte[] source, int offset, int length) {
        return decode(source, offset, length, "key");
    }

    @Override
    public byte[] encodeValue(String value) {
        return encode(value, "value");
    }

    @Override
    public String decodeValue(byte[] bytes) {
        return decode(bytes, "value");
    }

    @Override
    public String decodeValue(byte[] source, int offset, int length) {
        return decode(source, offset, length, "value");
    }

    private String decode(byte[] bytes, String what) {
        return decode(bytes, 0, bytes.length, what);
    }

    private String decode(byte[] source, int offset, int length, String what) {
        String text = new String(source, offset, length, this.charset);
        // Malformed input always decodes to U+FFFD; without one, the fast decoding was
        // exact.
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                return this.charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(source, offset, length))
                    .toString();
            }
            catch (CharacterCodingException ex) {
                throw new RedisCodecException("A " + what + " of " + length + " bytes is not valid "
                        + this.charset.name() + " (" + ex.getMessage() + "); read it with ByteArrayCodec", ex);
            }
        }
        return text;
    }

    private byte[] encode(String text, String what) {
        if (this.charset == StandardCharsets.UTF_8 && !hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            ByteBuffer encoded = this.charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        }
        catch (CharacterCodingException ex) {
            throw new RedisCodecException("A " + what + " of " + text.length() + " chars cannot be encoded in "
                    + this.charset.name() + " (" + ex.getMessage() + ")", ex);
        }
    }

    /** Only a surrogate can make a String unencodable in UTF-8 (when it is unpaired). */
    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

}
