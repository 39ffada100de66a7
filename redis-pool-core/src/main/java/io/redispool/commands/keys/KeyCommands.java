package io.redispool.commands.keys;

import io.redispool.command.ScanResult;
import io.redispool.commands.ScanIterator;
import java.time.Duration;
import java.util.List;

/**
 * The commands of keys of any type (the generic group): existence, deletion, renaming,
 * copying, iteration, sorting, serialization, migration and, through
 * {@link KeyExpiryCommands}, expiry, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface KeyCommands<K, V> extends KeyExpiryCommands<K, V> {

    /**
     * COPY: copies a key's value to the destination, if it does not exist; {@code false}
     * when nothing was copied.
     */
    default Boolean copy(K source, K destination) {
        return execute(builders().keys().copy(source, destination));
    }

    /**
     * COPY with options: into another database, or over an existing destination;
     * {@code false} when nothing was copied.
     */
    default Boolean copy(K source, K destination, CopyOptions options) {
        return execute(builders().keys().copy(source, destination, options));
    }

    /** DEL: removes keys; yields how many existed. */
    default Long del(List<K> keys) {
        return execute(builders().keys().del(keys));
    }

    /**
     * DUMP: the key's value in the server's serialization format, for RESTORE;
     * {@code null} when it does not exist.
     */
    default byte[] dump(K key) {
        return execute(builders().keys().dump(key));
    }

    /** EXISTS: how many of the keys exist, a key named twice counting twice. */
    default Long exists(List<K> keys) {
        return execute(builders().keys().exists(keys));
    }

    /**
     * KEYS: every key matching a glob-style pattern, at once; prefer SCAN on a server in
     * use.
     */
    default List<K> keys(String pattern) {
        return execute(builders().keys().keys(pattern));
    }

    /**
     * MIGRATE: moves keys to another server's database; {@code false} when none of them
     * existed.
     */
    default Boolean migrate(String host, int port, List<K> keys, long destinationDb, Duration timeout) {
        return execute(builders().keys().migrate(host, port, keys, destinationDb, timeout));
    }

    /**
     * MIGRATE with options: copies, replaces, authenticates; {@code false} when none of
     * the keys existed.
     */
    default Boolean migrate(String host, int port, List<K> keys, long destinationDb, Duration timeout,
            MigrateOptions options) {
        return execute(builders().keys().migrate(host, port, keys, destinationDb, timeout, options));
    }

    /**
     * MOVE: moves a key to another database of this server; {@code false} when it is
     * missing here or exists there.
     */
    default Boolean move(K key, long database) {
        return execute(builders().keys().move(key, database));
    }

    /**
     * OBJECT ENCODING: how the server stores the value, such as {@code listpack} or
     * {@code int}; {@code null} when missing.
     */
    default String objectEncoding(K key) {
        return execute(builders().keys().objectEncoding(key));
    }

    /**
     * OBJECT FREQ: the key's logarithmic access counter, under an LFU maxmemory-policy
     * only; {@code null} when missing.
     */
    default Long objectFreq(K key) {
        return execute(builders().keys().objectFreq(key));
    }

    /** OBJECT HELP: the server's description of the OBJECT subcommands, a line each. */
    default List<String> objectHelp() {
        return execute(builders().keys().objectHelp());
    }

    /**
     * OBJECT IDLETIME: seconds since the key was last read or written, unless under an
     * LFU policy; {@code null} when missing.
     */
    default Long objectIdletime(K key) {
        return execute(builders().keys().objectIdletime(key));
    }

    /**
     * OBJECT REFCOUNT: how many references the server holds to the value; {@code null}
     * when missing.
     */
    default Long objectRefcount(K key) {
        return execute(builders().keys().objectRefcount(key));
    }

    /** RANDOMKEY: a key picked at random, or {@code null} when the database is empty. */
    default K randomkey() {
        return execute(builders().keys().randomkey());
    }

    /**
     * RENAME: renames a key, replacing the new name's value; fails when the key does not
     * exist.
     */
    default String rename(K key, K newKey) {
        return execute(builders().keys().rename(key, newKey));
    }

    /**
     * RENAMENX: renames a key only if the new name does not exist; {@code false} when it
     * did.
     */
    default Boolean renamenx(K key, K newKey) {
        return execute(builders().keys().renamenx(key, newKey));
    }

    /** RESTORE: creates a key from a DUMP, without expiry; fails when the key exists. */
    default String restore(K key, byte[] serialized) {
        return execute(builders().keys().restore(key, serialized));
    }

    /**
     * RESTORE with options: an expiry, REPLACE, and the key's idle time or access
     * frequency.
     */
    default String restore(K key, byte[] serialized, RestoreOptions options) {
        return execute(builders().keys().restore(key, serialized, options));
    }

    /** SCAN: one page of keys; pass its cursor back until it is finished. */
    default ScanResult<K> scan(String cursor) {
        return execute(builders().keys().scan(cursor));
    }

    /**
     * SCAN with a MATCH pattern ({@code null} for none) and a COUNT hint (0 for the
     * server's default).
     */
    default ScanResult<K> scan(String cursor, String pattern, long count) {
        return execute(builders().keys().scan(cursor, pattern, count));
    }

    /** SCAN with options: MATCH, COUNT and TYPE. */
    default ScanResult<K> scan(String cursor, ScanOptions options) {
        return execute(builders().keys().scan(cursor, options));
    }

    /**
     * SORT: the elements of a list, set or sorted set, sorted as numbers in ascending
     * order.
     */
    default List<V> sort(K key) {
        return execute(builders().keys().sort(key));
    }

    /**
     * SORT with options: BY, LIMIT, GET, ASC or DESC, ALPHA; {@code null} for each GET of
     * a missing key.
     */
    default List<V> sort(K key, SortOptions options) {
        return execute(builders().keys().sort(key, options));
    }

    /**
     * SORT ... STORE: stores the sorted elements as a list at the destination; yields how
     * many.
     */
    default Long sortStore(K key, SortOptions options, K destination) {
        return execute(builders().keys().sortStore(key, options, destination));
    }

    /** SORT_RO: as SORT with options, read-only, so replicas may serve it. */
    default List<V> sortRo(K key, SortOptions options) {
        return execute(builders().keys().sortRo(key, options));
    }

    /** TOUCH: marks keys as just used, for eviction; yields how many exist. */
    default Long touch(List<K> keys) {
        return execute(builders().keys().touch(keys));
    }

    /**
     * TYPE: the type of a key's value, such as {@code string} or {@code hash};
     * {@code none} when missing.
     */
    default String type(K key) {
        return execute(builders().keys().type(key));
    }

    /**
     * UNLINK: removes keys, freeing their memory in the background; yields how many
     * existed.
     */
    default Long unlink(List<K> keys) {
        return execute(builders().keys().unlink(keys));
    }

    /**
     * WAIT: waits until the replicas have the writes of the connection it runs on (so
     * pipeline it after them) or the timeout (0 for ever); yields how many have.
     */
    default Long wait(long replicas, Duration timeout) {
        return execute(builders().keys().wait(replicas, timeout));
    }

    /**
     * SCAN, every page: the keys matching a pattern ({@code null} for all), fetched as
     * iterated.
     */
    default Iterable<K> scanAll(String pattern, long count) {
        return ScanIterator.iterable(this, (cursor) -> builders().keys().scan(cursor, pattern, count));
    }

    /** SCAN, every page: the keys the options select, fetched as iterated. */
    default Iterable<K> scanAll(ScanOptions options) {
        return ScanIterator.iterable(this, (cursor) -> builders().keys().scan(cursor, options));
    }

}
