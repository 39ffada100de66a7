package io.redispool.commands.stream;

import java.time.Duration;

/**
 * An entry delivered to a consumer of a group and not yet acknowledged, as XPENDING lists
 * it.
 *
 * @param id the entry's ID
 * @param consumer the consumer that holds it
 * @param idle the time since it was last delivered
 * @param deliveries how many times it was delivered
 */
public record PendingEntry(String id, String consumer, Duration idle, long deliveries) {
}
