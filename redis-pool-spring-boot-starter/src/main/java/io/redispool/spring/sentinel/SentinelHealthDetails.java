package io.redispool.spring.sentinel;

import io.redispool.ReadFrom;
import io.redispool.connection.Endpoint;
import io.redispool.sentinel.SentinelMonitor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sentinel} health detail of a client configured for Sentinel: the master's
 * name, where it is now, how many failovers the client has followed, and with replica
 * reads the replicas reads go to; never a password.
 */
public final class SentinelHealthDetails {

    private SentinelHealthDetails() {
    }

    /**
     * Reads the details from a client's sentinel view.
     * @param sentinel the view
     * @return {@code name}, {@code master} ({@code host:port}, or {@code unknown} before
     * the sentinels were first asked) and {@code failoversFollowed}; with
     * {@code read-from} {@code REPLICA_PREFERRED}, {@code replicas} too
     * ({@code host:port} each, empty while reads go to the master)
     */
    public static Map<String, Object> of(SentinelMonitor sentinel) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", sentinel.masterName());
        details.put("master", sentinel.currentMaster().map(Endpoint.Tcp::toString).orElse("unknown"));
        details.put("failoversFollowed", sentinel.failoversFollowed());
        if (sentinel.readFrom() == ReadFrom.REPLICA_PREFERRED) {
            details.put("replicas", List.copyOf(sentinel.replicaPools().keySet()));
        }
        return details;
    }

}
