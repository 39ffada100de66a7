package io.redispool.spring.autoconfigure;

import io.redispool.cache.ClientSideCacheConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Client-side caching (CLIENT TRACKING over RESP3).
 */
public class RedisPoolClientSideCacheProperties {

    /**
     * Whether to start a client-side cache over the client; needs protocol 3.
     */
    private boolean enabled = false;

    /**
     * Most replies held; the least recently used go first.
     */
    private int maxEntries = 10000;

    /**
     * Longest time a reply is served without an invalidation, 0 for no bound.
     */
    private Duration timeToLive = Duration.ofMinutes(1);

    /**
     * How the server tracks cached keys: default (the keys this client read) or broadcast
     * (every key with one of the prefixes).
     */
    private ClientSideCacheConfig.TrackingMode mode = ClientSideCacheConfig.TrackingMode.DEFAULT;

    /**
     * Key prefixes tracked and cached in broadcast mode; none for every key.
     */
    private List<String> prefixes = new ArrayList<>();

    /**
     * How often the invalidation connection proves it is alive.
     */
    private Duration heartbeat = Duration.ofSeconds(1);

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getMaxEntries() {
        return this.maxEntries;
    }

    public void setMaxEntries(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public Duration getTimeToLive() {
        return this.timeToLive;
    }

    public void setTimeToLive(Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    public ClientSideCacheConfig.TrackingMode getMode() {
        return this.mode;
    }

    public void setMode(ClientSideCacheConfig.TrackingMode mode) {
        this.mode = mode;
    }

    public List<String> getPrefixes() {
        return this.prefixes;
    }

    public void setPrefixes(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    public Duration getHeartbeat() {
        return this.heartbeat;
    }

    public void setHeartbeat(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /**
     * The core's settings from these properties.
     * @return the settings, validated
     */
    public ClientSideCacheConfig toConfig() {
        return new ClientSideCacheConfig(this.maxEntries, this.timeToLive, this.mode, this.prefixes, this.heartbeat);
    }

}
