package io.redispool.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRedisClusterTests {

    @Test
    void startedClusterServesEverySlotAndCloseStopsEveryNode() {
        List<RedisServer> nodes;
        try (LocalRedisCluster cluster = LocalRedisCluster.builder().masters(2).replicasPerMaster(1).start()) {
            nodes = cluster.nodes();
            assertThat(nodes).hasSize(4).allMatch(RedisServer::isRunning);
            assertThat(cluster.masters()).containsExactlyElementsOf(nodes.subList(0, 2));
            assertThat(cluster.replicas()).containsExactlyElementsOf(nodes.subList(2, 4));
            assertThat((String) LocalRedisCluster.call(nodes.get(3), "CLUSTER", "INFO")).contains("cluster_state:ok",
                    "cluster_slots_ok:16384", "cluster_known_nodes:4");
            assertThat(cluster.masterOf(0)).isEqualTo(nodes.get(0));
            assertThat(cluster.masterOf(LocalRedisCluster.SLOTS - 1)).isEqualTo(nodes.get(1));
            assertThat(cluster.nodeAddresses())
                .containsExactlyElementsOf(nodes.stream().map((node) -> "127.0.0.1:" + node.port()).toList());
        }
        assertThat(nodes).noneMatch(RedisServer::isRunning);
    }

    @Test
    void serverOlderThanSevenIsRefusedBeforeAnyNodeStarts() {
        RedisServerBinary embedded = RedisServerBinary.embedded();
        assertThat(embedded.majorVersion()).as("the bundled binary this test relies on").isLessThan(7);
        assertThatExceptionOfType(RedisLaunchException.class)
            .isThrownBy(() -> LocalRedisCluster.builder().nodes((node) -> node.binary(embedded)).start())
            .withMessage("A local cluster needs redis-server 7.0 or later (for cluster-port and CLUSTER ADDSLOTSRANGE)"
                    + " but " + embedded.path() + " is " + embedded.version() + "; put Redis 7 on the PATH, or name"
                    + " its redis-server in the system property 'redispool.redis-server'");
    }

}
