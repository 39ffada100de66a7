package io.redispool.pubsub;

import io.redispool.RedisException;
import io.redispool.cluster.HashSlot;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.connection.Connection;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a subscriber writes on its connection: the subscribing and unsubscribing commands,
 * cut per slot for shard channels and counted, and PINGs.
 *
 * <p>
 * Not thread-safe: {@link Subscriptions} calls it under the lock that also guards which
 * connection is current. A write that fails is not the caller's failure: it breaks the
 * connection, and the reconnect subscribes again to everything wanted.
 */
final class SubscriptionWrites {

    private static final System.Logger logger = System.getLogger(SubscriptionWrites.class.getName());

    private static final byte[][] PING = CommandArgs.of(CommandTable.get().spec("ping"), 0)
        .build(ReplyDecoders.STATUS)
        .arguments();

    /** Subscribing and unsubscribing commands written on any connection so far. */
    private long subscriptionCommands;

    /**
     * Subscribing and unsubscribing commands written so far: if the count moved while a
     * PING was answered, that answer says nothing of the later commands.
     * @return the count
     */
    long subscriptionCommands() {
        return this.subscriptionCommands;
    }

    /**
     * Writes a PING.
     * @param connection the current connection
     */
    void ping(Connection connection) {
        write(connection, PING);
        flush(connection);
    }

    /**
     * Writes a subscribing or unsubscribing command for names, if there are any.
     * @param connection the current connection
     * @param spec the command
     * @param names the names
     */
    void send(Connection connection, CommandSpec spec, List<byte[]> names) {
        if (names.isEmpty()) {
            return;
        }
        for (List<byte[]> batch : batches(spec, names)) {
            CommandArgs args = CommandArgs.of(spec, batch.size());
            batch.forEach(args::add);
            write(connection, args.build(ReplyDecoders.STATUS).arguments());
            this.subscriptionCommands++;
        }
        flush(connection);
    }

    /**
     * One batch, or for shard channels one per slot: a cluster node refuses SSUBSCRIBE
     * and SUNSUBSCRIBE of channels in different slots (CROSSSLOT).
     */
    private static Collection<List<byte[]>> batches(CommandSpec spec, List<byte[]> names) {
        if (spec != SubscriptionKind.SHARD_CHANNEL.subscribe()
                && spec != SubscriptionKind.SHARD_CHANNEL.unsubscribe()) {
            return List.of(names);
        }
        Map<Integer, List<byte[]>> bySlot = new LinkedHashMap<>();
        for (byte[] name : names) {
            bySlot.computeIfAbsent(HashSlot.of(name), (slot) -> new ArrayList<>()).add(name);
        }
        return bySlot.values();
    }

    /**
     * Writes on the connection. A failure marks it broken and closes it, which the
     * reading thread sees and answers by reconnecting and subscribing again to everything
     * wanted, this command's names included; so the caller is not failed.
     */
    private static void write(Connection connection, byte[][] arguments) {
        try {
            connection.write(arguments);
        }
        catch (RedisException ex) {
            logger.log(Level.DEBUG, "Subscriber write failed; the reconnect will send it again: {0}", ex);
        }
    }

    private static void flush(Connection connection) {
        try {
            connection.flush();
        }
        catch (RedisException ex) {
            logger.log(Level.DEBUG, "Subscriber write failed; the reconnect will send it again: {0}", ex);
        }
    }

}
