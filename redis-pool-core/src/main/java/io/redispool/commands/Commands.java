package io.redispool.commands;

import io.redispool.codec.RedisCodec;
import io.redispool.codec.StringCodec;
import io.redispool.commands.bitmap.BitmapCommandBuilder;
import io.redispool.commands.geo.GeoCommandBuilder;
import io.redispool.commands.hash.HashCommandBuilder;
import io.redispool.commands.pubsub.PubSubCommandBuilder;
import io.redispool.commands.hyperloglog.HyperLogLogCommandBuilder;
import io.redispool.commands.keys.KeyCommandBuilder;
import io.redispool.commands.keys.KeyExpiryCommandBuilder;
import io.redispool.commands.list.ListCommandBuilder;
import io.redispool.commands.scripting.FunctionCommandBuilder;
import io.redispool.commands.scripting.ScriptingCommandBuilder;
import io.redispool.commands.server.ClientCommandBuilder;
import io.redispool.commands.server.DiagnosticCommandBuilder;
import io.redispool.commands.server.ServerCommandBuilder;
import io.redispool.commands.set.SetCommandBuilder;
import io.redispool.commands.sortedset.SortedSetAlgebraCommandBuilder;
import io.redispool.commands.sortedset.SortedSetCommandBuilder;
import io.redispool.commands.sortedset.SortedSetPopCommandBuilder;
import io.redispool.commands.sortedset.SortedSetRangeCommandBuilder;
import io.redispool.commands.stream.StreamCommandBuilder;
import io.redispool.commands.stream.StreamGroupCommandBuilder;
import io.redispool.commands.string.StringCommandBuilder;

