package io.redispool.sentinel;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a caller sees when the sentinels cannot name a master: one error that lists each
 * sentinel and why it did not.
 */
class SentinelDiscoveryFailureTests {

    @RegisterExtension
    static final RedisServerExtension plainServer = RedisServerExtension.create();

    @Test
    void noSentinelAnsweringFailsWithEachSentinelsFailure() {
        try (RedisServer stopped = RedisServer.builder().build();
                RedisClient client = RedisClient.create(RedisClientConfig.builder()
                    .sentinelMaster("mymaster")
                    .sentinelNodes(List.of("127.0.0.1:" + stopped.port(), "127.0.0.1:" + plainServer.server().port()))
                    .connectTimeout(Duration.ofMillis(500))
                    .build())) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("No sentinel named a reachable master 'mymaster'")
                .withMessageContaining("127.0.0.1:" + stopped.port() + ": Could not connect")
                .withMessageContaining("127.0.0.1:" + plainServer.server().port() + ": ");
        }
    }

}
