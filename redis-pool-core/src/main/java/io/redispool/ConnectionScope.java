package io.redispool;

import io.redispool.execution.Transaction;

/**
 * Every typed command, run on one connection held for the scope of
 * {@link RedisClient#withConnection}: WATCH and its transaction, blocking pops in a loop,
 * scripts in a row.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ConnectionScope<K, V> extends RedisCommands<K, V> {

    /**
     * WATCH: EXEC of this connection's next transaction runs only if none of the keys
     * changed.
     * @param keys the keys to watch
     */
    @SuppressWarnings("unchecked")
    void watch(K... keys);

    /**
     * Starts a transaction on the held connection.
     * @return an empty transaction; run it with {@link Transaction#exec()}
     */
    Transaction multi();

}
