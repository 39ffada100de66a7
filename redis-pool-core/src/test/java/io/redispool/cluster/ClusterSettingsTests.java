package io.redispool.cluster;

import io.redispool.InvalidSettingException;
import io.redispool.ReadFrom;
import io.redispool.RedisClientConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A cluster's settings, alone and against the settings of the other deployments: each
 * refusal names the settings involved, as data.
 */
class ClusterSettingsTests {

    @Test
    void nodesBuildAClusterConfigWithTheirDefaults() {
        RedisClientConfig config = RedisClientConfig.builder().clusterNodes(List.of("10.0.0.1:7000")).build();
        assertThat(config.cluster().seeds()).extracting(Object::toString).containsExactly("10.0.0.1:7000");
        assertThat(config.cluster().maxRedirects()).isEqualTo(ClusterConfig.DEFAULT_MAX_REDIRECTS);
        assertThat(config.sentinel()).isNull();
        assertThat(config.multiplexing().isEnabled()).isFalse();
    }

    @Test
    void clusterWithSentinelIsRefusedNamingBoth() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .clusterNodes(List.of("10.0.0.1:7000"))
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("10.0.0.2:26379"))
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("cluster.nodes"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("sentinel.master"));
    }

    @Test
    void clusterWithMultiplexedConnectionsIsRefusedNamingBoth() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .clusterNodes(List.of("10.0.0.1:7000"))
                .multiplexedConnections(2)
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("multiplexed-connections"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("cluster.nodes"));
    }

    @Test
    void clusterWithADatabaseOtherThanZeroIsRefused() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().clusterNodes(List.of("10.0.0.1:7000")).database(3).build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("database"))
            .satisfies((ex) -> assertThat(ex.value()).isEqualTo("3"));
    }

    @Test
    void badNodeAndBoundsAreRefusedNamingTheSetting() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().clusterNodes(List.of("no-port")).build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("cluster.nodes"))
            .satisfies((ex) -> assertThat(ex.value()).isEqualTo("no-port"));
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .clusterNodes(List.of("10.0.0.1:7000"))
                .clusterTopologyRefreshPeriod(Duration.ofSeconds(-1))
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("cluster.topology-refresh-period"));
    }

    @Test
    void clusterReplicaReadsOnOneServerAreRefused() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().clusterReadFrom(ReadFrom.REPLICA_PREFERRED).build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("cluster.read-from"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("cluster.nodes"));
    }

}
