package io.redispool.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Keys and values as Strings in one charset.
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
        return key.getBytes(this.charset);
    }

    @Override
    public String decodeKey(byte[] bytes) {
        return new String(bytes, this.charset);
    }

    @Override
    public byte[] encodeValue(String value) {
        return value.getBytes(this.charset);
    }

    @Override
    public String decodeValue(byte[] bytes) {
        return new String(bytes, this.charset);
    }
}
