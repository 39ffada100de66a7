package io.redispool.commands.stream;

import java.util.List;
import java.util.Map;

/**
 * The commands of streams, run at once: adding, trimming, reading and describing here,
 * consumer groups in {@link StreamGroupCommands}.
 *
 * @param <K> the key and field type
 * @param <V> the value type
 */
public interface StreamCommands<K, V> extends StreamGroupCommands<K, V> {

    /** XADD: appends an entry with an ID the server makes; yields the ID. */
    default String xadd(K key, Map<K, V> fields) {
        return execute(builders().streams().xadd(key, fields));
    }

    /**
     * XADD with an ID, NOMKSTREAM or a trim: the ID, or {@code null} when NOMKSTREAM
     * found no stream.
     */
    default String xadd(K key, XAddOptions options, Map<K, V> fields) {
        return execute(builders().streams().xadd(key, options, fields));
    }

    /** XTRIM: how many entries were removed. */
    default Long xtrim(K key, StreamTrim trim) {
        return execute(builders().streams().xtrim(key, trim));
    }

    /** XDEL: how many entries were removed. */
    default Long xdel(K key, List<String> ids) {
        return execute(builders().streams().xdel(key, ids));
    }

    /** XLEN: the number of entries. */
    default Long xlen(K key) {
        return execute(builders().streams().xlen(key));
    }

    /**
     * XRANGE: the entries from start to end ({@code -} and {@code +} for the ends),
     * oldest first.
     */
    default List<StreamEntry<K, V>> xrange(K key, String start, String end) {
        return execute(builders().streams().xrange(key, start, end));
    }

    /** XRANGE with COUNT: at most count entries, oldest first. */
    default List<StreamEntry<K, V>> xrange(K key, String start, String end, long count) {
        return execute(builders().streams().xrange(key, start, end, count));
    }

    /** XREVRANGE: the entries from end down to start, newest first. */
    default List<StreamEntry<K, V>> xrevrange(K key, String end, String start) {
        return execute(builders().streams().xrevrange(key, end, start));
    }

    /** XREVRANGE with COUNT: at most count entries, newest first. */
    default List<StreamEntry<K, V>> xrevrange(K key, String end, String start, long count) {
        return execute(builders().streams().xrevrange(key, end, start, count));
    }

    /**
     * XREAD: each stream's entries after its ID ({@code $} for new ones), in the server's
     * order.
     */
    default Map<K, List<StreamEntry<K, V>>> xread(Map<K, String> streams) {
        return execute(builders().streams().xread(streams));
    }

    /**
     * XREAD with COUNT and BLOCK: each stream's entries, empty when the wait ended
     * without any.
     */
    default Map<K, List<StreamEntry<K, V>>> xread(StreamReadOptions options, Map<K, String> streams) {
        return execute(builders().streams().xread(options, streams));
    }

    /** XSETID: sets the stream's last ID. */
    default String xsetid(K key, String lastId) {
        return execute(builders().streams().xsetid(key, lastId));
    }

    /** XSETID with ENTRIESADDED and MAXDELETEDID. */
    default String xsetid(K key, String lastId, long entriesAdded, String maxDeletedId) {
        return execute(builders().streams().xsetid(key, lastId, entriesAdded, maxDeletedId));
    }

    /** XINFO STREAM: the stream's counters and its first and last entries. */
    default StreamInfo<K, V> xinfoStream(K key) {
        return execute(builders().streams().xinfoStream(key));
    }

    /**
     * XINFO STREAM FULL: the stream with up to 10 entries, its groups, consumers and
     * pending entries.
     */
    default StreamFullInfo<K, V> xinfoStreamFull(K key) {
        return execute(builders().streams().xinfoStreamFull(key));
    }

    /** XINFO STREAM FULL COUNT: the same with up to count entries per list, 0 for all. */
    default StreamFullInfo<K, V> xinfoStreamFull(K key, long count) {
        return execute(builders().streams().xinfoStreamFull(key, count));
    }

    /** XINFO GROUPS: the stream's consumer groups. */
    default List<StreamGroupInfo> xinfoGroups(K key) {
        return execute(builders().streams().xinfoGroups(key));
    }

    /** XINFO CONSUMERS: the group's consumers. */
    default List<StreamConsumerInfo> xinfoConsumers(K key, String group) {
        return execute(builders().streams().xinfoConsumers(key, group));
    }

    /** XINFO HELP: the server's help text, line by line. */
    default List<String> xinfoHelp() {
        return execute(builders().streams().xinfoHelp());
    }

}
