package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RedisServerExtension.class)
class RedisServerExtensionDeclarativeTests {

    private final RedisServer constructorServer;

    RedisServerExtensionDeclarativeTests(RedisServer server) {
        this.constructorServer = server;
    }

    @Test
    void constructorAndMethodParametersReceiveTheSameRunningServer(RedisServer server) throws Exception {
        assertThat(server).isSameAs(this.constructorServer);
        try (RawConnection connection = RawConnection.tcp(server)) {
            assertThat(connection.send("PING")).isEqualTo("+PONG");
        }
    }

}
