package io.redispool.cache;

import java.util.Arrays;

/**
 * A Redis key's bytes, compared by content.
 */
final class RedisKey {

    private final byte[] bytes;

    private final int hash;

    RedisKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    byte[] bytes() {
        return this.bytes;
    }

    boolean startsWith(byte[] prefix) {
        return this.bytes.length >= prefix.length
                && Arrays.equals(this.bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof RedisKey key) && this.hash == key.hash && Arrays.equals(this.bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return this.hash;
    }

    @Override
    public String toString() {
        return "RedisKey[" + this.bytes.length + " bytes]";
    }

}
