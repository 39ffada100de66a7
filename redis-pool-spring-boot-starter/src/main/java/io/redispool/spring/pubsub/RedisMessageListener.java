package io.redispool.spring.pubsub;

import io.redispool.pubsub.MessageListener;
import java.util.Set;

/**
 * A message listener that names what it listens to; declared as a bean, the starter
 * subscribes it when the context starts and closes its subscriber when it stops.
 *
 * <pre>{@code
 * &#64;Component
 * class OrderEvents implements RedisMessageListener {
 *
 *     public Set<String> channels() {
 *         return Set.of("orders");
 *     }
 *
 *     public void message(String channel, String message) {
 *         ...
 *     }
 *
 * }
 * }</pre>
 *
 * <p>
 * Each bean gets a subscriber of its own (one connection, one reading thread, one
 * delivery thread), so a slow listener drops only its own messages. Channels and messages
 * are Strings in the client's charset.
 */
public interface RedisMessageListener extends MessageListener<String, String> {

    /**
     * The channels to SUBSCRIBE to.
     * @return the channel names; none by default
     */
    default Set<String> channels() {
        return Set.of();
    }

    /**
     * The glob-style patterns to PSUBSCRIBE to; their messages arrive at
     * {@link #pmessage}, which passes them to {@link #message} unless overridden.
     * @return the patterns; none by default
     */
    default Set<String> patterns() {
        return Set.of();
    }

    /**
     * The shard channels to SSUBSCRIBE to.
     * @return the shard channel names; none by default
     */
    default Set<String> shardChannels() {
        return Set.of();
    }

}
