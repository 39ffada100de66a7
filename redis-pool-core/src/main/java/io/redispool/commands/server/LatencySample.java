package io.redispool.commands.server;

import java.time.Duration;
import java.time.Instant;

/**
 * One latency spike of an event, as LATENCY HISTORY lists it.
 *
 * @param time when it happened
 * @param latency how long it lasted
 */
public record LatencySample(Instant time, Duration latency) {
}
