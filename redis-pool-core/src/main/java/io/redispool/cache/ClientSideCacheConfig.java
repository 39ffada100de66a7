package io.redispool.cache;

import io.redispool.InvalidSettingException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link ClientSideCache} tracks keys and bounds its memory.
 *
 * @param maxEntries how many replies the cache holds at most; the least recently used go
 * first
 * @param timeToLive how long a reply may be served from the cache at most, even without
 * an invalidation; zero keeps it until it is invalidated or evicted
 * @param mode how the server tracks the keys this client has cached
 * @param prefixes the key prefixes tracked in {@link TrackingMode#BROADCAST} mode; only
 * keys that start with one are cached. Empty tracks every key
 * @param heartbeat how often the invalidation connection proves it is alive; a silent one
 * is given up after this plus {@code socket-timeout}, and the cache flushed
 */
public record ClientSideCacheConfig(int maxEntries, Duration timeToLive, TrackingMode mode, List<String> prefixes,
        Duration heartbeat) {

    /** The defaults: 10,000 entries, one minute, default tracking, a 1s heartbeat. */
    public static final ClientSideCacheConfig DEFAULTS = new ClientSideCacheConfig(10_000, Duration.ofMinutes(1),
            TrackingMode.DEFAULT, List.of(), Duration.ofSeconds(1));

    public ClientSideCacheConfig {
        Objects.requireNonNull(timeToLive, "'client-side-cache.time-to-live' must not be null");
        Objects.requireNonNull(mode, "'client-side-cache.mode' must not be null");
        Objects.requireNonNull(heartbeat, "'client-side-cache.heartbeat' must not be null");
        prefixes = List.copyOf(Objects.requireNonNull(prefixes, "'client-side-cache.prefixes' must not be null"));
        if (maxEntries < 1) {
            throw InvalidSettingException.invalid("client-side-cache.max-entries", maxEntries, "must be at least 1");
        }
        if (timeToLive.isNegative()) {
            throw InvalidSettingException.invalid("client-side-cache.time-to-live", timeToLive, "must not be negative");
        }
        if (heartbeat.compareTo(Duration.ofMillis(100)) < 0) {
            throw InvalidSettingException.invalid("client-side-cache.heartbeat", heartbeat, "must be at least 100ms");
        }
        if (mode == TrackingMode.DEFAULT && !prefixes.isEmpty()) {
            throw InvalidSettingException.conflict("client-side-cache.prefixes", null,
                    "need 'client-side-cache.mode' BROADCAST; the default mode tracks the keys this client reads,"
                            + " whatever their prefix",
                    "client-side-cache.mode");
        }
        if (prefixes.stream().anyMatch(String::isEmpty)) {
            throw InvalidSettingException.invalid("client-side-cache.prefixes", null, "must not hold an empty prefix");
        }
    }

    /**
     * These settings with another bound on entries and time.
     * @param entries the most entries
     * @param ttl the longest time an entry is served; zero for no bound
     * @return the new settings
     */
    public ClientSideCacheConfig withBounds(int entries, Duration ttl) {
        return new ClientSideCacheConfig(entries, ttl, this.mode, this.prefixes, this.heartbeat);
    }

    /**
     * These settings in broadcast mode: the server sends an invalidation for every change
     * to a key with one of the prefixes, whether this client read it or not.
     * @param trackedPrefixes the prefixes; none for every key
     * @return the new settings
     */
    public ClientSideCacheConfig broadcast(String... trackedPrefixes) {
        return new ClientSideCacheConfig(this.maxEntries, this.timeToLive, TrackingMode.BROADCAST,
                List.of(trackedPrefixes), this.heartbeat);
    }

    /**
     * These settings with another heartbeat.
     * @param interval how often the invalidation connection proves it is alive
     * @return the new settings
     */
    public ClientSideCacheConfig withHeartbeat(Duration interval) {
        return new ClientSideCacheConfig(this.maxEntries, this.timeToLive, this.mode, this.prefixes, interval);
    }

    /** How the server tracks the keys a client caches, as CLIENT TRACKING's modes. */
    public enum TrackingMode {

        /**
         * The server remembers each key this client read for caching and tells it once
         * when the key changes (CLIENT TRACKING ON REDIRECT ... OPTIN).
         */
        DEFAULT,

        /**
         * The server tells this client of every change to a key with a tracked prefix
         * (CLIENT TRACKING ON BCAST PREFIX ...), keeping no per-key memory.
         */
        BROADCAST

    }

}
