package io.redispool.commands.stream;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Builds the commands of stream consumer groups as data: creating groups and consumers,
 * reading as a consumer, acknowledging, claiming and listing pending entries;
 * {@link StreamGroupCommands} runs them. Group and consumer names are sent in UTF-8.
 *
 * @param <K> the key and field type
 * @param <V> the value type
 */
public final class StreamGroupCommandBuilder<K, V> {

    private static final CommandSpec XGROUP_CREATE = CommandTable.get().spec("xgroup|create");

    private static final CommandSpec XGROUP_CREATECONSUMER = CommandTable.get().spec("xgroup|createconsumer");

    private static final CommandSpec XGROUP_DELCONSUMER = CommandTable.get().spec("xgroup|delconsumer");

    private static final CommandSpec XGROUP_DESTROY = CommandTable.get().spec("xgroup|destroy");

    private static final CommandSpec XGROUP_SETID = CommandTable.get().spec("xgroup|setid");

    private static final CommandSpec XREADGROUP = CommandTable.get().spec("xreadgroup");

    private static final CommandSpec XACK = CommandTable.get().spec("xack");

    private static final CommandSpec XCLAIM = CommandTable.get().spec("xclaim");

    private static final CommandSpec XAUTOCLAIM = CommandTable.get().spec("xautoclaim");

    private static final CommandSpec XPENDING = CommandTable.get().spec("xpending");

    private static final CommandSpec XGROUP_HELP = CommandTable.get().spec("xgroup|help");

    private final CommandCodec<K, V> codec;

    private final StreamReplies<K, V> replies;

    private final ReplyDecoder<AutoClaimResult<StreamEntry<K, V>>> autoClaimed;

