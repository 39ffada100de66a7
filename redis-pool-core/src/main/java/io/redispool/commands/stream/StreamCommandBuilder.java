package io.redispool.commands.stream;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Map;

/**
 * Builds the commands of streams that need no consumer group as data: adding, trimming,
 * reading and describing; {@link StreamCommands} runs them. The group commands are in
 * {@link StreamGroupCommandBuilder}.
 *
 * @param <K> the key and field type
 * @param <V> the value type
 */
public final class StreamCommandBuilder<K, V> {

    private static final CommandSpec XADD = CommandTable.get().spec("xadd");

    private static final CommandSpec XTRIM = CommandTable.get().spec("xtrim");

    private static final CommandSpec XDEL = CommandTable.get().spec("xdel");

    private static final CommandSpec XLEN = CommandTable.get().spec("xlen");

    private static final CommandSpec XRANGE = CommandTable.get().spec("xrange");

    private static final CommandSpec XREVRANGE = CommandTable.get().spec("xrevrange");

    private static final CommandSpec XREAD = CommandTable.get().spec("xread");

    private static final CommandSpec XSETID = CommandTable.get().spec("xsetid");

    private static final CommandSpec XINFO_STREAM = CommandTable.get().spec("xinfo|stream");

    private static final CommandSpec XINFO_GROUPS = CommandTable.get().spec("xinfo|groups");

    private static final CommandSpec XINFO_CONSUMERS = CommandTable.get().spec("xinfo|consumers");

    private static final CommandSpec XINFO_HELP = CommandTable.get().spec("xinfo|help");

    private final CommandCodec<K, V> codec;

    private final StreamReplies<K, V> replies;

