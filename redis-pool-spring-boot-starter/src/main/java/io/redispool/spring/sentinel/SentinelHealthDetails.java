package io.redispool.spring.sentinel;

import io.redispool.connection.Endpoint;
import io.redispool.sentinel.SentinelMonitor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code sentinel} health detail of a client configured for Sentinel: the master's
 * name, where it is now, and how many failovers the client has followed; never a
 * password.
 */
public final class SentinelHealthDetails {

    private SentinelHealthDetails() {
    }

    /**
     * Reads the details from a client's sentinel view.
     * @param sentinel the view
     * @return {@code name}, {@code master} ({@code host:port}, or {@code unknown} before
     * the sentinels were first asked) and {@code failoversFollowed}
     */
    public static Map<String, Object> of(SentinelMonitor sentinel) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", sentinel.masterName());
        details.put("master", sentinel.currentMaster().map(Endpoint.Tcp::toString).orElse("unknown"));
        details.put("failoversFollowed", sentinel.failoversFollowed());
        return details;
    }

}
