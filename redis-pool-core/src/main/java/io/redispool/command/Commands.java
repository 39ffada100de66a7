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

    private static final CommandSpec DBSIZE = CommandTable.get().spec("dbsize");

    private static final CommandSpec DECR = CommandTable.get().spec("decr");

    private static final CommandSpec DEL = CommandTable.get().spec("del");

    private static final CommandSpec ECHO = CommandTable.get().spec("echo");

    private static final CommandSpec EXISTS = CommandTable.get().spec("exists");

    private static final CommandSpec EXPIRE = CommandTable.get().spec("expire");

    private static final CommandSpec FLUSHDB = CommandTable.get().spec("flushdb");

    private static final CommandSpec GET = CommandTable.get().spec("get");

    private static final CommandSpec HDEL = CommandTable.get().spec("hdel");

    private static final CommandSpec HGET = CommandTable.get().spec("hget");

    private static final CommandSpec HGETALL = CommandTable.get().spec("hgetall");

    private static final CommandSpec HSET = CommandTable.get().spec("hset");

    private static final CommandSpec INCR = CommandTable.get().spec("incr");

    private static final CommandSpec INCRBY = CommandTable.get().spec("incrby");

    private static final CommandSpec INFO = CommandTable.get().spec("info");

    private static final CommandSpec LPOP = CommandTable.get().spec("lpop");

    private static final CommandSpec LPUSH = CommandTable.get().spec("lpush");

    private static final CommandSpec LRANGE = CommandTable.get().spec("lrange");

    private static final CommandSpec MGET = CommandTable.get().spec("mget");

    private static final CommandSpec MSET = CommandTable.get().spec("mset");

    private static final CommandSpec PING = CommandTable.get().spec("ping");

    private static final CommandSpec RPOP = CommandTable.get().spec("rpop");

    private static final CommandSpec RPUSH = CommandTable.get().spec("rpush");

    private static final CommandSpec SADD = CommandTable.get().spec("sadd");

    private static final CommandSpec SCAN = CommandTable.get().spec("scan");

    private static final CommandSpec SET = CommandTable.get().spec("set");

    private static final CommandSpec SMEMBERS = CommandTable.get().spec("smembers");

    private static final CommandSpec SREM = CommandTable.get().spec("srem");

    private static final CommandSpec TTL = CommandTable.get().spec("ttl");

    private static final CommandSpec ZADD = CommandTable.get().spec("zadd");

    private static final CommandSpec ZRANGE = CommandTable.get().spec("zrange");

    private static final CommandSpec ZSCORE = CommandTable.get().spec("zscore");

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
        return command(CommandArgs.of(PING, 0), ReplyDecoders.STATUS);
    }

    public Command<V> echo(V message) {
        return command(args(ECHO, 1).add(encodeValue(message)), this.value);
    }

    public Command<V> get(K key) {
        return command(keyArgs(GET, key, 0), this.value);
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
        CommandArgs args = keyArgs(SET, key, 5).add(encodeValue(value));
        options.appendTo(args);
        return command(args, ReplyDecoders.OK_OR_NULL);
    }

    public Command<List<V>> mget(List<K> keys) {
        return command(keysArgs(MGET, keys), this.values);
    }

    public Command<String> mset(Map<K, V> entries) {
        requireNotEmpty(MSET, entries.keySet());
        CommandArgs args = args(MSET, entries.size() * 2);
        entries.forEach((k, v) -> args.add(encodeKey(k)).add(encodeValue(v)));
        return command(args, ReplyDecoders.STATUS);
    }

    public Command<Long> del(List<K> keys) {
        return command(keysArgs(DEL, keys), ReplyDecoders.INTEGER);
    }

    public Command<Long> exists(List<K> keys) {
        return command(keysArgs(EXISTS, keys), ReplyDecoders.INTEGER);
    }

    public Command<Boolean> expire(K key, long seconds) {
        return command(keyArgs(EXPIRE, key, 1).add(seconds), ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    public Command<Long> ttl(K key) {
        return command(keyArgs(TTL, key, 0), ReplyDecoders.INTEGER);
    }

    public Command<Long> incr(K key) {
        return command(keyArgs(INCR, key, 0), ReplyDecoders.INTEGER);
    }

    public Command<Long> incrBy(K key, long increment) {
        return command(keyArgs(INCRBY, key, 1).add(increment), ReplyDecoders.INTEGER);
    }

    public Command<Long> decr(K key) {
        return command(keyArgs(DECR, key, 0), ReplyDecoders.INTEGER);
    }

    public Command<V> hget(K key, K field) {
        return command(keyArgs(HGET, key, 1).add(encodeKey(field)), this.value);
    }

    public Command<Long> hset(K key, K field, V value) {
        return command(keyArgs(HSET, key, 2).add(encodeKey(field)).add(encodeValue(value)),
                ReplyDecoders.INTEGER);
    }

    public Command<Long> hset(K key, Map<K, V> fields) {
        requireNotEmpty(HSET, fields.keySet());
        CommandArgs args = keyArgs(HSET, key, fields.size() * 2);
        fields.forEach((f, v) -> args.add(encodeKey(f)).add(encodeValue(v)));
        return command(args, ReplyDecoders.INTEGER);
    }

    public Command<Map<K, V>> hgetall(K key) {
        return command(keyArgs(HGETALL, key, 0), ReplyDecoders.map(this.key, this.value));
    }

    public Command<Long> hdel(K key, List<K> fields) {
        requireNotEmpty(HDEL, fields);
        CommandArgs args = keyArgs(HDEL, key, fields.size());
        fields.forEach((f) -> args.add(encodeKey(f)));
        return command(args, ReplyDecoders.INTEGER);
    }

    public Command<Long> lpush(K key, List<V> elements) {
        return command(valuesArgs(LPUSH, key, elements), ReplyDecoders.INTEGER);
    }

    public Command<Long> rpush(K key, List<V> elements) {
        return command(valuesArgs(RPUSH, key, elements), ReplyDecoders.INTEGER);
    }

    public Command<V> lpop(K key) {
        return command(keyArgs(LPOP, key, 0), this.value);
    }

    public Command<V> rpop(K key) {
        return command(keyArgs(RPOP, key, 0), this.value);
    }

    public Command<List<V>> lrange(K key, long start, long stop) {
        return command(keyArgs(LRANGE, key, 2).add(start).add(stop), this.values);
    }

    public Command<Long> sadd(K key, List<V> members) {
        return command(valuesArgs(SADD, key, members), ReplyDecoders.INTEGER);
    }

    /**
     * SMEMBERS. With byte[] values the set compares arrays by identity; iterate it instead.
     * @param key the set's key
     * @return a command that yields the members
     */
    public Command<Set<V>> smembers(K key) {
        return command(keyArgs(SMEMBERS, key, 0), ReplyDecoders.set(this.value));
    }

    public Command<Long> srem(K key, List<V> members) {
        return command(valuesArgs(SREM, key, members), ReplyDecoders.INTEGER);
    }

    public Command<Long> zadd(K key, double score, V member) {
        return command(keyArgs(ZADD, key, 2).add(score).add(encodeValue(member)),
                ReplyDecoders.INTEGER);
    }

    public Command<Long> zadd(K key, List<ScoredValue<V>> members) {
        requireNotEmpty(ZADD, members);
        CommandArgs args = keyArgs(ZADD, key, members.size() * 2);
        members.forEach((m) -> args.add(m.score()).add(encodeValue(m.value())));
        return command(args, ReplyDecoders.INTEGER);
    }

    public Command<List<V>> zrange(K key, long start, long stop) {
        return command(keyArgs(ZRANGE, key, 2).add(start).add(stop), this.values);
    }

    /**
     * ZRANGE ... WITHSCORES.
     * @param key the sorted set's key
     * @param start the first rank
     * @param stop the last rank, inclusive; -1 for the last member
     * @return a command that yields members with their scores, lowest first
     */
    public Command<List<ScoredValue<V>>> zrangeWithScores(K key, long start, long stop) {
        CommandArgs args = keyArgs(ZRANGE, key, 3).add(start).add(stop).add(Keyword.WITHSCORES);
        return command(args, this::scoredValues);
    }

    public Command<Double> zscore(K key, V member) {
        return command(keyArgs(ZSCORE, key, 1).add(encodeValue(member)), ReplyDecoders.DOUBLE);
    }

    public Command<String> info() {
        return command(CommandArgs.of(INFO, 0), ReplyDecoders.bulk(Commands::ascii));
    }

    public Command<String> info(String section) {
        return command(args(INFO, 1).add(section), ReplyDecoders.bulk(Commands::ascii));
    }

    public Command<Long> dbsize() {
        return command(CommandArgs.of(DBSIZE, 0), ReplyDecoders.INTEGER);
    }

    public Command<String> flushdb() {
        return command(CommandArgs.of(FLUSHDB, 0), ReplyDecoders.STATUS);
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
        CommandArgs args = args(SCAN, 5).add(cursor.getBytes(StandardCharsets.US_ASCII));
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

    private static CommandArgs args(CommandSpec spec, int expected) {
        return CommandArgs.of(spec, expected);
    }

    private CommandArgs keyArgs(CommandSpec spec, K key, int more) {
        return CommandArgs.of(spec, more + 1).add(encodeKey(key));
    }

    private CommandArgs keysArgs(CommandSpec spec, List<K> keys) {
        requireNotEmpty(spec, keys);
        CommandArgs args = CommandArgs.of(spec, keys.size());
        keys.forEach((k) -> args.add(encodeKey(k)));
        return args;
    }

    private CommandArgs valuesArgs(CommandSpec spec, K key, List<V> elements) {
        requireNotEmpty(spec, elements);
        CommandArgs args = keyArgs(spec, key, elements.size());
        elements.forEach((v) -> args.add(encodeValue(v)));
        return args;
    }

    private static void requireNotEmpty(CommandSpec spec, Collection<?> arguments) {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException(spec.displayName() + " needs at least one key or element but got none");
        }
    }

    private static <T> Command<T> command(CommandArgs args, ReplyDecoder<T> decoder) {
        return args.build(decoder);
    }
}
