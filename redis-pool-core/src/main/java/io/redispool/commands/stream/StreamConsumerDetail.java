package io.redispool.commands.stream;

import java.time.Instant;
import java.util.List;

/**
 * A consumer in the detail of XINFO STREAM FULL.
 *
 * @param name the consumer's name
 * @param seenTime when it last read or claimed
 * @param pelCount how many entries it holds
 * @param pending the entries it holds, as many as the COUNT asked for; their consumer is
 * {@code null}
 */
public record StreamConsumerDetail(String name, Instant seenTime, long pelCount, List<StreamDelivery> pending) {
}