/**
 * The command builders of every group for one codec: each turns a call into a
 * {@link io.redispool.command.Command} without touching a connection, so the command can
 * run at once, in a pipeline, or anywhere else commands run.
 *
 * <pre>{@code
 * Commands<String, String> commands = Commands.utf8();
 * pipeline.add(commands.hashes().hincrby("stats", "hits", 1));
 * }</pre>
 *
 * <p>
 * Immutable and thread-safe; build one per codec and share it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class Commands<K, V> {

    private static final Commands<String, String> UTF_8 = new Commands<>(StringCodec.UTF_8);

    private final CommandCodec<K, V> codec;

    private final StringCommandBuilder<K, V> strings;

    private final KeyCommandBuilder<K, V> keys;

    private final HashCommandBuilder<K, V> hashes;

    private final ListCommandBuilder<K, V> lists;

    private final SetCommandBuilder<K, V> sets;

    private final SortedSetCommandBuilder<K, V> sortedSets;

    private final SortedSetRangeCommandBuilder<K, V> sortedSetRanges;

    private final SortedSetAlgebraCommandBuilder<K, V> sortedSetAlgebra;

    private final SortedSetPopCommandBuilder<K, V> sortedSetPops;

    private final GeoCommandBuilder<K, V> geo;

    private final ServerCommandBuilder<K, V> server;

    private final BitmapCommandBuilder<K, V> bitmaps;

    private final HyperLogLogCommandBuilder<K, V> hyperLogLogs;

    private final KeyExpiryCommandBuilder<K, V> expiries;

    private final StreamCommandBuilder<K, V> streams;

    private final StreamGroupCommandBuilder<K, V> streamGroups;

    private final ScriptingCommandBuilder<K, V> scripting;

    private final FunctionCommandBuilder<K, V> functions;

    private final DiagnosticCommandBuilder<K, V> diagnostics;

    private final ClientCommandBuilder clients;

    private final PubSubCommandBuilder<K, V> pubSub;

    private Commands(RedisCodec<K, V> codec) {
        this.codec = new CommandCodec<>(codec);
        this.strings = new StringCommandBuilder<>(this.codec);
        this.keys = new KeyCommandBuilder<>(this.codec);
        this.hashes = new HashCommandBuilder<>(this.codec);
        this.lists = new ListCommandBuilder<>(this.codec);
        this.sets = new SetCommandBuilder<>(this.codec);
        this.sortedSets = new SortedSetCommandBuilder<>(this.codec);
        this.sortedSetRanges = new SortedSetRangeCommandBuilder<>(this.codec);
        this.sortedSetAlgebra = new SortedSetAlgebraCommandBuilder<>(this.codec);
        this.sortedSetPops = new SortedSetPopCommandBuilder<>(this.codec);
        this.geo = new GeoCommandBuilder<>(this.codec);
        this.server = new ServerCommandBuilder<>(this.codec);
        this.bitmaps = new BitmapCommandBuilder<>(this.codec);
        this.hyperLogLogs = new HyperLogLogCommandBuilder<>(this.codec);
        this.expiries = new KeyExpiryCommandBuilder<>(this.codec);
        this.streams = new StreamCommandBuilder<>(this.codec);
        this.streamGroups = new StreamGroupCommandBuilder<>(this.codec);
        this.scripting = new ScriptingCommandBuilder<>(this.codec);
        this.functions = new FunctionCommandBuilder<>(this.codec);
        this.diagnostics = new DiagnosticCommandBuilder<>(this.codec);
        this.clients = new ClientCommandBuilder();
        this.pubSub = new PubSubCommandBuilder<>(this.codec);
    }

    /**
     * Builders for String keys and values in UTF-8.
     * @return the shared builders
     */
    public static Commands<String, String> utf8() {
        return UTF_8;
    }

    /**
     * Builders for the codec's key and value types.
     * @param codec encodes keys and values
     * @param <K> the key type
     * @param <V> the value type
     * @return the builders
     */
    public static <K, V> Commands<K, V> of(RedisCodec<K, V> codec) {
        return (codec == StringCodec.UTF_8) ? cast(UTF_8) : new Commands<>(codec);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Commands<K, V> cast(Commands<String, String> commands) {
        return (Commands<K, V>) commands;
    }

    /**
     * The codec as the builders use it, for building commands of one's own.
     * @return the codec
     */
    public CommandCodec<K, V> codec() {
        return this.codec;
    }

    /**
     * Strings and counters: GET, SET, INCR, MGET...
     * @return the builder
     */
    public StringCommandBuilder<K, V> strings() {
        return this.strings;
    }

    /**
     * Keys of any type: DEL, EXISTS, RENAME, SCAN, SORT, DUMP, RESTORE...
     * @return the builder
     */
    public KeyCommandBuilder<K, V> keys() {
        return this.keys;
    }

    /**
     * Hashes: HGET, HSET, HINCRBY...
     * @return the builder
     */
    public HashCommandBuilder<K, V> hashes() {
        return this.hashes;
    }

    /**
     * Lists: LPUSH, LRANGE, BLPOP...
     * @return the builder
     */
    public ListCommandBuilder<K, V> lists() {
        return this.lists;
    }

    /**
     * Sets: SADD, SMEMBERS, SINTER...
     * @return the builder
     */
    public SetCommandBuilder<K, V> sets() {
        return this.sets;
    }

    /**
     * Sorted sets: ZADD, ZRANGE, ZSCORE, ZRANK, ZSCAN...
     * @return the builder
     */
    public SortedSetCommandBuilder<K, V> sortedSets() {
        return this.sortedSets;
    }

    /**
     * Sorted set ranges by score, lex or rank: ZCOUNT, ZREMRANGEBYSCORE, ZRANGEBYLEX...
     * @return the builder
     */
    public SortedSetRangeCommandBuilder<K, V> sortedSetRanges() {
        return this.sortedSetRanges;
    }

    /**
     * Sorted set algebra: ZINTER, ZUNIONSTORE, ZDIFF, ZINTERCARD...
     * @return the builder
     */
    public SortedSetAlgebraCommandBuilder<K, V> sortedSetAlgebra() {
        return this.sortedSetAlgebra;
    }

    /**
     * Popping sorted set members: ZPOPMIN, BZPOPMAX, ZMPOP, BZMPOP...
     * @return the builder
     */
    public SortedSetPopCommandBuilder<K, V> sortedSetPops() {
        return this.sortedSetPops;
    }

    /**
     * Geo: GEOADD, GEODIST, GEOPOS, GEOSEARCH...
     * @return the builder
     */
    public GeoCommandBuilder<K, V> geo() {
        return this.geo;
    }

    /**
     * The server and the connection: PING, ECHO, INFO, DBSIZE, TIME...
     * @return the builder
     */
    public ServerCommandBuilder<K, V> server() {
        return this.server;
    }

    /**
     * Bitmaps: SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD...
     * @return the builder
     */
    public BitmapCommandBuilder<K, V> bitmaps() {
        return this.bitmaps;
    }

    /**
     * HyperLogLogs: PFADD, PFCOUNT, PFMERGE.
     * @return the builder
     */
    public HyperLogLogCommandBuilder<K, V> hyperLogLogs() {
        return this.hyperLogLogs;
    }

    /**
     * The expiry of keys of any type: EXPIRE, PEXPIREAT, TTL, PERSIST...
     * @return the builder
     */
    public KeyExpiryCommandBuilder<K, V> expiries() {
        return this.expiries;
    }

    /**
     * Streams: XADD, XRANGE, XREAD, XTRIM, XINFO...
     * @return the builder
     */
    public StreamCommandBuilder<K, V> streams() {
        return this.streams;
    }

    /**
     * Stream consumer groups: XGROUP, XREADGROUP, XACK, XCLAIM, XPENDING...
     * @return the builder
     */
    public StreamGroupCommandBuilder<K, V> streamGroups() {
        return this.streamGroups;
    }

    /**
     * Lua scripts: EVAL, EVALSHA, SCRIPT LOAD...
     * @return the builder
     */
    public ScriptingCommandBuilder<K, V> scripting() {
        return this.scripting;
    }

    /**
     * Functions: FCALL, FUNCTION LOAD, FUNCTION LIST...
     * @return the builder
     */
    public FunctionCommandBuilder<K, V> functions() {
        return this.functions;
    }

    /**
     * Diagnostics: MEMORY, SLOWLOG, LATENCY, COMMAND...
     * @return the builder
     */
    public DiagnosticCommandBuilder<K, V> diagnostics() {
        return this.diagnostics;
    }

    /**
     * Connections: CLIENT ID, CLIENT LIST, CLIENT KILL, CLIENT PAUSE...
     * @return the builder
     */
    public ClientCommandBuilder clients() {
        return this.clients;
    }

    /**
     * Publishing: PUBLISH, SPUBLISH, PUBSUB CHANNELS...
     * @return the builder
     */
    public PubSubCommandBuilder<K, V> pubSub() {
        return this.pubSub;
    }

}
