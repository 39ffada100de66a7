package io.redispool;

import io.redispool.codec.RedisCodec;
import io.redispool.execution.CommandExecutor;
import io.redispool.command.Commands;
import io.redispool.command.ScanResult;
import io.redispool.command.ScoredValue;
import io.redispool.command.SetOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The everyday Redis commands, run at once on a pooled connection.
 *
 * <p>Each method is one line: it builds the command as data ({@link Commands}) and runs it
 * through the executor, which borrows, sends, reads, releases and retries. Keys and values go
 * through the codec, so the same methods serve Strings, bytes and any other type. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class RedisCommands<K, V> {

    private final Commands<K, V> commands;

    private final CommandExecutor executor;

    RedisCommands(RedisCodec<K, V> codec, CommandExecutor executor) {
        this.commands = Commands.of(codec);
        this.executor = executor;
    }

    /**
     * The command builders behind these methods, for pipelines and {@link RedisClient#execute}.
     * @return the commands as data
     */
    public Commands<K, V> builders() {
        return this.commands;
    }

    /** PING: checks the server answers; yields "PONG". */
    public String ping() {
        return this.executor.execute(this.commands.ping());
    }

    /** ECHO: yields the message back. */
    public V echo(V message) {
        return this.executor.execute(this.commands.echo(message));
    }

    /** GET: the value of a key, or {@code null} when it does not exist. */
    public V get(K key) {
        return this.executor.execute(this.commands.get(key));
    }

    /** SET: stores a value; {@code false} only when an NX or XX condition was not met. */
    public Boolean set(K key, V value) {
        return this.executor.execute(this.commands.set(key, value));
    }

    /** SET: stores a value; {@code false} only when an NX or XX condition was not met. */
    public Boolean set(K key, V value, SetOptions options) {
        return this.executor.execute(this.commands.set(key, value, options));
    }

    /** MGET: the values of several keys, {@code null} for each missing one. */
    public List<V> mget(List<K> keys) {
        return this.executor.execute(this.commands.mget(keys));
    }

    /** MSET: stores several values at once. */
    public String mset(Map<K, V> entries) {
        return this.executor.execute(this.commands.mset(entries));
    }

    /** DEL: removes keys; yields how many existed. */
    public Long del(List<K> keys) {
        return this.executor.execute(this.commands.del(keys));
    }

    /** EXISTS: how many of the keys exist. */
    public Long exists(List<K> keys) {
        return this.executor.execute(this.commands.exists(keys));
    }

    /** EXPIRE: sets a time to live in seconds; {@code false} when the key does not exist. */
    public Boolean expire(K key, long seconds) {
        return this.executor.execute(this.commands.expire(key, seconds));
    }

    /** TTL: the remaining time to live in seconds; -1 without expiry, -2 when missing. */
    public Long ttl(K key) {
        return this.executor.execute(this.commands.ttl(key));
    }

    /** INCR: adds one to a counter; yields the new value. */
    public Long incr(K key) {
        return this.executor.execute(this.commands.incr(key));
    }

    /** INCRBY: adds to a counter; yields the new value. */
    public Long incrBy(K key, long increment) {
        return this.executor.execute(this.commands.incrBy(key, increment));
    }

    /** DECR: takes one from a counter; yields the new value. */
    public Long decr(K key) {
        return this.executor.execute(this.commands.decr(key));
    }

    /** HGET: the value of a hash field, or {@code null}. */
    public V hget(K key, K field) {
        return this.executor.execute(this.commands.hget(key, field));
    }

    /** HSET: sets hash fields; yields how many were new. */
    public Long hset(K key, K field, V value) {
        return this.executor.execute(this.commands.hset(key, field, value));
    }

    /** HSET: sets hash fields; yields how many were new. */
    public Long hset(K key, Map<K, V> fields) {
        return this.executor.execute(this.commands.hset(key, fields));
    }

    /** HGETALL: every field and value of a hash, in the server's order. */
    public Map<K, V> hgetall(K key) {
        return this.executor.execute(this.commands.hgetall(key));
    }

    /** HDEL: removes hash fields; yields how many existed. */
    public Long hdel(K key, List<K> fields) {
        return this.executor.execute(this.commands.hdel(key, fields));
    }

    /** LPUSH: prepends to a list; yields its new length. */
    public Long lpush(K key, List<V> elements) {
        return this.executor.execute(this.commands.lpush(key, elements));
    }

    /** RPUSH: appends to a list; yields its new length. */
    public Long rpush(K key, List<V> elements) {
        return this.executor.execute(this.commands.rpush(key, elements));
    }

    /** LPOP: removes and yields the first element, or {@code null}. */
    public V lpop(K key) {
        return this.executor.execute(this.commands.lpop(key));
    }

    /** RPOP: removes and yields the last element, or {@code null}. */
    public V rpop(K key) {
        return this.executor.execute(this.commands.rpop(key));
    }

    /** LRANGE: the elements from start to stop, inclusive; -1 is the last. */
    public List<V> lrange(K key, long start, long stop) {
        return this.executor.execute(this.commands.lrange(key, start, stop));
    }

    /** SADD: adds set members; yields how many were new. */
    public Long sadd(K key, List<V> members) {
        return this.executor.execute(this.commands.sadd(key, members));
    }

    /** SMEMBERS: every member of a set. */
    public Set<V> smembers(K key) {
        return this.executor.execute(this.commands.smembers(key));
    }

    /** SREM: removes set members; yields how many existed. */
    public Long srem(K key, List<V> members) {
        return this.executor.execute(this.commands.srem(key, members));
    }

    /** ZADD: adds or updates sorted set members; yields how many were new. */
    public Long zadd(K key, double score, V member) {
        return this.executor.execute(this.commands.zadd(key, score, member));
    }

    /** ZADD: adds or updates sorted set members; yields how many were new. */
    public Long zadd(K key, List<ScoredValue<V>> members) {
        return this.executor.execute(this.commands.zadd(key, members));
    }

    /** ZRANGE: the members from rank start to stop, lowest score first. */
    public List<V> zrange(K key, long start, long stop) {
        return this.executor.execute(this.commands.zrange(key, start, stop));
    }

    /** ZRANGE WITHSCORES: members with their scores, lowest first. */
    public List<ScoredValue<V>> zrangeWithScores(K key, long start, long stop) {
        return this.executor.execute(this.commands.zrangeWithScores(key, start, stop));
    }

    /** ZSCORE: a member's score, or {@code null}. */
    public Double zscore(K key, V member) {
        return this.executor.execute(this.commands.zscore(key, member));
    }

    /** INFO: the server's information and statistics, as text. */
    public String info() {
        return this.executor.execute(this.commands.info());
    }

    /** INFO: the server's information and statistics, as text. */
    public String info(String section) {
        return this.executor.execute(this.commands.info(section));
    }

    /** DBSIZE: the number of keys in the database. */
    public Long dbsize() {
        return this.executor.execute(this.commands.dbsize());
    }

    /** FLUSHDB: deletes every key of the database. */
    public String flushdb() {
        return this.executor.execute(this.commands.flushdb());
    }

    /** SCAN: one page of keys; pass its cursor back until it is finished. */
    public ScanResult<K> scan(String cursor) {
        return this.executor.execute(this.commands.scan(cursor));
    }

    /** SCAN: one page of keys; pass its cursor back until it is finished. */
    public ScanResult<K> scan(String cursor, String pattern, long count) {
        return this.executor.execute(this.commands.scan(cursor, pattern, count));
    }
}
