package io.redispool.commands.keys;

import io.redispool.commands.CommandRunner;
import java.time.Duration;
import java.time.Instant;

/**
 * The commands that set, read and remove the expiry of keys of any type, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface KeyExpiryCommands<K, V> extends CommandRunner<K, V> {

    /**
     * EXPIRE: sets a time to live in whole seconds; {@code false} when the key does not
     * exist.
     */
    default Boolean expire(K key, Duration timeout) {
        return execute(builders().expiries().expire(key, timeout));
    }

    /**
     * EXPIRE with a condition; {@code false} when the key does not exist or the condition
     * was not met.
     */
    default Boolean expire(K key, Duration timeout, ExpireCondition condition) {
        return execute(builders().expiries().expire(key, timeout, condition));
    }

    /**
     * EXPIREAT: sets the Unix time, in whole seconds, the key expires at; {@code false}
     * when it does not exist.
     */
    default Boolean expireat(K key, Instant timestamp) {
        return execute(builders().expiries().expireat(key, timestamp));
    }

    /**
     * EXPIREAT with a condition; {@code false} when the key does not exist or the
     * condition was not met.
     */
    default Boolean expireat(K key, Instant timestamp, ExpireCondition condition) {
        return execute(builders().expiries().expireat(key, timestamp, condition));
    }

    /**
     * EXPIRETIME: the Unix time in seconds the key expires at; -1 without expiry, -2 when
     * missing.
     */
    default Long expiretime(K key) {
        return execute(builders().expiries().expiretime(key));
    }

    /**
     * PERSIST: removes the expiry; {@code false} when the key has none or does not exist.
     */
    default Boolean persist(K key) {
        return execute(builders().expiries().persist(key));
    }

    /**
     * PEXPIRE: sets a time to live in milliseconds; {@code false} when the key does not
     * exist.
     */
    default Boolean pexpire(K key, Duration timeout) {
        return execute(builders().expiries().pexpire(key, timeout));
    }

    /**
     * PEXPIRE with a condition; {@code false} when the key does not exist or the
     * condition was not met.
     */
    default Boolean pexpire(K key, Duration timeout, ExpireCondition condition) {
        return execute(builders().expiries().pexpire(key, timeout, condition));
    }

    /**
     * PEXPIREAT: sets the Unix time, in milliseconds, the key expires at; {@code false}
     * when it does not exist.
     */
    default Boolean pexpireat(K key, Instant timestamp) {
        return execute(builders().expiries().pexpireat(key, timestamp));
    }

    /**
     * PEXPIREAT with a condition; {@code false} when the key does not exist or the
     * condition was not met.
     */
    default Boolean pexpireat(K key, Instant timestamp, ExpireCondition condition) {
        return execute(builders().expiries().pexpireat(key, timestamp, condition));
    }

    /**
     * PEXPIRETIME: the Unix time in milliseconds the key expires at; -1 without expiry,
     * -2 when missing.
     */
    default Long pexpiretime(K key) {
        return execute(builders().expiries().pexpiretime(key));
    }

    /**
     * PTTL: the remaining time to live in milliseconds; -1 without expiry, -2 when
     * missing.
     */
    default Long pttl(K key) {
        return execute(builders().expiries().pttl(key));
    }

    /** TTL: the remaining time to live in seconds; -1 without expiry, -2 when missing. */
    default Long ttl(K key) {
        return execute(builders().expiries().ttl(key));
    }

}
