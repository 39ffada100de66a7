package io.redispool.commands.stream;

import io.redispool.commands.CommandRunner;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The commands of stream consumer groups, run at once; {@link StreamCommands} adds the
 * rest of the stream commands.
 *
 * @param <K> the key and field type
 * @param <V> the value type
 */
public interface StreamGroupCommands<K, V> extends CommandRunner<K, V> {

    /**
     * XGROUP CREATE: a group that reads after the ID ({@code $} for new entries only).
     */
    default String xgroupCreate(K key, String group, String id) {
        return execute(builders().streamGroups().xgroupCreate(key, group, id));
    }

    /** XGROUP CREATE with MKSTREAM or ENTRIESREAD. */
    default String xgroupCreate(K key, String group, String id, GroupCreateOptions options) {
        return execute(builders().streamGroups().xgroupCreate(key, group, id, options));
    }

    /** XGROUP CREATECONSUMER: {@code false} when the consumer existed. */
    default Boolean xgroupCreateconsumer(K key, String group, String consumer) {
        return execute(builders().streamGroups().xgroupCreateconsumer(key, group, consumer));
    }

    /** XGROUP DELCONSUMER: how many entries the consumer still had pending. */
    default Long xgroupDelconsumer(K key, String group, String consumer) {
        return execute(builders().streamGroups().xgroupDelconsumer(key, group, consumer));
    }

    /** XGROUP DESTROY: {@code false} when the group did not exist. */
    default Boolean xgroupDestroy(K key, String group) {
        return execute(builders().streamGroups().xgroupDestroy(key, group));
    }

    /** XGROUP SETID: sets the group's last delivered ID. */
    default String xgroupSetid(K key, String group, String id) {
        return execute(builders().streamGroups().xgroupSetid(key, group, id));
    }

    /** XGROUP SETID with ENTRIESREAD (-1 for unknown). */
    default String xgroupSetid(K key, String group, String id, long entriesRead) {
        return execute(builders().streamGroups().xgroupSetid(key, group, id, entriesRead));
    }

    /**
     * XREADGROUP: each stream's entries for the consumer ({@code >} for entries never
     * delivered).
     */
    default Map<K, List<StreamEntry<K, V>>> xreadgroup(String group, String consumer, Map<K, String> streams) {
        return execute(builders().streamGroups().xreadgroup(group, consumer, streams));
    }

    /**
     * XREADGROUP with COUNT, BLOCK and NOACK: each stream's entries, empty when the wait
     * ended.
     */
    default Map<K, List<StreamEntry<K, V>>> xreadgroup(String group, String consumer, StreamReadOptions options,
            Map<K, String> streams) {
        return execute(builders().streamGroups().xreadgroup(group, consumer, options, streams));
    }

    /** XACK: how many of the IDs were pending and are now acknowledged. */
    default Long xack(K key, String group, List<String> ids) {
        return execute(builders().streamGroups().xack(key, group, ids));
    }

    /** XCLAIM: the entries idle for at least minIdle, now owned by the consumer. */
    default List<StreamEntry<K, V>> xclaim(K key, String group, String consumer, Duration minIdle, List<String> ids) {
        return execute(builders().streamGroups().xclaim(key, group, consumer, minIdle, ids));
    }

    /**
     * XCLAIM with IDLE or TIME, RETRYCOUNT, FORCE and LASTID: the entries now owned by
     * the consumer.
     */
    default List<StreamEntry<K, V>> xclaim(K key, String group, String consumer, Duration minIdle, List<String> ids,
            ClaimOptions options) {
        return execute(builders().streamGroups().xclaim(key, group, consumer, minIdle, ids, options));
    }

    /** XCLAIM ... JUSTID: the IDs now owned by the consumer. */
    default List<String> xclaimJustid(K key, String group, String consumer, Duration minIdle, List<String> ids) {
        return execute(builders().streamGroups().xclaimJustid(key, group, consumer, minIdle, ids));
    }

    /** XCLAIM ... JUSTID with options: the IDs now owned by the consumer. */
    default List<String> xclaimJustid(K key, String group, String consumer, Duration minIdle, List<String> ids,
            ClaimOptions options) {
        return execute(builders().streamGroups().xclaimJustid(key, group, consumer, minIdle, ids, options));
    }

    /**
     * XAUTOCLAIM: one page of entries idle for at least minIdle, from start
     * ({@code 0-0}).
     */
    default AutoClaimResult<StreamEntry<K, V>> xautoclaim(K key, String group, String consumer, Duration minIdle,
            String start) {
        return execute(builders().streamGroups().xautoclaim(key, group, consumer, minIdle, start));
    }

    /** XAUTOCLAIM with COUNT: one page of at most count entries. */
    default AutoClaimResult<StreamEntry<K, V>> xautoclaim(K key, String group, String consumer, Duration minIdle,
            String start, long count) {
        return execute(builders().streamGroups().xautoclaim(key, group, consumer, minIdle, start, count));
    }

    /** XAUTOCLAIM ... JUSTID: one page of IDs. */
    default AutoClaimResult<String> xautoclaimJustid(K key, String group, String consumer, Duration minIdle,
            String start) {
        return execute(builders().streamGroups().xautoclaimJustid(key, group, consumer, minIdle, start));
    }

    /** XAUTOCLAIM ... COUNT ... JUSTID: one page of at most count IDs. */
    default AutoClaimResult<String> xautoclaimJustid(K key, String group, String consumer, Duration minIdle,
            String start, long count) {
        return execute(builders().streamGroups().xautoclaimJustid(key, group, consumer, minIdle, start, count));
    }

    /** XPENDING: how many entries are pending, their ID range and who holds them. */
    default PendingSummary xpending(K key, String group) {
        return execute(builders().streamGroups().xpending(key, group));
    }

    /** XPENDING of a range, optionally with IDLE and a consumer: the pending entries. */
    default List<PendingEntry> xpending(K key, String group, PendingRange range) {
        return execute(builders().streamGroups().xpending(key, group, range));
    }

    /** XGROUP HELP: the server's help text, line by line. */
    default List<String> xgroupHelp() {
        return execute(builders().streamGroups().xgroupHelp());
    }

}
