package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One set-up for the class, with the sentinels' own password: the tests run in order and
 * each starts where the previous one left the master.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisSentinelSetupTests {

    @RegisterExtension
    static final RedisSentinelExtension sentinel = RedisSentinelExtension
        .create((builder) -> builder.replicas(1).password("data-secret").sentinelPassword("sentinel-secret"));

    @Test
    @Order(1)
    void sentinelsNameTheFirstServerAsMasterAndSeeTheReplica(RedisSentinelSetup setup) throws IOException {
        assertThat(setup.master()).isSameAs(setup.dataServers().get(0));
        assertThat(setup.replicas()).containsExactly(setup.dataServers().get(1));
        assertThat(setup.sentinelAddresses()).hasSize(3).allMatch((address) -> address.startsWith("127.0.0.1:"));
        for (RedisServer each : setup.sentinels()) {
            try (RespSocket socket = RespSocket.connect(each.host(), each.port(), Duration.ofSeconds(2))) {
                assertThat(socket.call("AUTH", "sentinel-secret")).isEqualTo("OK");
                assertThat(socket.call("SENTINEL", "GET-MASTER-ADDR-BY-NAME", "mymaster"))
                    .isEqualTo(List.of("127.0.0.1", Integer.toString(setup.master().port())));
            }
        }
    }

    @Test
    @Order(2)
    void failoverPromotesTheReplicaAndDemotesTheOldMaster(RedisSentinelSetup setup) throws IOException {
        RedisServer old = setup.master();
        RedisServer promoted = setup.failover();
        assertThat(promoted).isNotSameAs(old).isSameAs(setup.master());
        setup.awaitReplicas();
        assertThat(role(old)).isEqualTo("slave");
        assertThat(role(promoted)).isEqualTo("master");
    }

    @Test
    @Order(3)
    void killingTheMasterPromotesTheReplica(RedisSentinelSetup setup) throws IOException {
        RedisServer old = setup.master();
        RedisServer promoted = setup.killMaster();
        assertThat(old.isRunning()).isFalse();
        assertThat(promoted).isNotSameAs(old);
        assertThat(role(promoted)).isEqualTo("master");
        old.restart();
        setup.awaitReplicas();
        assertThat(role(old)).isEqualTo("slave");
    }

    private static String role(RedisServer server) throws IOException {
        try (RespSocket socket = RespSocket.connect(server.host(), server.port(), Duration.ofSeconds(2))) {
            socket.call("AUTH", "data-secret");
            return (String) ((List<?>) socket.call("ROLE")).get(0);
        }
    }

}
