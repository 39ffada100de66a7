package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RedisClusterTests {

    @RegisterExtension
    static final RedisClusterExtension extension = RedisClusterExtension
        .create((builder) -> builder.masters(3).replicasPerMaster(1));

    @Test
    void formedClusterHasEverySlotServedAndEveryReplicaAttached(RedisCluster cluster) {
        assertThat(cluster.nodes()).hasSize(6);
        assertThat(cluster.masters()).hasSize(3);
        for (RedisServer node : cluster.nodes()) {
            String info = RedisCluster.text(node, "CLUSTER", "INFO");
            assertThat(info).contains("cluster_state:ok", "cluster_slots_assigned:16384", "cluster_known_nodes:6");
        }
        for (RedisServer master : cluster.masters()) {
            assertThat(cluster.replicasOf(master)).hasSize(1);
        }
        assertThat(cluster.masterOf(0)).isNotEqualTo(cluster.masterOf(16383));
    }

    @Test
    void slotOfKeyHonoursHashTags(RedisCluster cluster) {
        assertThat(cluster.slotOf("{user}:1")).isEqualTo(cluster.slotOf("user")).isEqualTo(5474);
        assertThat(cluster.slotOf("foo")).isEqualTo(12182);
    }

    @Test
    void movedSlotIsServedByItsNewMasterWithItsKeys(RedisCluster cluster) {
        int slot = cluster.slotOf("moving");
        RedisServer source = cluster.masterOf(slot);
        RedisCluster.call(source, "SET", "moving", "along");
        RedisServer target = cluster.masters().stream().filter((master) -> !master.equals(source)).findFirst().get();
        cluster.moveSlot(slot, target);
        assertThat(cluster.masterOf(slot)).isEqualTo(target);
        assertThat(RedisCluster.call(target, "GET", "moving")).isEqualTo("along");
        assertThatIllegalStateException().isThrownBy(() -> RedisCluster.call(source, "GET", "moving"))
            .withMessageContaining("MOVED " + slot + " 127.0.0.1:" + target.port());
        cluster.moveSlot(slot, source);
    }

    @Test
    void manualFailoverPromotesTheReplica(RedisCluster cluster) {
        RedisServer master = cluster.masterOf(100);
        RedisServer replica = cluster.replicasOf(master).get(0);
        cluster.failover(replica);
        assertThat(cluster.masterOf(100)).isEqualTo(replica);
        assertThat(cluster.replicasOf(replica)).containsExactly(master);
        cluster.failover(master);
        assertThat(cluster.masterOf(100)).isEqualTo(master);
    }

    @Test
    void killedMasterIsReplacedByItsReplicaAndRejoinsAsReplica(RedisCluster cluster) {
        RedisServer master = cluster.masterOf(16000);
        RedisServer replica = cluster.replicasOf(master).get(0);
        RedisServer promoted = cluster.killMasterAndAwaitFailover(master);
        assertThat(promoted).isEqualTo(replica);
        assertThat(cluster.masterOf(16000)).isEqualTo(replica);
        cluster.restart(master);
        assertThat(cluster.replicasOf(replica)).containsExactly(master);
        cluster.failover(master);
        assertThat(cluster.masters()).hasSize(3);
    }

    @Test
    void builderRejectsBadCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisCluster.builder().masters(0))
            .withMessage("'masters' must be between 1 and 16384 but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> RedisCluster.builder().replicasPerMaster(-1))
            .withMessage("'replicasPerMaster' must be at least 0 but was -1");
    }

    @Test
    void nodeAddressesListEveryNode(RedisCluster cluster) {
        List<String> addresses = cluster.nodeAddresses();
        assertThat(addresses).hasSize(6).allMatch((address) -> address.startsWith("127.0.0.1:"));
        assertThat(cluster.nodeUrls()).allMatch((url) -> url.startsWith("redis://127.0.0.1:"));
    }

}
