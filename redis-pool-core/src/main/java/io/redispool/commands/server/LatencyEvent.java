package io.redispool.commands.server;

import java.time.Duration;
import java.time.Instant;

/**
 * The latest latency spike of one event, as LATENCY LATEST lists it.
 *
 * @param event the event's name, such as {@code command} or {@code fast-command}
 * @param time when its latest spike happened
 * @param latest how long the latest spike lasted
 * @param max the longest spike of the event
 */
public record LatencyEvent(String event, Instant time, Duration latest, Duration max) {
}
