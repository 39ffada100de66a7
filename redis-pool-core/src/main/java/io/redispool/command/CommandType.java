package io.redispool.command;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The commands the client knows by name, each with its encoded bytes and whether it only reads.
 *
 * <p>Read-only matters for retries: a read may run twice without harm, a write such as INCR may
 * not, so after a failure that may have reached the server only reads are retried. A command not
 * listed here counts as a write.
 */
public enum CommandType {

    PING(true), ECHO(true), INFO(true), DBSIZE(true), FLUSHDB(false), SCAN(true),

    GET(true), SET(false), MGET(true), MSET(false), INCR(false), INCRBY(false), DECR(false),

    DEL(false), EXISTS(true), EXPIRE(false), TTL(true),

    HGET(true), HSET(false), HGETALL(true), HDEL(false),

    LPUSH(false), RPUSH(false), LPOP(false), RPOP(false), LRANGE(true),

    SADD(false), SMEMBERS(true), SREM(false),

    ZADD(false), ZRANGE(true), ZSCORE(true),

    // Further reads, so that the generic execute(...) retries them safely too.
    STRLEN(true), GETRANGE(true), PTTL(true), TYPE(true), KEYS(true), RANDOMKEY(true), TIME(true),
    HEXISTS(true), HLEN(true), HKEYS(true), HVALS(true), HMGET(true), HSCAN(true),
    LLEN(true), LINDEX(true), SCARD(true), SISMEMBER(true), SMISMEMBER(true), SSCAN(true),
    ZCARD(true), ZCOUNT(true), ZRANK(true), ZREVRANK(true), ZREVRANGE(true), ZRANGEBYSCORE(true),
    ZREVRANGEBYSCORE(true), ZSCAN(true), BITCOUNT(true), GETBIT(true), PFCOUNT(true),
    XLEN(true), XRANGE(true), XREVRANGE(true);

    private static final Map<String, CommandType> byName = new HashMap<>();

    static {
        for (CommandType type : values()) {
            byName.put(type.name(), type);
        }
    }

    private final byte[] bytes;

    private final boolean readOnly;

    CommandType(boolean readOnly) {
        this.bytes = name().getBytes(StandardCharsets.US_ASCII);
        this.readOnly = readOnly;
    }

    /**
     * The command's name as sent on the wire.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }

    /**
     * Whether running the command twice has the same effect as once.
     * @return {@code true} for reads
     */
    public boolean isReadOnly() {
        return this.readOnly;
    }

    /**
     * Whether a command, named in any case, is a known read.
     * @param name a command name such as {@code get}
     * @return {@code true} if it is listed here as read-only
     */
    public static boolean isReadOnly(String name) {
        CommandType type = byName.get(name.toUpperCase(Locale.ROOT));
        return type != null && type.readOnly;
    }
}
