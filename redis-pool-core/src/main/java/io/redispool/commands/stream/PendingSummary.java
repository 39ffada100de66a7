package io.redispool.commands.stream;

import java.util.Map;

/**
 * What a consumer group has delivered and not yet had acknowledged, as XPENDING without a
 * range sums it up.
 *
 * @param count how many entries are pending
 * @param lowestId the smallest pending ID, or {@code null} when none is pending
 * @param highestId the greatest pending ID, or {@code null} when none is pending
 * @param consumers how many entries each consumer holds, for consumers that hold any
 */
public record PendingSummary(long count, String lowestId, String highestId, Map<String, Long> consumers) {
}
