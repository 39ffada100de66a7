package io.redispool.sentinel;

import io.redispool.RedisClientConfig;
import io.redispool.connection.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
        assertThatIllegalStateException()
            .isThrownBy(() -> RedisClientConfig.builder().sentinelMaster("mymaster").build())
            .withMessageContaining("'sentinel.master' is set but 'sentinel.nodes' is empty");
    }

    @Test
    void nodesWithoutMasterAreRefused() {
        assertThatIllegalStateException()
            .isThrownBy(() -> RedisClientConfig.builder().sentinelNodes(List.of("localhost:26379")).build())
            .withMessageContaining("'sentinel.nodes' is set but 'sentinel.master' is not");
    }

    @Test
    void nodeThatIsNotHostAndPortIsRefusedWithItsIndex() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:26379", "localhost"))
                .build())
            .withMessage("'sentinel.nodes' entries must be host:port but entry 1 was 'localhost'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:70000"))
                .build())
            .withMessageContaining("the port must be between 1 and 65535");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("::1:26379"))
                .build())
            .withMessageContaining("brackets");
    }

    @Test
    void masterNameWithSpacesIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("my master")
                .sentinelNodes(List.of("localhost:26379"))
                .build())
            .withMessageContaining("'sentinel.master' must be a name without spaces");
    }

    @Test
    void sentinelWithUrlIsRefusedNamingTheSettingsToUseInstead() {
        assertThatIllegalStateException()
            .isThrownBy(() -> RedisClientConfig.builder()
                .url("redis://localhost:6379")
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:26379"))
                .build())
            .withMessageContaining("'sentinel.master' and 'url' are both set")
            .withMessageContaining("'password'");
    }

    @Test
    void sentinelUsernameWithoutPasswordIsRefused() {
        assertThatIllegalStateException()
            .isThrownBy(() -> RedisClientConfig.builder()
                .sentinelMaster("mymaster")
                .sentinelNodes(List.of("localhost:26379"))
                .sentinelUsername("watcher")
                .build())
            .withMessageContaining("'sentinel.username' is set but 'sentinel.password' is not");
    }

}
