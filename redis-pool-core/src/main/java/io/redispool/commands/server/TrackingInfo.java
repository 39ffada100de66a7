package io.redispool.commands.server;

import java.util.List;
import java.util.Set;

/**
 * The client-side caching state of a connection, as CLIENT TRACKINGINFO reports it.
 *
 * @param flags such as {@code off}, {@code on}, {@code bcast}
 * @param redirect the client ID invalidations go to, 0 for none, -1 when tracking is off
 * @param prefixes the key prefixes tracked in broadcast mode
 */
public record TrackingInfo(Set<String> flags, long redirect, List<String> prefixes) {
}