    private final ReplyDecoder<AutoClaimResult<String>> autoClaimedIds;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public StreamGroupCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.replies = new StreamReplies<>(codec);
        this.autoClaimed = StreamReplies.autoClaim(this.replies.entries);
        this.autoClaimedIds = StreamReplies.autoClaim(StreamReplies.IDS);
    }

    /**
     * XGROUP CREATE of a group that reads after the ID ({@code $} for new entries only).
     */
    public Command<String> xgroupCreate(K key, String group, String id) {
        return xgroupCreate(key, group, id, GroupCreateOptions.none());
    }

    /** XGROUP CREATE with MKSTREAM or ENTRIESREAD. */
    public Command<String> xgroupCreate(K key, String group, String id, GroupCreateOptions options) {
        CommandArgs args = groupArgs(XGROUP_CREATE, key, group, 4).add(StreamArguments.id("id", id));
        options.appendTo(args);
        return args.build(ReplyDecoders.STATUS);
    }

    /** XGROUP CREATECONSUMER; yields {@code false} when the consumer existed. */
    public Command<Boolean> xgroupCreateconsumer(K key, String group, String consumer) {
        return groupArgs(XGROUP_CREATECONSUMER, key, group, 1).add(StreamArguments.name("consumer", consumer))
            .build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** XGROUP DELCONSUMER; yields how many entries the consumer still had pending. */
    public Command<Long> xgroupDelconsumer(K key, String group, String consumer) {
        return groupArgs(XGROUP_DELCONSUMER, key, group, 1).add(StreamArguments.name("consumer", consumer))
            .build(ReplyDecoders.INTEGER);
    }

    /** XGROUP DESTROY; yields {@code false} when the group did not exist. */
    public Command<Boolean> xgroupDestroy(K key, String group) {
        return groupArgs(XGROUP_DESTROY, key, group, 0).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** XGROUP SETID: the group's last delivered ID. */
    public Command<String> xgroupSetid(K key, String group, String id) {
        return groupArgs(XGROUP_SETID, key, group, 1).add(StreamArguments.id("id", id)).build(ReplyDecoders.STATUS);
    }

    /** XGROUP SETID with ENTRIESREAD, 0 or more, or -1 for unknown. */
    public Command<String> xgroupSetid(K key, String group, String id, long entriesRead) {
        if (entriesRead < -1) {
            throw new IllegalArgumentException(
                    "'entriesRead' must be at least 0, or -1 for unknown, but was " + entriesRead);
        }
        return groupArgs(XGROUP_SETID, key, group, 3).add(StreamArguments.id("id", id))
            .add(Keyword.ENTRIESREAD)
            .add(entriesRead)
            .build(ReplyDecoders.STATUS);
    }

    private CommandArgs groupArgs(CommandSpec spec, K key, String group, int more) {
        return this.codec.keyArgs(spec, key, more + 1).add(StreamArguments.name("group", group));
    }

    /**
     * XREADGROUP as a consumer, {@code >} for entries never delivered; yields each
     * stream's entries.
     */
    public Command<Map<K, List<StreamEntry<K, V>>>> xreadgroup(String group, String consumer, Map<K, String> streams) {
        return xreadgroup(group, consumer, StreamReadOptions.none(), streams);
    }

    /**
     * XREADGROUP with COUNT, BLOCK and NOACK; yields each stream's entries, empty when
     * the wait ended.
     */
    public Command<Map<K, List<StreamEntry<K, V>>>> xreadgroup(String group, String consumer, StreamReadOptions options,
            Map<K, String> streams) {
        CommandArgs args = CommandArgs.of(XREADGROUP, 9 + streams.size() * 2)
            .add(Keyword.GROUP)
            .add(StreamArguments.name("group", group))
            .add(StreamArguments.name("consumer", consumer));
        options.appendTo(args, true);
        return StreamArguments.streams(XREADGROUP, args, this.codec, streams).build(this.replies.streams);
    }

    /** XACK; yields how many of the IDs were pending and are now acknowledged. */
    public Command<Long> xack(K key, String group, List<String> ids) {
        CommandCodec.requireNotEmpty(XACK, "ids", ids);
        CommandArgs args = groupArgs(XACK, key, group, ids.size());
        ids.forEach((id) -> args.add(StreamArguments.id("id", id)));
        return args.build(ReplyDecoders.INTEGER);
    }

    /**
     * XCLAIM of entries idle for at least minIdle; yields the entries now owned by the
     * consumer.
     */
    public Command<List<StreamEntry<K, V>>> xclaim(K key, String group, String consumer, Duration minIdle,
            List<String> ids) {
        return xclaim(key, group, consumer, minIdle, ids, ClaimOptions.none());
    }

    /**
     * XCLAIM with IDLE or TIME, RETRYCOUNT, FORCE and LASTID; yields the entries now
     * owned by the consumer.
     */
    public Command<List<StreamEntry<K, V>>> xclaim(K key, String group, String consumer, Duration minIdle,
            List<String> ids, ClaimOptions options) {
        return claimArgs(key, group, consumer, minIdle, ids, options).build(this.replies.entries);
    }

    /**
     * XCLAIM ... JUSTID; yields the IDs now owned by the consumer, without their entries.
     */
    public Command<List<String>> xclaimJustid(K key, String group, String consumer, Duration minIdle,
            List<String> ids) {
        return xclaimJustid(key, group, consumer, minIdle, ids, ClaimOptions.none());
    }

    /** XCLAIM ... JUSTID with options; yields the IDs now owned by the consumer. */
    public Command<List<String>> xclaimJustid(K key, String group, String consumer, Duration minIdle, List<String> ids,
            ClaimOptions options) {
        return claimArgs(key, group, consumer, minIdle, ids, options).add(Keyword.JUSTID).build(StreamReplies.IDS);
    }

    private CommandArgs claimArgs(K key, String group, String consumer, Duration minIdle, List<String> ids,
            ClaimOptions options) {
        CommandCodec.requireNotEmpty(XCLAIM, "ids", ids);
        CommandArgs args = groupArgs(XCLAIM, key, group, 11 + ids.size())
            .add(StreamArguments.name("consumer", consumer))
            .add(StreamArguments.millis("minIdle", minIdle));
        ids.forEach((id) -> args.add(StreamArguments.id("id", id)));
        options.appendTo(args);
        return args;
    }

    /**
     * XAUTOCLAIM of entries idle for at least minIdle, from start ({@code 0-0}); yields
     * one page.
     */
    public Command<AutoClaimResult<StreamEntry<K, V>>> xautoclaim(K key, String group, String consumer,
            Duration minIdle, String start) {
        return autoClaimArgs(key, group, consumer, minIdle, start).build(this.autoClaimed);
    }

    /** XAUTOCLAIM with COUNT; yields one page of at most count entries. */
    public Command<AutoClaimResult<StreamEntry<K, V>>> xautoclaim(K key, String group, String consumer,
            Duration minIdle, String start, long count) {
        return autoClaimArgs(key, group, consumer, minIdle, start).add(Keyword.COUNT)
            .add(StreamArguments.count(count))
            .build(this.autoClaimed);
    }

    /** XAUTOCLAIM ... JUSTID; yields one page of IDs. */
    public Command<AutoClaimResult<String>> xautoclaimJustid(K key, String group, String consumer, Duration minIdle,
            String start) {
        return autoClaimArgs(key, group, consumer, minIdle, start).add(Keyword.JUSTID).build(this.autoClaimedIds);
    }

    /** XAUTOCLAIM ... COUNT ... JUSTID; yields one page of at most count IDs. */
    public Command<AutoClaimResult<String>> xautoclaimJustid(K key, String group, String consumer, Duration minIdle,
            String start, long count) {
        return autoClaimArgs(key, group, consumer, minIdle, start).add(Keyword.COUNT)
            .add(StreamArguments.count(count))
            .add(Keyword.JUSTID)
            .build(this.autoClaimedIds);
    }

    private CommandArgs autoClaimArgs(K key, String group, String consumer, Duration minIdle, String start) {
        return groupArgs(XAUTOCLAIM, key, group, 6).add(StreamArguments.name("consumer", consumer))
            .add(StreamArguments.millis("minIdle", minIdle))
            .add(StreamArguments.id("start", start));
    }

    /**
     * XPENDING summary: how many entries are pending, their ID range and who holds them.
     */
    public Command<PendingSummary> xpending(K key, String group) {
        return groupArgs(XPENDING, key, group, 0).build(StreamReplies.SUMMARY);
    }

    /**
     * XPENDING of a range, optionally with IDLE and a consumer; yields the pending
     * entries.
     */
    public Command<List<PendingEntry>> xpending(K key, String group, PendingRange range) {
        CommandArgs args = groupArgs(XPENDING, key, group, 6);
        range.appendTo(args);
        return args.build(StreamReplies.PENDING);
    }

    /** XGROUP HELP; yields the server's help text, line by line. */
    public Command<List<String>> xgroupHelp() {
        return CommandArgs.of(XGROUP_HELP, 0).build(StreamReplies.IDS);
    }

}
