package io.redispool.codec;

/**
 * Keys and values as raw bytes, passed through untouched.
 */
public final class ByteArrayCodec implements RedisCodec<byte[], byte[]> {

    /** The one instance; the codec holds no state. */
    public static final ByteArrayCodec INSTANCE = new ByteArrayCodec();

    private ByteArrayCodec() {
    }

    @Override
    public byte[] encodeKey(byte[] key) {
        return key;
    }

    @Override
    public byte[] decodeKey(byte[] bytes) {
        return bytes;
    }

    @Override
    public byte[] encodeValue(byte[] value) {
        return value;
    }

    @Override
    public byte[] decodeValue(byte[] bytes) {
        return bytes;
    }

}
