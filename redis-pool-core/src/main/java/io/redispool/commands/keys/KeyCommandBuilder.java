package io.redispool.commands.keys;

import io.redispool.RedisProtocolException;
import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ScanResult;
import io.redispool.commands.CommandCodec;
import io.redispool.commands.TimeArguments;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the commands of keys of any type (the generic group): existence, deletion,
 * renaming, copying, iteration, sorting, serialization and migration, as data;
 * {@link KeyCommands} runs them. Expiry has a builder of its own,
 * {@link KeyExpiryCommandBuilder}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class KeyCommandBuilder<K, V> {

    private static final CommandSpec COPY = CommandTable.get().spec("copy");

    private static final CommandSpec DEL = CommandTable.get().spec("del");

    private static final CommandSpec DUMP = CommandTable.get().spec("dump");

    private static final CommandSpec EXISTS = CommandTable.get().spec("exists");

    private static final CommandSpec KEYS = CommandTable.get().spec("keys");

    private static final CommandSpec MIGRATE = CommandTable.get().spec("migrate");

    private static final CommandSpec MOVE = CommandTable.get().spec("move");

    private static final CommandSpec OBJECT_ENCODING = CommandTable.get().spec("object|encoding");

    private static final CommandSpec OBJECT_FREQ = CommandTable.get().spec("object|freq");

    private static final CommandSpec OBJECT_HELP = CommandTable.get().spec("object|help");

    private static final CommandSpec OBJECT_IDLETIME = CommandTable.get().spec("object|idletime");

    private static final CommandSpec OBJECT_REFCOUNT = CommandTable.get().spec("object|refcount");

    private static final CommandSpec RANDOMKEY = CommandTable.get().spec("randomkey");

    private static final CommandSpec RENAME = CommandTable.get().spec("rename");

    private static final CommandSpec RENAMENX = CommandTable.get().spec("renamenx");

    private static final CommandSpec RESTORE = CommandTable.get().spec("restore");

    private static final CommandSpec SCAN = CommandTable.get().spec("scan");

    private static final CommandSpec SORT = CommandTable.get().spec("sort");

    private static final CommandSpec SORT_RO = CommandTable.get().spec("sort_ro");

    private static final CommandSpec TOUCH = CommandTable.get().spec("touch");

    private static final CommandSpec TYPE = CommandTable.get().spec("type");

    private static final CommandSpec UNLINK = CommandTable.get().spec("unlink");

    private static final CommandSpec WAIT = CommandTable.get().spec("wait");

    private static final ReplyDecoder<byte[]> BYTES = ReplyDecoders.bulk(Function.identity());

    private static final ReplyDecoder<Boolean> OK_OR_NOKEY = (reply) -> {
        String status = ReplyDecoders.STATUS.decode(reply);
        return switch (status) {
            case "OK" -> true;
            case "NOKEY" -> false;
            default -> throw new RedisProtocolException("Expected OK or NOKEY but got '" + status + "'");
        };
    };

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public KeyCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /**
     * COPY: copies a key's value to the destination, if it does not exist; {@code false}
     * when nothing was copied.
     */
    public Command<Boolean> copy(K source, K destination) {
        return copy(source, destination, CopyOptions.none());
    }

    /**
     * COPY with options: into another database, or over an existing destination;
     * {@code false} when nothing was copied.
     */
    public Command<Boolean> copy(K source, K destination, CopyOptions options) {
        CommandArgs args = this.codec.keyArgs(COPY, source, 4).add(this.codec.key(destination));
        options.appendTo(args);
        return args.build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** DEL: removes keys; yields how many existed. */
    public Command<Long> del(List<K> keys) {
        return this.codec.keysArgs(DEL, keys).build(ReplyDecoders.INTEGER);
    }

    /**
     * DUMP: the key's value in the server's serialization format, for RESTORE;
     * {@code null} when it does not exist.
     */
    public Command<byte[]> dump(K key) {
        return this.codec.keyArgs(DUMP, key, 0).build(BYTES);
    }

    /** EXISTS: how many of the keys exist, a key named twice counting twice. */
    public Command<Long> exists(List<K> keys) {
        return this.codec.keysArgs(EXISTS, keys).build(ReplyDecoders.INTEGER);
    }

    /**
     * KEYS: every key matching a glob-style pattern, at once; prefer SCAN on a server in
     * use.
     */
    public Command<List<K>> keys(String pattern) {
        Objects.requireNonNull(pattern, "'pattern' must not be null");
        return CommandArgs.of(KEYS, 1).add(pattern.getBytes(StandardCharsets.UTF_8)).build(this.codec.keysDecoder());
    }

    /**
     * MIGRATE: moves keys to another server's database; {@code false} when none of them
     * existed.
     */
    public Command<Boolean> migrate(String host, int port, List<K> keys, long destinationDb, Duration timeout) {
        return migrate(host, port, keys, destinationDb, timeout, MigrateOptions.none());
    }

    /**
     * MIGRATE with options: copies, replaces, authenticates; {@code false} when none of
     * the keys existed.
     */
    public Command<Boolean> migrate(String host, int port, List<K> keys, long destinationDb, Duration timeout,
            MigrateOptions options) {
        Objects.requireNonNull(host, "'host' must not be null");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'port' must be between 1 and 65535 but was " + port);
        }
        CommandCodec.requireNotEmpty(MIGRATE, "keys", keys);
        long millis = TimeArguments.millis("timeout", timeout);
        if (millis < 1) {
            throw new IllegalArgumentException("'timeout' must be at least 1ms but was " + timeout);
        }
        CommandArgs args = CommandArgs.of(MIGRATE, 10 + keys.size()).add(host).add(port);
        // One key goes in the key position; several go after KEYS, with an empty key in
        // its place.
        args.add((keys.size() == 1) ? this.codec.key(keys.get(0)) : new byte[0]).add(destinationDb).add(millis);
        options.appendTo(args);
        if (keys.size() > 1) {
            args.add(Keyword.KEYS);
            keys.forEach((each) -> args.add(this.codec.key(each)));
        }
        return args.build(OK_OR_NOKEY);
    }

    /**
     * MOVE: moves a key to another database of this server; {@code false} when it is
     * missing here or exists there.
     */
    public Command<Boolean> move(K key, long database) {
        return this.codec.keyArgs(MOVE, key, 1).add(database).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * OBJECT ENCODING: how the server stores the value, such as {@code listpack} or
     * {@code int}; {@code null} when missing.
     */
    public Command<String> objectEncoding(K key) {
        return this.codec.keyArgs(OBJECT_ENCODING, key, 0).build(ReplyDecoders.TEXT);
    }

    /**
     * OBJECT FREQ: the key's logarithmic access counter, under an LFU maxmemory-policy
     * only; {@code null} when missing.
     */
    public Command<Long> objectFreq(K key) {
        return this.codec.keyArgs(OBJECT_FREQ, key, 0).build(ReplyDecoders.INTEGER_OR_NULL);
    }

    /** OBJECT HELP: the server's description of the OBJECT subcommands, a line each. */
    public Command<List<String>> objectHelp() {
        return CommandArgs.of(OBJECT_HELP, 0).build(ReplyDecoders.list(ReplyDecoders.STATUS));
    }

    /**
     * OBJECT IDLETIME: seconds since the key was last read or written, unless under an
     * LFU policy; {@code null} when missing.
     */
    public Command<Long> objectIdletime(K key) {
        return this.codec.keyArgs(OBJECT_IDLETIME, key, 0).build(ReplyDecoders.INTEGER_OR_NULL);
    }

    /**
     * OBJECT REFCOUNT: how many references the server holds to the value; {@code null}
     * when missing.
     */
    public Command<Long> objectRefcount(K key) {
        return this.codec.keyArgs(OBJECT_REFCOUNT, key, 0).build(ReplyDecoders.INTEGER_OR_NULL);
    }

    /** RANDOMKEY: a key picked at random, or {@code null} when the database is empty. */
    public Command<K> randomkey() {
        return CommandArgs.of(RANDOMKEY, 0).build(this.codec.keyDecoder());
    }

    /**
     * RENAME: renames a key, replacing the new name's value; fails when the key does not
     * exist.
     */
    public Command<String> rename(K key, K newKey) {
        return this.codec.keyArgs(RENAME, key, 1).add(this.codec.key(newKey)).build(ReplyDecoders.STATUS);
    }

    /**
     * RENAMENX: renames a key only if the new name does not exist; {@code false} when it
     * did.
     */
    public Command<Boolean> renamenx(K key, K newKey) {
        return this.codec.keyArgs(RENAMENX, key, 1).add(this.codec.key(newKey)).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** RESTORE: creates a key from a DUMP, without expiry; fails when the key exists. */
    public Command<String> restore(K key, byte[] serialized) {
        return restore(key, serialized, RestoreOptions.none());
    }

    /**
     * RESTORE with options: an expiry, REPLACE, and the key's idle time or access
     * frequency.
     */
    public Command<String> restore(K key, byte[] serialized, RestoreOptions options) {
        Objects.requireNonNull(serialized, "'serialized' must not be null");
        CommandArgs args = this.codec.keyArgs(RESTORE, key, 8).add(options.ttl()).add(serialized);
        options.appendTo(args);
        return args.build(ReplyDecoders.STATUS);
    }

    /** SCAN: one page of keys; pass its cursor back until it is finished. */
    public Command<ScanResult<K>> scan(String cursor) {
        return scan(cursor, ScanOptions.none());
    }

    /**
     * SCAN with a MATCH pattern ({@code null} for none) and a COUNT hint (0 for the
     * server's default).
     */
    public Command<ScanResult<K>> scan(String cursor, String pattern, long count) {
        ScanOptions options = (pattern != null) ? ScanOptions.none().match(pattern) : ScanOptions.none();
        return scan(cursor, (count > 0) ? options.count(count) : options);
    }

    /** SCAN with options: MATCH, COUNT and TYPE. */
    public Command<ScanResult<K>> scan(String cursor, ScanOptions options) {
        Objects.requireNonNull(cursor, "'cursor' must not be null");
        CommandArgs args = CommandArgs.of(SCAN, 7).add(cursor);
        options.appendTo(args);
        return args.build(ReplyDecoders.scanPage(this.codec.keysDecoder()));
    }

    /**
     * SORT: the elements of a list, set or sorted set, sorted as numbers in ascending
     * order.
     */
    public Command<List<V>> sort(K key) {
        return sort(key, SortOptions.none());
    }

    /**
     * SORT with options: BY, LIMIT, GET, ASC or DESC, ALPHA; {@code null} for each GET of
     * a missing key.
     */
    public Command<List<V>> sort(K key, SortOptions options) {
        return sortArgs(SORT, key, options).build(this.codec.valuesDecoder());
    }

    /**
     * SORT ... STORE: stores the sorted elements as a list at the destination; yields how
     * many.
     */
    public Command<Long> sortStore(K key, SortOptions options, K destination) {
        return sortArgs(SORT, key, options).add(Keyword.STORE)
            .add(this.codec.key(destination))
            .build(ReplyDecoders.INTEGER);
    }

    /** SORT_RO: as SORT with options, read-only, so replicas may serve it. */
    public Command<List<V>> sortRo(K key, SortOptions options) {
        return sortArgs(SORT_RO, key, options).build(this.codec.valuesDecoder());
    }

    /** TOUCH: marks keys as just used, for eviction; yields how many exist. */
    public Command<Long> touch(List<K> keys) {
        return this.codec.keysArgs(TOUCH, keys).build(ReplyDecoders.INTEGER);
    }

    /**
     * TYPE: the type of a key's value, such as {@code string} or {@code hash};
     * {@code none} when missing.
     */
    public Command<String> type(K key) {
        return this.codec.keyArgs(TYPE, key, 0).build(ReplyDecoders.STATUS);
    }

    /**
     * UNLINK: removes keys, freeing their memory in the background; yields how many
     * existed.
     */
    public Command<Long> unlink(List<K> keys) {
        return this.codec.keysArgs(UNLINK, keys).build(ReplyDecoders.INTEGER);
    }

    /**
     * WAIT: waits until the replicas have the writes of the connection it runs on (so
     * pipeline it after them) or the timeout (0 for ever); yields how many have.
     */
    public Command<Long> wait(long replicas, Duration timeout) {
        if (replicas < 0) {
            throw new IllegalArgumentException("'replicas' must be at least 0 but was " + replicas);
        }
        long millis = TimeArguments.millis("timeout", timeout);
        if (millis < 0) {
            throw new IllegalArgumentException("'timeout' must be at least 0ms but was " + timeout);
        }
        return CommandArgs.of(WAIT, 2).add(replicas).add(millis).build(ReplyDecoders.INTEGER);
    }

    private CommandArgs sortArgs(CommandSpec spec, K key, SortOptions options) {
        CommandArgs args = this.codec.keyArgs(spec, key, options.size() + 2);
        options.appendTo(args);
        return args;
    }

}
