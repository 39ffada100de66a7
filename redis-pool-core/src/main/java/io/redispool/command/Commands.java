package io.redispool.command;

import io.redispool.codec.RedisCodec;
import io.redispool.codec.StringCodec;
import io.redispool.protocol.RespReply;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds commands as data, for keys and values of any type through a codec.
 *
 * <p>Nothing here touches a connection: a {@link Command} runs through a client or goes into a
 * pipeline. Adding a command means adding one method here with its keyword, arguments and reply
 * decoder.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class Commands<K, V> {

    private final RedisCodec<K, V> codec;

    private final ReplyDecoder<V> value;

    private final ReplyDecoder<K> key;

    private final ReplyDecoder<List<V>> values;

    private Commands(RedisCodec<K, V> codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.value = ReplyDecoders.bulk(codec::decodeValue);
        this.key = ReplyDecoders.bulk(codec::decodeKey);
        this.values = ReplyDecoders.list(this.value);
    }

    /**
     * Commands for String keys and values in UTF-8.
     * @return the commands
     */
    public static Commands<String, String> strings() {
        return of(StringCodec.UTF_8);
    }

    /**
     * Commands for the codec's key and value types.
     * @param codec encodes keys and values
     * @param <K> the key type
     * @param <V> the value type
     * @return the commands
     */
    public static <K, V> Commands<K, V> of(RedisCodec<K, V> codec) {
        return new Commands<>(codec);
    }

    /**
     * The codec these commands encode with.
     * @return the codec
     */
    public RedisCodec<K, V> codec() {
        return this.codec;
    }

    public Command<String> ping() {
        return command(new CommandArgs(CommandType.PING, 0), ReplyDecoders.STATUS);
    }

    public Command<V> echo(V message) {
        return command(args(CommandType.ECHO, 1).add(encodeValue(message)), this.value);
    }

    public Command<V> get(K key) {
        return command(keyArgs(CommandType.GET, key, 0), this.value);
    }

    public Command<Boolean> set(K key, V value) {
        return set(key, value, SetOptions.none());
    }

    /**
     * SET with options.
     * @param key the key
     * @param value the value
     * @param options expiry and condition
     * @return a command that yields {@code false} when an NX or XX condition was not met
     */
    public Command<Boolean> set(K key, V value, SetOptions options) {
        CommandArgs args = keyArgs(CommandType.SET, key, 5).add(encodeValue(value));
        options.appendTo(args);
        return command(args, ReplyDecoders.OK_OR_NULL);
    }

    public Command<List<V>> mget(List<K> keys) {
        return command(keysArgs(CommandType.MGET, keys), this.values);
    }

    public Command<String> mset(Map<K, V> entries) {
        requireNotEmpty(CommandType.MSET, entries.keySet());
        CommandArgs args = args(CommandType.MSET, entries.size() * 2);
        entries.forEach((k, v) -> args.add(encodeKey(k)).add(encodeValue(v)));
        return command(args, ReplyDecoders.STATUS);
    }

    public Command<Long> del(List<K> keys) {
        return command(keysArgs(CommandType.DEL, keys), ReplyDecoders.INTEGER);
    }

    public Command<Long> exists(List<K> keys) {
        return command(keysArgs(CommandType.EXISTS, keys), ReplyDecoders.INTEGER);
    }

    public Command<Boolean> expire(K key, long seconds) {
        return command(keyArgs(CommandType.EXPIRE, key, 1).add(seconds), ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    public Command<Long> ttl(K key) {
        return command(keyArgs(CommandType.TTL, key, 0), ReplyDecoders.INTEGER);
    }

    public Command<Long> incr(K key) {
        return command(keyArgs(CommandType.INCR, key, 0), ReplyDecoders.INTEGER);
    }

    public Command<Long> incrBy(K key, long increment) {
        return command(keyArgs(CommandType.INCRBY, key, 1).add(increment), ReplyDecoders.INTEGER);
    }

    public Command<Long> decr(K key) {
        return command(keyArgs(CommandType.DECR, key, 0), ReplyDecoders.INTEGER);
    }

    public Command<V> hget(K key, K field) {
        return command(keyArgs(CommandType.HGET, key, 1).add(encodeKey(field)), this.value);
    }

    public Command<Long> hset(K key, K field, V value) {
        return command(keyArgs(CommandType.HSET, key, 2).add(encodeKey(field)).add(encodeValue(value)),
                ReplyDecoders.INTEGER);
    }

    public Command<Long> hset(K key, Map<K, V> fields) {
        requireNotEmpty(CommandType.HSET, fields.keySet());
        CommandArgs args = keyArgs(CommandType.HSET, key, fields.size() * 2);
        fields.forEach((f, v) -> args.add(encodeKey(f)).add(encodeValue(v)));
        return command(args, ReplyDecoders.INTEGER);
    }

    public Command<Map<K, V>> hgetall(K key) {
        return command(keyArgs(CommandType.HGETALL, key, 0), ReplyDecoders.map(this.key, this.value));
    }

    public Command<Long> hdel(K key, List<K> fields) {
        requireNotEmpty(CommandType.HDEL, fields);
        CommandArgs args = keyArgs(CommandType.HDEL, key, fields.size());
        fields.forEach((f) -> args.add(encodeKey(f)));
        return command(args, ReplyDecoders.INTEGER);
    }

    public Command<Long> lpush(K key, List<V> elements) {
        return command(valuesArgs(CommandType.LPUSH, key, elements), ReplyDecoders.INTEGER);
    }

    public Command<Long> rpush(K key, List<V> elements) {
        return command(valuesArgs(CommandType.RPUSH, key, elements), ReplyDecoders.INTEGER);
    }

    public Command<V> lpop(K key) {
        return command(keyArgs(CommandType.LPOP, key, 0), this.value);
    }

    public Command<V> rpop(K key) {
        return command(keyArgs(CommandType.RPOP, key, 0), this.value);
    }

    public Command<List<V>> lrange(K key, long start, long stop) {
        return command(keyArgs(CommandType.LRANGE, key, 2).add(start).add(stop), this.values);
    }

    public Command<Long> sadd(K key, List<V> members) {
        return command(valuesArgs(CommandType.SADD, key, members), ReplyDecoders.INTEGER);
    }

    /**
     * SMEMBERS. With byte[] values the set compares arrays by identity; iterate it instead.
     * @param key the set's key
     * @return a command that yields the members
     */
    public Command<Set<V>> smembers(K key) {
        return command(keyArgs(CommandType.SMEMBERS, key, 0), ReplyDecoders.set(this.value));
    }

    public Command<Long> srem(K key, List<V> members) {
        return command(valuesArgs(CommandType.SREM, key, members), ReplyDecoders.INTEGER);
    }

    public Command<Long> zadd(K key, double score, V member) {
        return command(keyArgs(CommandType.ZADD, key, 2).add(score).add(encodeValue(member)),
                ReplyDecoders.INTEGER);
    }

    public Command<Long> zadd(K key, List<ScoredValue<V>> members) {
        requireNotEmpty(CommandType.ZADD, members);
        CommandArgs args = keyArgs(CommandType.ZADD, key, members.size() * 2);
        members.forEach((m) -> args.add(m.score()).add(encodeValue(m.value())));
        return command(args, ReplyDecoders.INTEGER);
    }

    public Command<List<V>> zrange(K key, long start, long stop) {
        return command(keyArgs(CommandType.ZRANGE, key, 2).add(start).add(stop), this.values);
    }

    /**
     * ZRANGE ... WITHSCORES.
     * @param key the sorted set's key
     * @param start the first rank
     * @param stop the last rank, inclusive; -1 for the last member
     * @return a command that yields members with their scores, lowest first
     */
    public Command<List<ScoredValue<V>>> zrangeWithScores(K key, long start, long stop) {
        CommandArgs args = keyArgs(CommandType.ZRANGE, key, 3).add(start).add(stop).add(Keyword.WITHSCORES);
        return command(args, this::scoredValues);
    }

    public Command<Double> zscore(K key, V member) {
        return command(keyArgs(CommandType.ZSCORE, key, 1).add(encodeValue(member)), ReplyDecoders.DOUBLE);
    }

    public Command<String> info() {
        return command(new CommandArgs(CommandType.INFO, 0), ReplyDecoders.bulk(Commands::ascii));
    }

    public Command<String> info(String section) {
        return command(args(CommandType.INFO, 1).add(section), ReplyDecoders.bulk(Commands::ascii));
    }

    public Command<Long> dbsize() {
        return command(new CommandArgs(CommandType.DBSIZE, 0), ReplyDecoders.INTEGER);
    }

    public Command<String> flushdb() {
        return command(new CommandArgs(CommandType.FLUSHDB, 0), ReplyDecoders.STATUS);
    }

    public Command<ScanResult<K>> scan(String cursor) {
        return scan(cursor, null, 0);
    }

    /**
     * SCAN with a MATCH pattern and a COUNT hint.
     * @param cursor "0" to start, then the cursor of the previous page
     * @param pattern a glob-style pattern, or {@code null} for every key
     * @param count how many keys to examine per call, or 0 for the server's default
     * @return a command that yields one page
     */
    public Command<ScanResult<K>> scan(String cursor, String pattern, long count) {
        CommandArgs args = args(CommandType.SCAN, 5).add(cursor.getBytes(StandardCharsets.US_ASCII));
        if (pattern != null) {
            args.add(Keyword.MATCH).add(pattern.getBytes(StandardCharsets.UTF_8));
        }
        if (count > 0) {
            args.add(Keyword.COUNT).add(count);
        }
        ReplyDecoder<List<K>> keys = ReplyDecoders.list(this.key);
        return command(args, (reply) -> {
            List<RespReply> page = ReplyDecoders.elements(reply);
            if (page == null || page.size() != 2) {
                throw ReplyDecoders.unexpected("a two-element SCAN page", reply);
            }
            return new ScanResult<>(ascii(ReplyDecoders.bulk(page.get(0))), keys.decode(page.get(1)));
        });
    }

    private List<ScoredValue<V>> scoredValues(RespReply reply) {
        List<RespReply> elements = ReplyDecoders.elements(reply);
        if (elements == null || elements.size() % 2 != 0) {
            throw ReplyDecoders.unexpected("member and score pairs", reply);
        }
        ScoredValue<V>[] pairs = newArray(elements.size() / 2);
        for (int i = 0; i < elements.size(); i += 2) {
            pairs[i / 2] = new ScoredValue<>(this.value.decode(elements.get(i)),
                    ReplyDecoders.DOUBLE.decode(elements.get(i + 1)));
        }
        return List.of(pairs);
    }

    @SuppressWarnings("unchecked")
    private static <V> ScoredValue<V>[] newArray(int size) {
        return new ScoredValue[size];
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] encodeKey(K key) {
        return this.codec.encodeKey(Objects.requireNonNull(key, "A key must not be null"));
    }

    private byte[] encodeValue(V value) {
        return this.codec.encodeValue(Objects.requireNonNull(value, "A value must not be null"));
    }

    private static CommandArgs args(CommandType type, int expected) {
        return new CommandArgs(type, expected);
    }

    private CommandArgs keyArgs(CommandType type, K key, int more) {
        return new CommandArgs(type, more + 1).add(encodeKey(key));
    }

    private CommandArgs keysArgs(CommandType type, List<K> keys) {
        requireNotEmpty(type, keys);
        CommandArgs args = new CommandArgs(type, keys.size());
        keys.forEach((k) -> args.add(encodeKey(k)));
        return args;
    }

    private CommandArgs valuesArgs(CommandType type, K key, List<V> elements) {
        requireNotEmpty(type, elements);
        CommandArgs args = keyArgs(type, key, elements.size());
        elements.forEach((v) -> args.add(encodeValue(v)));
        return args;
    }

    private static void requireNotEmpty(CommandType type, Collection<?> arguments) {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException(type + " needs at least one key or element but got none");
        }
    }

    private static <T> Command<T> command(CommandArgs args, ReplyDecoder<T> decoder) {
        return Command.of(args.type(), args.toArray(), decoder);
    }
}
