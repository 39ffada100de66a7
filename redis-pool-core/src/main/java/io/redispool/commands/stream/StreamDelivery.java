package io.redispool.commands.stream;

import java.time.Instant;

/**
 * A pending entry in the detail of XINFO STREAM FULL.
 *
 * @param id the entry's ID
 * @param consumer the consumer that holds it, or {@code null} in a consumer's own list
 * @param deliveryTime when it was last delivered
 * @param deliveries how many times it was delivered
 */
public record StreamDelivery(String id, String consumer, Instant deliveryTime, long deliveries) {
}
