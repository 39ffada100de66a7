package io.redispool.testing;

import io.redispool.launcher.RedisLaunchException;
import io.redispool.launcher.RedisServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RedisServerTests {

    @Test
    void startedServerAnswersPing() throws Exception {
        try (RedisServer server = RedisServer.builder().start(); RawConnection connection = RawConnection.tcp(server)) {
            assertThat(server.isRunning()).isTrue();
            assertThat(connection.send("PING")).isEqualTo("+PONG");
        }
    }

    @Test
    void startedServerDescribesItsAddress() {
        try (RedisServer server = RedisServer.builder().start()) {
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.url()).isEqualTo("redis://127.0.0.1:" + server.port());
            assertThat(server.version()).isEqualTo(server.binary().version());
            assertThat(server.unixSocketPath()).isEmpty();
        }
    }

    @Test
    void pidIsTheRunningProcessAndEmptyOnceStopped() {
        try (RedisServer server = RedisServer.builder().build()) {
            assertThat(server.pid()).isEmpty();
            server.start();
            long pid = server.pid().orElseThrow();
            assertThat(ProcessHandle.of(pid)).hasValueSatisfying((process) -> assertThat(process.isAlive()).isTrue());
            server.stop();
            assertThat(server.pid()).isEmpty();
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }

    @Test
    void twoServersGetDifferentPorts() {
        try (RedisServer first = RedisServer.builder().start(); RedisServer second = RedisServer.builder().start()) {
            assertThat(first.port()).isNotEqualTo(second.port());
        }
    }

    @Test
    void givenPortIsUsed() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (RedisServer server = RedisServer.builder().port(port).start();
                RawConnection connection = RawConnection.tcp(server)) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(connection.send("PING")).isEqualTo("+PONG");
        }
    }

    @Test
    void requirepassSettingMakesUnauthenticatedPingFailWithNoauth() throws Exception {
        try (RedisServer server = RedisServer.builder().setting("requirepass", "s3cret").start();
                RawConnection connection = RawConnection.tcp(server)) {
            assertThat(connection.send("PING")).startsWith("-NOAUTH");
            assertThat(connection.send("AUTH s3cret")).isEqualTo("+OK");
            assertThat(connection.send("PING")).isEqualTo("+PONG");
        }
    }

    @Test
    void settingWithSeveralValuesPassesEachAsOneArgument() throws Exception {
        try (RedisServer server = RedisServer.builder().setting("save", "900", "1").setting("maxmemory", "5mb").start();
                RawConnection connection = RawConnection.tcp(server)) {
            assertThat(connection.send("CONFIG GET save")).isEqualTo("*2");
            assertThat(connection.readLine()).isEqualTo("$4");
            assertThat(connection.readLine()).isEqualTo("save");
            assertThat(connection.readLine()).isEqualTo("$5");
            assertThat(connection.readLine()).isEqualTo("900 1");
        }
    }

    @Test
    void debugCommandIsEnabled() throws Exception {
        try (RedisServer server = RedisServer.builder().start(); RawConnection connection = RawConnection.tcp(server)) {
            assertThat(connection.send("DEBUG SLEEP 0")).isEqualTo("+OK");
        }
    }

    @Test
    void killedServerRestartsOnSamePortWithoutItsData() throws Exception {
        try (RedisServer server = RedisServer.builder().start()) {
            int port = server.port();
            try (RawConnection connection = RawConnection.tcp(server)) {
                assertThat(connection.send("SET greeting hello")).isEqualTo("+OK");
                server.kill();
                assertThat(server.isRunning()).isFalse();
                assertThatExceptionOfType(IOException.class).isThrownBy(() -> connection.send("PING"));
            }
            server.restart();
            assertThat(server.port()).isEqualTo(port);
            try (RawConnection connection = RawConnection.tcp(server)) {
                assertThat(connection.send("PING")).isEqualTo("+PONG");
                assertThat(connection.send("GET greeting")).isEqualTo("$-1");
            }
        }
    }

    @Test
    void stoppedServerStartsAgainOnSamePort() throws Exception {
        try (RedisServer server = RedisServer.builder().start()) {
            int port = server.port();
            server.stop();
            assertThat(server.isRunning()).isFalse();
            server.start();
            assertThat(server.port()).isEqualTo(port);
            try (RawConnection connection = RawConnection.tcp(server)) {
                assertThat(connection.send("PING")).isEqualTo("+PONG");
            }
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void pausedServerDoesNotAnswerUntilResumed() throws Exception {
        try (RedisServer server = RedisServer.builder().start();
                RawConnection connection = RawConnection.tcp(server, 300)) {
            server.pause();
            assertThat(server.isRunning()).isTrue();
            assertThat(server.toString()).contains("paused");
            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> connection.send("PING"));
            server.resume();
            assertThat(connection.readLine()).isEqualTo("+PONG");
            assertThat(connection.send("PING")).isEqualTo("+PONG");
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void pausedServerStopsAndClosesPromptly() {
        RedisServer server = RedisServer.builder().start();
        server.pause();
        long started = System.nanoTime();
        server.close();
        assertThat(server.isRunning()).isFalse();
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    @Test
    void unixSocketAnswersPing() throws Exception {
        try (RedisServer server = RedisServer.builder().unixSocket(true).start()) {
            Path socket = server.unixSocketPath().orElseThrow();
            try (RawConnection connection = RawConnection.unix(socket)) {
                assertThat(connection.send("PING")).isEqualTo("+PONG");
            }
        }
    }

    @Test
    void badSettingMakesStartFailWithServersComplaintAndExitCode() {
        assertThatExceptionOfType(RedisLaunchException.class)
            .isThrownBy(() -> RedisServer.builder().setting("no-such-directive", "yes").start())
            .withMessageContaining("exited with code 1")
            .withMessageContaining("Bad directive or wrong number of arguments")
            .withMessageContaining("--no-such-directive yes");
    }

    @Test
    void failedStartMasksPasswordInCommandAndServerOutput() {
        assertThatExceptionOfType(RedisLaunchException.class)
            .isThrownBy(() -> RedisServer.builder().setting("requirepass", "s3cret", "extra").start())
            .withMessageContaining("requirepass")
            .withMessageContaining("****")
            .withMessageNotContaining("s3cret");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void serverThatNeverAnswersIsKilledAfterStartupTimeout(@TempDir Path directory) throws Exception {
        // A real process that claims to be Redis 7 and then only sleeps.
        Path silent = directory.resolve("silent-redis-server");
        Files.writeString(silent, String.join("\n", "#!/bin/sh",
                "[ \"$1\" = --version ] && echo 'Redis server v=7.0.0' && exit 0", "exec sleep 30", ""));
        assertThat(silent.toFile().setExecutable(true)).isTrue();
        RedisServer.Builder builder = RedisServer.builder().binary(silent).startupTimeout(Duration.ofMillis(300));
        assertThatExceptionOfType(RedisLaunchException.class).isThrownBy(builder::start)
            .withMessageContaining("did not answer PING within 300ms; killed, it exited with code 137");
    }

    @Test
    void portHeldBySomeoneElseMakesStartFailNamingTheCause() throws Exception {
        try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatExceptionOfType(RedisLaunchException.class)
                .isThrownBy(() -> RedisServer.builder().port(holder.getLocalPort()).start())
                .withMessageContaining("Address already in use");
        }
    }

    @Test
    void toStringMasksPasswords() {
        try (RedisServer server = RedisServer.builder()
            .setting("requirepass", "s3cret")
            .setting("masterauth", "upstream-secret")
            .setting("user", "alice", "on", ">alice-secret", "~*", "+@all")
            .build()) {
            assertThat(server.toString()).contains("requirepass ****", "masterauth ****", "user alice on **** ~* +@all")
                .doesNotContain("s3cret", "upstream-secret", "alice-secret");
        }
    }

    @Test
    void closeDeletesTheDirectoryAndForbidsAnotherStart() {
        RedisServer server = RedisServer.builder().unixSocket(true).start();
        Path directory = server.logFile().getParent();
        assertThat(server.logFile()).exists();
        server.close();
        assertThat(server.isRunning()).isFalse();
        assertThat(Files.exists(directory)).isFalse();
        assertThatIllegalStateException().isThrownBy(server::start).withMessageContaining("closed");
    }

    @Test
    void closeAllClosesEveryServer() {
        RedisServer first = RedisServer.builder().start();
        RedisServer second = RedisServer.builder().start();
        RedisServer.closeAll(List.of(first, second));
        assertThat(List.of(first, second)).allSatisfy((server) -> {
            assertThat(server.isRunning()).isFalse();
            assertThat(server.logFile().getParent()).doesNotExist();
        });
    }

    @Test
    void closeAllGoesOnPastAServerThatFailsToCloseAndThrowsTheFirstFailure() throws Exception {
        RedisServer first = RedisServer.builder().start();
        RedisServer second = RedisServer.builder().start();
        List<ProcessHandle> processes = List.of(ProcessHandle.of(first.pid().orElseThrow()).orElseThrow(),
                ProcessHandle.of(second.pid().orElseThrow()).orElseThrow());
        // An interrupted thread cannot wait for a stopped server to end, so each close
        // fails, after sending SIGTERM and marking the server closed.
        Thread.currentThread().interrupt();
        try {
            assertThatIllegalStateException().isThrownBy(() -> RedisServer.closeAll(List.of(first, second)))
                .withMessageContaining("Interrupted during stop of RedisServer[" + first.url());
        }
        finally {
            Thread.interrupted();
        }
        assertThat(List.of(first, second))
            .allSatisfy((server) -> assertThatIllegalStateException().isThrownBy(server::start)
                .withMessageContaining("has been closed"));
        for (ProcessHandle process : processes) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void startOfRunningServerFails() {
        try (RedisServer server = RedisServer.builder().start()) {
            assertThatIllegalStateException().isThrownBy(server::start).withMessageContaining("already running");
        }
    }

    @Test
    void pauseOfServerNotStartedFails() {
        try (RedisServer server = RedisServer.builder().build()) {
            assertThatIllegalStateException().isThrownBy(server::pause).withMessageContaining("not started");
        }
    }

    @Test
    void settingThatRedisServerManagesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisServer.builder().setting("port", "6379"))
            .withMessageContaining("'port' is set by RedisServer itself");
    }

    @Test
    void portOutOfRangeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisServer.builder().port(0))
            .withMessage("'port' must be between 1 and 65535 but was 0");
    }

}
