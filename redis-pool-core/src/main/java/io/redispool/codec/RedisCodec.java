package io.redispool.codec;

import java.util.Arrays;

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

    /**
     * Decodes a key from part of an array, such as a reader's buffer, without the copy a
     * codec that builds a new object from the bytes does not need.
     * @param source holds the key's bytes; not kept
     * @param offset where they start
     * @param length how many there are
     * @return the key
     */
    default K decodeKey(byte[] source, int offset, int length) {
        return decodeKey(Arrays.copyOfRange(source, offset, offset + length));
    }

    /**
     * Decodes a value from part of an array, such as a reader's buffer, without the copy
     * a codec that builds a new object from the bytes does not need.
     * @param source holds the value's bytes; not kept
     * @param offset where they start
     * @param length how many there are
     * @return the value
     */
    default V decodeValue(byte[] source, int offset, int length) {
        return decodeValue(Arrays.copyOfRange(source, offset, offset + length));
    }

}
