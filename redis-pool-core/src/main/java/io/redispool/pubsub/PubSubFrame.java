package io.redispool.pubsub;

import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespReply;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One frame a subscribed connection receives, recognised by its shape alone.
 *
 * <p>
 * Why by shape: under RESP2 a message is an array whose first element names it
 * ({@code message}, {@code pmessage}, {@code smessage}, {@code subscribe}...); under
 * RESP3 the same elements arrive as a push frame. {@link #of(RespReply)} is the one place
 * that looks at the reply's type ({@code elementsOf}).
 */
sealed interface PubSubFrame {

    /**
     * Recognises a frame.
     * @param reply what the connection read
     * @return the frame
     * @throws RedisProtocolException if it is no frame a subscribed connection receives
     */
    static PubSubFrame of(RespReply reply) {
        if (reply instanceof RespReply.ErrorReply error) {
            return new ServerError(error.message());
        }
        if (reply instanceof RespReply.SimpleString status && status.value().equalsIgnoreCase("PONG")) {
            return Pong.INSTANCE;
        }
        List<RespReply> elements = elementsOf(reply);
        if (elements == null || elements.isEmpty() || !(elements.get(0) instanceof RespReply.BulkString type)) {
            throw unexpected(reply);
        }
        String name = new String(type.value(), StandardCharsets.US_ASCII);
        return switch (name) {
            case "message" -> message(SubscriptionKind.CHANNEL, elements, reply);
            case "smessage" -> message(SubscriptionKind.SHARD_CHANNEL, elements, reply);
            case "pmessage" -> message(SubscriptionKind.PATTERN, elements, reply);
            case "subscribe" -> confirmation(SubscriptionKind.CHANNEL, true, elements, reply);
            case "psubscribe" -> confirmation(SubscriptionKind.PATTERN, true, elements, reply);
            case "ssubscribe" -> confirmation(SubscriptionKind.SHARD_CHANNEL, true, elements, reply);
            case "unsubscribe" -> confirmation(SubscriptionKind.CHANNEL, false, elements, reply);
            case "punsubscribe" -> confirmation(SubscriptionKind.PATTERN, false, elements, reply);
            case "sunsubscribe" -> confirmation(SubscriptionKind.SHARD_CHANNEL, false, elements, reply);
            case "pong" -> Pong.INSTANCE;
            default -> throw unexpected(reply);
        };
    }

    /** The elements of a frame: a RESP2 array, or a RESP3 push frame. */
    private static List<RespReply> elementsOf(RespReply reply) {
        if (reply instanceof RespReply.PushReply push) {
            return push.elements();
        }
        return (reply instanceof RespReply.ArrayReply array) ? array.elements() : null;
    }

    private static Message message(SubscriptionKind kind, List<RespReply> elements, RespReply reply) {
        // A pattern's message names the pattern before the channel.
        int channel = (kind == SubscriptionKind.PATTERN) ? 2 : 1;
        if (elements.size() != channel + 2) {
            throw unexpected(reply);
        }
        byte[] pattern = (kind == SubscriptionKind.PATTERN) ? bulk(elements, 1, reply) : null;
        return new Message(kind, pattern, bulk(elements, channel, reply), bulk(elements, channel + 1, reply));
    }

    private static Confirmation confirmation(SubscriptionKind kind, boolean subscribed, List<RespReply> elements,
            RespReply reply) {
        if (elements.size() != 3 || !(elements.get(2) instanceof RespReply.IntegerReply count)) {
            throw unexpected(reply);
        }
        // UNSUBSCRIBE with no subscription left names no channel.
        byte[] name = (elements.get(1) instanceof RespReply.NullReply) ? null : bulk(elements, 1, reply);
        return new Confirmation(kind, subscribed, name, count.value());
    }

    private static byte[] bulk(List<RespReply> elements, int index, RespReply reply) {
        if (elements.get(index) instanceof RespReply.BulkString bulk) {
            return bulk.value();
        }
        throw unexpected(reply);
    }

    private static RedisProtocolException unexpected(RespReply reply) {
        String type = (reply instanceof RespReply.ArrayReply array) ? "an array of " + array.elements().size()
                : reply.getClass().getSimpleName();
        return new RedisProtocolException("Expected a pub/sub frame (an array starting with message, pmessage, "
                + "smessage, subscribe... or pong) on a subscribed connection but got " + type);
    }

    /**
     * A published message.
     *
     * @param kind how it was subscribed to
     * @param pattern the pattern it matched, for {@link SubscriptionKind#PATTERN} only
     * @param channel the channel it was published to
     * @param payload the message
     */
    record Message(SubscriptionKind kind, byte[] pattern, byte[] channel, byte[] payload) implements PubSubFrame {
    }

    /**
     * The server's answer to one name of a SUBSCRIBE or UNSUBSCRIBE command (or their
     * pattern and shard kin).
     *
     * @param kind which kind of subscription
     * @param subscribed {@code true} for a subscription, {@code false} for its end
     * @param name the channel or pattern, or {@code null} when an unsubscribe found none
     * @param count how many subscriptions the connection holds now
     */
    record Confirmation(SubscriptionKind kind, boolean subscribed, byte[] name, long count) implements PubSubFrame {
    }

    /**
     * The answer to a heartbeat PING.
     */
    enum Pong implements PubSubFrame {

        /** The one pong. */
        INSTANCE

    }

    /**
     * An error the server sent instead of a confirmation, such as a refused ACL
     * permission.
     *
     * @param message the server's text
     */
    record ServerError(String message) implements PubSubFrame {
    }

}
