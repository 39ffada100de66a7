package io.redispool;

import java.time.Duration;

/**
 * What a health probe learned: the server answered PING, how fast, and which version it
 * runs.
 *
 * @param version the server's {@code redis_version}, or "unknown" if INFO did not say
 * @param latency time from connecting to the PING reply
 */
public record ServerProbe(String version, Duration latency) {
}
