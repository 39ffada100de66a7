package io.redispool.pubsub;

import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;

/**
 * The three kinds of subscription: to channels, to patterns of channel names, and to
 * shard channels (Redis 7.0), each with its own commands and message frames.
 */
public enum SubscriptionKind {

    /** SUBSCRIBE: messages PUBLISHed to a channel of this exact name. */
    CHANNEL("subscribe", "unsubscribe"),

    /**
     * PSUBSCRIBE: messages PUBLISHed to any channel whose name matches a glob pattern.
     */
    PATTERN("psubscribe", "punsubscribe"),

    /** SSUBSCRIBE: messages SPUBLISHed to a shard channel of this exact name. */
    SHARD_CHANNEL("ssubscribe", "sunsubscribe");

    private final CommandSpec subscribe;

    private final CommandSpec unsubscribe;

    SubscriptionKind(String subscribe, String unsubscribe) {
        this.subscribe = CommandTable.get().spec(subscribe);
        this.unsubscribe = CommandTable.get().spec(unsubscribe);
    }

    /**
     * The command that subscribes to this kind.
     * @return SUBSCRIBE, PSUBSCRIBE or SSUBSCRIBE
     */
    CommandSpec subscribe() {
        return this.subscribe;
    }

    /**
     * The command that ends subscriptions of this kind.
     * @return UNSUBSCRIBE, PUNSUBSCRIBE or SUNSUBSCRIBE
     */
    CommandSpec unsubscribe() {
        return this.unsubscribe;
    }

}
