package io.redispool.cache;

import java.util.Arrays;

/**
 * What one cached reply answers: a command's exact arguments, and the key they read, so
 * that an invalidation of the key finds every reply about it (GET, HGET of each field,
 * HGETALL...).
 */
final class CacheKey {

    private final byte[][] arguments;

    private final RedisKey redisKey;

    private final int hash;

    CacheKey(byte[][] arguments, RedisKey redisKey) {
        this.arguments = arguments;
        this.redisKey = redisKey;
        this.hash = Arrays.deepHashCode(arguments);
    }

    RedisKey redisKey() {
        return this.redisKey;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof CacheKey key) && this.hash == key.hash
                && Arrays.deepEquals(this.arguments, key.arguments);
    }

    @Override
    public int hashCode() {
        return this.hash;
    }

    @Override
    public String toString() {
        // Never the arguments: they are the user's data.
        return "CacheKey[" + new String(this.arguments[0], java.nio.charset.StandardCharsets.US_ASCII) + "]";
    }

}