    private final StreamInfoReplies<K, V> info;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public StreamCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.replies = new StreamReplies<>(codec);
        this.info = new StreamInfoReplies<>(this.replies);
    }

    /** XADD with an ID the server makes; yields the ID. */
    public Command<String> xadd(K key, Map<K, V> fields) {
        return xadd(key, XAddOptions.none(), fields);
    }

    /**
     * XADD with options; yields the ID, or {@code null} when NOMKSTREAM found no stream.
     */
    public Command<String> xadd(K key, XAddOptions options, Map<K, V> fields) {
        CommandCodec.requireNotEmpty(XADD, "fields", fields.keySet());
        CommandArgs args = this.codec.keyArgs(XADD, key, 8 + fields.size() * 2);
        options.appendTo(args);
        fields.forEach((field, value) -> args.add(this.codec.key(field)).add(this.codec.value(value)));
        return args.build(StreamReplies.ID);
    }

    /** XTRIM; yields how many entries were removed. */
    public Command<Long> xtrim(K key, StreamTrim trim) {
        CommandArgs args = this.codec.keyArgs(XTRIM, key, 5);
        trim.appendTo(args);
        return args.build(ReplyDecoders.INTEGER);
    }

    /** XDEL; yields how many entries were removed. */
    public Command<Long> xdel(K key, List<String> ids) {
        CommandCodec.requireNotEmpty(XDEL, "ids", ids);
        CommandArgs args = this.codec.keyArgs(XDEL, key, ids.size());
        ids.forEach((id) -> args.add(StreamArguments.id("id", id)));
        return args.build(ReplyDecoders.INTEGER);
    }

    /** XLEN; yields the number of entries. */
    public Command<Long> xlen(K key) {
        return this.codec.keyArgs(XLEN, key, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * XRANGE from start to end ({@code -} and {@code +} for the ends); yields the
     * entries, oldest first.
     */
    public Command<List<StreamEntry<K, V>>> xrange(K key, String start, String end) {
        return range(XRANGE, key, start, end).build(this.replies.entries);
    }

    /** XRANGE with COUNT; yields at most count entries, oldest first. */
    public Command<List<StreamEntry<K, V>>> xrange(K key, String start, String end, long count) {
        return range(XRANGE, key, start, end).add(Keyword.COUNT)
            .add(StreamArguments.count(count))
            .build(this.replies.entries);
    }

    /** XREVRANGE from end down to start; yields the entries, newest first. */
    public Command<List<StreamEntry<K, V>>> xrevrange(K key, String end, String start) {
        return range(XREVRANGE, key, end, start).build(this.replies.entries);
    }

    /** XREVRANGE with COUNT; yields at most count entries, newest first. */
    public Command<List<StreamEntry<K, V>>> xrevrange(K key, String end, String start, long count) {
        return range(XREVRANGE, key, end, start).add(Keyword.COUNT)
            .add(StreamArguments.count(count))
            .build(this.replies.entries);
    }

    private CommandArgs range(CommandSpec spec, K key, String from, String to) {
        boolean reverse = spec == XREVRANGE;
        return this.codec.keyArgs(spec, key, 4)
            .add(StreamArguments.id(reverse ? "end" : "start", from))
            .add(StreamArguments.id(reverse ? "start" : "end", to));
    }

    /**
     * XREAD of the entries after each stream's ID; yields each stream's entries, in the
     * server's order.
     */
    public Command<Map<K, List<StreamEntry<K, V>>>> xread(Map<K, String> streams) {
        return xread(StreamReadOptions.none(), streams);
    }

    /**
     * XREAD with COUNT and BLOCK; yields each stream's entries, empty when the wait ended
     * without any.
     */
    public Command<Map<K, List<StreamEntry<K, V>>>> xread(StreamReadOptions options, Map<K, String> streams) {
        CommandArgs args = CommandArgs.of(XREAD, 5 + streams.size() * 2);
        options.appendTo(args, false);
        return StreamArguments.streams(XREAD, args, this.codec, streams).build(this.replies.streams);
    }

    /** XSETID: sets the stream's last ID. */
    public Command<String> xsetid(K key, String lastId) {
        return this.codec.keyArgs(XSETID, key, 1).add(StreamArguments.id("lastId", lastId)).build(ReplyDecoders.STATUS);
    }

    /** XSETID with ENTRIESADDED and MAXDELETEDID, as a replica or a restore sets them. */
    public Command<String> xsetid(K key, String lastId, long entriesAdded, String maxDeletedId) {
        if (entriesAdded < 0) {
            throw new IllegalArgumentException("'entriesAdded' must be at least 0 but was " + entriesAdded);
        }
        return this.codec.keyArgs(XSETID, key, 5)
            .add(StreamArguments.id("lastId", lastId))
            .add(Keyword.ENTRIESADDED)
            .add(entriesAdded)
            .add(Keyword.MAXDELETEDID)
            .add(StreamArguments.id("maxDeletedId", maxDeletedId))
            .build(ReplyDecoders.STATUS);
    }

    /** XINFO STREAM; yields the stream's counters and its first and last entries. */
    public Command<StreamInfo<K, V>> xinfoStream(K key) {
        return this.codec.keyArgs(XINFO_STREAM, key, 0).build(this.info.stream);
    }

    /**
     * XINFO STREAM FULL; yields the stream with up to 10 entries and pending entries per
     * list.
     */
    public Command<StreamFullInfo<K, V>> xinfoStreamFull(K key) {
        return this.codec.keyArgs(XINFO_STREAM, key, 1).add(Keyword.FULL).build(this.info.full);
    }

    /**
     * XINFO STREAM FULL COUNT; yields the stream with up to count entries per list, 0 for
     * all.
     */
    public Command<StreamFullInfo<K, V>> xinfoStreamFull(K key, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("'count' must be at least 0 but was " + count);
        }
        return this.codec.keyArgs(XINFO_STREAM, key, 3)
            .add(Keyword.FULL)
            .add(Keyword.COUNT)
            .add(count)
            .build(this.info.full);
    }

    /** XINFO GROUPS; yields the stream's consumer groups. */
    public Command<List<StreamGroupInfo>> xinfoGroups(K key) {
        return this.codec.keyArgs(XINFO_GROUPS, key, 0).build(StreamInfoReplies.GROUPS);
    }

    /** XINFO CONSUMERS; yields the group's consumers. */
    public Command<List<StreamConsumerInfo>> xinfoConsumers(K key, String group) {
        return this.codec.keyArgs(XINFO_CONSUMERS, key, 1)
            .add(StreamArguments.name("group", group))
            .build(StreamInfoReplies.CONSUMERS);
    }

    /** XINFO HELP; yields the server's help text, line by line. */
    public Command<List<String>> xinfoHelp() {
        return CommandArgs.of(XINFO_HELP, 0).build(StreamReplies.IDS);
    }

}
