package io.redispool.sentinel;

import io.redispool.InvalidSettingException;
import io.redispool.ReadFrom;
import io.redispool.RedisClientConfig;
import io.redispool.connection.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SentinelConfigTests {

    @Test
    void builderWithMasterAndNodesBuildsASentinelConfig() {
        RedisClientConfig config = RedisClientConfig.builder()
            .sentinelMaster("mymaster")
            .sentinelNodes(List.of("sentinel-1:26379", " 10.0.0.2:26380 ", "[::1]:26381"))
            .sentinelUsername("watcher")
            .sentinelPassword("sentinel-secret")
            .password("data-secret")
            .build();
        assertThat(config.sentinel().masterName()).isEqualTo("mymaster");
        assertThat(config.sentinel().nodes()).containsExactly(new Endpoint.Tcp("sentinel-1", 26379),
                new Endpoint.Tcp("10.0.0.2", 26380), new Endpoint.Tcp("::1", 26381));
        assertThat(config.sentinel().username()).isEqualTo("watcher");
        assertThat(config.connection().password()).isEqualTo("data-secret");
    }

    @Test
    void builderWithoutSentinelSettingsHasNoSentinelConfig() {
        assertThat(RedisClientConfig.builder().build().sentinel()).isNull();
    }

    @Test
    void passwordsNeverShowInToString() {
        RedisClientConfig config = RedisClientConfig.builder()
            .sentinelMaster("mymaster")
            .sentinelNodes(List.of("localhost:26379"))
            .sentinelPassword("sentinel-secret")
            .password("data-secret")
            .build();
        assertThat(config.toString()).doesNotContain("sentinel-secret").doesNotContain("data-secret").contains("****");
    }

    @Test
    void masterWithoutNodesIsRefusedNamingBothSettings() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().sentinelMaster("mymaster").build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.nodes"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("sentinel.master"));
    }

    @Test
    void nodesWithoutMasterAreRefused() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().sentinelNodes(List.of("localhost:26379")).build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.master"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("sentinel.nodes"));
    }

    @Test
    void nodeThatIsNotHostAndPortIsRefusedWithItsIndex() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:26379", "localhost"))
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.nodes"))
            .satisfies((ex) -> assertThat(ex.value()).isEqualTo("localhost"))
            .withMessageContaining("entry 1");
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:70000"))
                .build())
            .withMessageContaining("the port must be between 1 and 65535");
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("::1:26379"))
                .build())
            .withMessageContaining("brackets");
    }

    @Test
    void masterNameWithSpacesIsRefused() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("my master")
                .sentinelNodes(List.of("localhost:26379"))
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.master"))
            .withMessageContaining("without spaces");
    }

    @Test
    void sentinelWithUrlIsRefusedNamingTheSettingsToUseInstead() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .url("redis://localhost:6379")
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:26379"))
                .build())
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("url"))
            .withMessageContaining("'password'");
    }

    @Test
    void sentinelUsernameWithoutPasswordIsRefused() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:26379"))
                .sentinelUsername("watcher")
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.password"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("sentinel.username"));
    }

    @Test
    void readFromIsMasterByDefaultAndReplicaPreferredWhenAsked() {
        RedisClientConfig.Builder builder = RedisClientConfig.builder()
            .sentinelMaster("mymaster")
            .sentinelNodes(List.of("localhost:26379"));
        assertThat(builder.build().sentinel().readFrom()).isEqualTo(ReadFrom.MASTER);
        assertThat(builder.sentinelReadFrom(ReadFrom.REPLICA_PREFERRED).build().sentinel().readFrom())
            .isEqualTo(ReadFrom.REPLICA_PREFERRED);
    }

    @Test
    void replicaReadsWithoutSentinelAreRefusedNamingTheMasterSetting() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().sentinelReadFrom(ReadFrom.REPLICA_PREFERRED).build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.read-from"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("sentinel.master"))
            .withMessageContaining("set 'sentinel.master' and 'sentinel.nodes'");
    }

    @Test
    void replicaReadsWithTheMultiplexedModeAreRefused() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:26379"))
                .sentinelReadFrom(ReadFrom.REPLICA_PREFERRED)
                .multiplexedConnections(2)
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.read-from"))
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("multiplexed-connections"));
    }

    @Test
    void sentinelReplicaReadsOnAClusterAreRefusedNamingTheClusterSetting() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder()
                .clusterNodes(List.of("localhost:7000"))
                .sentinelReadFrom(ReadFrom.REPLICA_PREFERRED)
                .build())
            .satisfies((ex) -> assertThat(ex.setting()).isEqualTo("sentinel.read-from"))
            .withMessageContaining("'cluster.read-from'");
    }

}
