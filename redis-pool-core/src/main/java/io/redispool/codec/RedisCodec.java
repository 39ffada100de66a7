package io.redispool.codec;

/**
 * Turns keys and values into the bytes Redis stores, and back.
 *
 * <p>
 * One set of typed commands serves every key and value type through a codec, instead of a
 * String copy and a byte[] copy of every method.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface RedisCodec<K, V> {

    /**
     * Encodes a key.
     * @param key the key, not {@code null}
     * @return its bytes
     */
    byte[] encodeKey(K key);

    /**
     * Decodes a key.
     * @param bytes the key's bytes
     * @return the key
     */
    K decodeKey(byte[] bytes);

    /**
     * Encodes a value.
     * @param value the value, not {@code null}
     * @return its bytes
     */
    byte[] encodeValue(V value);

    /**
     * Decodes a value.
     * @param bytes the value's bytes
     * @return the value
     */
    V decodeValue(byte[] bytes);

}
