package io.redispool.commands.stream;

import java.time.Duration;

/**
 * A consumer of a group, as XINFO CONSUMERS describes it.
 *
 * @param name the consumer's name
 * @param pending how many entries it holds without having acknowledged them
 * @param idle the time since it last read or claimed
 */
public record StreamConsumerInfo(String name, long pending, Duration idle) {
}
