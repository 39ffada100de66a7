package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class RedisServerExtensionTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", "s3cret"));

    @Test
    void serverIsRunningWithCustomizedSettings() throws Exception {
        assertThat(redis.server().isRunning()).isTrue();
        try (RawConnection connection = RawConnection.tcp(redis.server())) {
            assertThat(connection.send("PING")).startsWith("-NOAUTH");
        }
    }

    @Test
    void parameterOfTypeRedisServerReceivesTheRunningServer(RedisServer server) {
        assertThat(server).isSameAs(redis.server());
    }

    @Nested
    class NestedTests {

        @Test
        void nestedClassSharesTheServerOfItsEnclosingClass(RedisServer server) {
            assertThat(server).isSameAs(redis.server());
            assertThat(server.isRunning()).isTrue();
        }

    }

}
