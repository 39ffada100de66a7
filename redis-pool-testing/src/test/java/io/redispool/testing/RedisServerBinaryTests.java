package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import io.redispool.launcher.RedisServerBinary;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RedisServerBinaryTests {

    @AfterEach
    void clearProperty() {
        System.clearProperty(RedisServerBinary.PROPERTY);
    }

    @Test
    void embeddedBinaryOfThisPlatformRunsAsRedis62() throws Exception {
        RedisServerBinary embedded = RedisServerBinary.embedded();
        assertThat(embedded.version()).startsWith("6.2");
        assertThat(embedded.majorVersion()).isEqualTo(6);
        try (RedisServer server = RedisServer.builder().binary(embedded).start();
                RawConnection connection = RawConnection.tcp(server)) {
            assertThat(server.version()).startsWith("6.2");
            assertThat(connection.send("PING")).isEqualTo("+PONG");
            // 6.2 rejects --enable-debug-command, so DEBUG must be on by its own default.
            assertThat(connection.send("DEBUG SLEEP 0")).isEqualTo("+OK");
        }
    }

    @Test
    void embeddedBinaryIsExtractedOncePerJvm() {
        assertThat(RedisServerBinary.embedded().path()).isEqualTo(RedisServerBinary.embedded().path());
    }

    @Test
    void systemPropertyIsPreferredToPath() {
        Path embedded = RedisServerBinary.embedded().path();
        System.setProperty(RedisServerBinary.PROPERTY, embedded.toString());
        assertThat(RedisServerBinary.locate().path()).isEqualTo(embedded);
    }

    @Test
    void systemPropertyNamingNoExecutableFailsNamingTheProperty(@TempDir Path directory) {
        System.setProperty(RedisServerBinary.PROPERTY, directory.resolve("missing").toString());
        assertThatIllegalStateException().isThrownBy(RedisServerBinary::locate)
            .withMessageContaining("'redispool.redis-server'")
            .withMessageContaining("missing");
    }

    @Test
    void redisServerOnPathIsFoundWhenPropertyIsUnset() {
        RedisServerBinary onPath = RedisServerBinary.onPath().orElse(null);
        // Machines without a redis-server on the PATH fall back to the embedded one.
        RedisServerBinary expected = (onPath != null) ? onPath : RedisServerBinary.embedded();
        assertThat(RedisServerBinary.locate()).isEqualTo(expected);
    }

    @Test
    void versionIsReadFromVersionOutput() {
        String version = RedisServerBinary.locate().version();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void pathToNoExecutableIsRejected(@TempDir Path directory) {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisServerBinary.of(directory))
            .withMessageContaining("'binary' must be an executable file");
    }

}
