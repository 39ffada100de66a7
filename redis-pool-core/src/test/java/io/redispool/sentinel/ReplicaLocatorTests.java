package io.redispool.sentinel;

import io.redispool.connection.Endpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaLocatorTests {

    @Test
    void replicasFlaggedDownOrDisconnectedOrWithTheirLinkDownAreLeftOut() {
        List<Map<String, String>> listed = List.of(replica("10.0.0.1", "slave", "ok"),
                replica("10.0.0.2", "s_down,slave", "ok"), replica("10.0.0.3", "o_down,s_down,slave", "ok"),
                replica("10.0.0.4", "slave,disconnected", "ok"), replica("10.0.0.5", "slave", "err"),
                replica("10.0.0.6", "slave", "ok"));
        assertThat(ReplicaLocator.healthy(listed)).containsExactly(new Endpoint.Tcp("10.0.0.1", 6379),
                new Endpoint.Tcp("10.0.0.6", 6379));
    }

    @Test
    void noReplicaListedGivesNone() {
        assertThat(ReplicaLocator.healthy(List.of())).isEmpty();
    }

    private static Map<String, String> replica(String ip, String flags, String link) {
        return Map.of("name", ip + ":6379", "ip", ip, "port", "6379", "flags", flags, "master-link-status", link);
    }

}
