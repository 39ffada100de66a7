package io.redispool.async;

import io.redispool.codec.RedisCodec;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The Redis commands without waiting: each returns a {@link CompletableFuture} of the
 * decoded reply.
 *
 * <p>
 * Why not a second copy of every typed interface: each command is already written once,
 * as data, by the {@linkplain #builders() builders}; {@link #send(Function)} runs any of
 * them, typed, so every command the blocking API has is here too:
 * {@code async.send(c -> c.hashes().hincrby("stats", "hits", 1))}. The everyday commands
 * also have a method of their own. Futures complete on the client's own threads (a shared
 * connection's reader, in the multiplexed mode): chain work with {@code ...Async}
 * methods, or keep it short, and never block in it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface RedisAsyncCommands<K, V> {

    /**
     * Creates the asynchronous commands of a dispatcher.
     * @param codec encodes keys and values
     * @param dispatcher sends the commands
     * @param <K> the key type
     * @param <V> the value type
     * @return the commands
     */
    static <K, V> RedisAsyncCommands<K, V> of(RedisCodec<K, V> codec, CommandDispatcher dispatcher) {
        return new DispatchedAsyncCommands<>(Commands.of(codec), dispatcher);
    }

    /**
     * Sends a command built as data.
     * @param command the command
     * @param <T> the decoded type
     * @return completed with the decoded reply, or exceptionally as the blocking call
     * would have thrown
     */
    <T> CompletableFuture<T> execute(Command<T> command);

    /**
     * The builders every command is made with, for this codec.
     * @return the builders
     */
    Commands<K, V> builders();

    /**
     * Builds a command with the builders and sends it: any command, typed.
     * @param build picks the command, such as {@code c -> c.lists().lrange(key, 0, -1)}
     * @param <T> the decoded type
     * @return completed with the decoded reply
     */
    default <T> CompletableFuture<T> send(Function<Commands<K, V>, Command<T>> build) {
        return execute(build.apply(builders()));
    }

    /** GET: the value of a key, or {@code null} when it does not exist. */
    default CompletableFuture<V> get(K key) {
        return execute(builders().strings().get(key));
    }

    /** SET: stores a value; yields {@code true}. */
    default CompletableFuture<Boolean> set(K key, V value) {
        return execute(builders().strings().set(key, value));
    }

    /** MGET: the values of keys, {@code null} for each that does not exist. */
    default CompletableFuture<List<V>> mget(List<K> keys) {
        return execute(builders().strings().mget(keys));
    }

    /** INCR: adds one to a counter; yields the new value. */
    default CompletableFuture<Long> incr(K key) {
        return execute(builders().strings().incr(key));
    }

    /** DEL: deletes keys; yields how many existed. */
    default CompletableFuture<Long> del(List<K> keys) {
        return execute(builders().keys().del(keys));
    }

    /** EXISTS: how many of the keys exist. */
    default CompletableFuture<Long> exists(List<K> keys) {
        return execute(builders().keys().exists(keys));
    }

    /** EXPIRE: sets a key's time to live; yields whether the key exists. */
    default CompletableFuture<Boolean> expire(K key, Duration timeout) {
        return execute(builders().expiries().expire(key, timeout));
    }

    /** HGET: the value of a hash field, or {@code null}. */
    default CompletableFuture<V> hget(K key, K field) {
        return execute(builders().hashes().hget(key, field));
    }

    /** HSET: sets a hash field; yields 1 if the field is new. */
    default CompletableFuture<Long> hset(K key, K field, V value) {
        return execute(builders().hashes().hset(key, field, value));
    }

    /** HGETALL: every field and value of a hash. */
    default CompletableFuture<Map<K, V>> hgetall(K key) {
        return execute(builders().hashes().hgetall(key));
    }

}
