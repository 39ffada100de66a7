package io.redispool.commands.server;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A command the slow log kept, as SLOWLOG GET lists it.
 *
 * @param id its unique, increasing ID
 * @param time when it ran
 * @param duration how long it ran, to the microsecond
 * @param arguments the command and its arguments, possibly shortened by the server
 * @param clientAddress the client's {@code ip:port}
 * @param clientName the client's name, empty when it set none
 */
public record SlowlogEntry(long id, Instant time, Duration duration, List<String> arguments, String clientAddress,
        String clientName) {
}
