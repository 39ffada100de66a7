package io.redispool.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.testing.FaultProxy.Direction;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each fault of the proxy against a real redis-server, seen through bare sockets.
 */
class FaultProxyTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private FaultProxy proxy;

    @BeforeEach
    void startProxy() throws IOException {
        this.proxy = FaultProxy.to(redis.server());
        try (RawConnection direct = RawConnection.tcp(redis.server())) {
            assertThat(direct.send("FLUSHALL")).isEqualTo("+OK");
        }
    }

    @AfterEach
    void closeProxy() {
        this.proxy.close();
    }

    @Test
    void withoutFaultsForwardsBothWaysAndCountsConnectionsAndBytes() throws IOException {
        try (RawConnection client = viaProxy(2000)) {
            assertThat(client.send("PING")).isEqualTo("+PONG");
            assertThat(client.send("SET k v")).isEqualTo("+OK");
            assertThat(this.proxy.openConnections()).isEqualTo(1);
        }
        assertThat(this.proxy.connectionsAccepted()).isEqualTo(1);
        assertThat(this.proxy.bytesForwarded(Direction.TO_SERVER)).isEqualTo("PING\r\nSET k v\r\n".length());
        assertThat(this.proxy.bytesForwarded(Direction.TO_CLIENT)).isEqualTo("+PONG\r\n+OK\r\n".length());
        eventually(() -> this.proxy.openConnections() == 0, "the closed connection is forgotten");
    }

    @Test
    void latencyDelaysEachReplyUntilRemoved() throws IOException {
        try (RawConnection client = viaProxy(2000)) {
            this.proxy.latency(Direction.TO_CLIENT, Duration.ofMillis(600));
            long start = System.nanoTime();
            assertThat(client.send("PING")).isEqualTo("+PONG");
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(600);
            this.proxy.latency(Direction.TO_CLIENT, Duration.ZERO);
            start = System.nanoTime();
            assertThat(client.send("PING")).isEqualTo("+PONG");
            assertThat(millisSince(start)).isLessThan(500);
        }
    }

    @Test
    void latencyTowardsTheServerDelaysCommands() throws IOException {
        this.proxy.latency(Direction.TO_SERVER, Duration.ofMillis(300));
        try (RawConnection client = viaProxy(2000)) {
            long start = System.nanoTime();
            assertThat(client.send("PING")).isEqualTo("+PONG");
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void blackholedCommandsNeverReachTheServerAndLaterOnesDoOnceCleared() throws IOException {
        try (RawConnection client = viaProxy(300)) {
            this.proxy.blackhole(Direction.TO_SERVER);
            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> client.send("SET swallowed 1"));
            assertThat(direct("EXISTS swallowed")).isEqualTo(":0");
            this.proxy.clear();
            assertThat(client.send("PING")).isEqualTo("+PONG");
        }
    }

    @Test
    void blackholedRepliesAreLostWhileTheirCommandsRun() throws IOException {
        this.proxy.blackhole(Direction.TO_CLIENT);
        try (RawConnection client = viaProxy(300)) {
            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> client.send("INCR ran"));
            assertThat(direct("GET ran")).isEqualTo("$1");
            assertThat(this.proxy.bytesForwarded(Direction.TO_CLIENT)).isZero();
        }
    }

    @Test
    void resetOnTheReplyPathRunsTheCommandOnceAndResetsTheClient() throws IOException {
        this.proxy.reset(Direction.TO_CLIENT);
        try (RawConnection client = viaProxy(2000)) {
            assertThatExceptionOfType(SocketException.class).isThrownBy(() -> client.send("INCR counter"))
                .withMessageContaining("reset");
        }
        try (RawConnection direct = RawConnection.tcp(redis.server())) {
            assertThat(direct.send("GET counter")).isEqualTo("$1");
            assertThat(direct.readLine()).isEqualTo("1");
        }
        eventually(() -> this.proxy.openConnections() == 0, "the reset connection is forgotten");
    }

    @Test
    void resetConnectionsResetsOpenConnectionsAndAcceptsNewOnes() throws IOException {
        try (RawConnection first = viaProxy(2000); RawConnection second = viaProxy(2000)) {
            assertThat(first.send("PING")).isEqualTo("+PONG");
            assertThat(second.send("PING")).isEqualTo("+PONG");
            this.proxy.resetConnections();
            assertThatExceptionOfType(IOException.class).isThrownBy(() -> first.send("PING"));
            assertThatExceptionOfType(IOException.class).isThrownBy(() -> second.send("PING"));
        }
        try (RawConnection third = viaProxy(2000)) {
            assertThat(third.send("PING")).isEqualTo("+PONG");
        }
    }

    @Test
    void cutAfterForwardsExactlyThatManyBytesThenCloses() throws IOException {
        String value = "x".repeat(100);
        assertThat(direct("SET big " + value)).isEqualTo("+OK");
        try (RawConnection client = viaProxy(2000)) {
            assertThat(client.send("PING")).isEqualTo("+PONG");
            this.proxy.cutAfter(Direction.TO_CLIENT, 10);
            client.write("GET big\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(client.readBytes(1000), StandardCharsets.US_ASCII)).isEqualTo("$100\r\nxxxx");
        }
    }

    @Test
    void slicedRepliesArriveIntactInWritesOfOneToThreeBytes() throws IOException {
        String value = "0123456789".repeat(30);
        assertThat(direct("SET sliced " + value)).isEqualTo("+OK");
        String reply = "$300\r\n" + value + "\r\n";
        this.proxy.slice(Direction.TO_CLIENT, 42);
        try (RawConnection client = viaProxy(2000)) {
            client.write("GET sliced\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(client.readBytes(reply.length()), StandardCharsets.US_ASCII)).isEqualTo(reply);
        }
        assertThat(this.proxy.writes(Direction.TO_CLIENT)).isBetween((long) reply.length() / 3, (long) reply.length());
        assertThat(this.proxy.writes(Direction.TO_SERVER)).isEqualTo(1);
    }

    @Test
    void sameSeedSlicesTheSameWay() throws IOException {
        assertThat(direct("SET sliced " + "y".repeat(200))).isEqualTo("+OK");
        long[] writes = new long[2];
        for (int run = 0; run < 2; run++) {
            try (FaultProxy seeded = FaultProxy.to(redis.server()).slice(Direction.TO_CLIENT, 7);
                    RawConnection client = RawConnection.tcp(seeded.host(), seeded.port(), 2000)) {
                client.write("GET sliced\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(client.readBytes(208)).hasSize(208);
                writes[run] = seeded.writes(Direction.TO_CLIENT);
            }
        }
        assertThat(writes[0]).isEqualTo(writes[1]).isGreaterThan(208 / 3);
    }

    @Test
    void stallHoldsRepliesUntilClearedThenForwardsThem() throws IOException {
        try (RawConnection client = viaProxy(300)) {
            this.proxy.stall(Direction.TO_CLIENT);
            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> client.send("PING"));
            this.proxy.clear();
            assertThat(client.readLine()).isEqualTo("+PONG");
        }
    }

    @Test
    void stallTowardsTheServerHoldsCommandsUntilCleared() throws IOException {
        try (RawConnection client = viaProxy(300)) {
            this.proxy.stall(Direction.TO_SERVER);
            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> client.send("SET held 1"));
            assertThat(direct("EXISTS held")).isEqualTo(":0");
            this.proxy.clear();
            assertThat(client.readLine()).isEqualTo("+OK");
        }
    }

    @Test
    void refusedConnectionsFailToConnectWhileOpenOnesCarryOnAndClearListensAgain() throws IOException {
        try (RawConnection open = viaProxy(2000)) {
            assertThat(open.send("PING")).isEqualTo("+PONG");
            this.proxy.refuse();
            assertThatExceptionOfType(ConnectException.class).isThrownBy(this::connectToProxy);
            assertThat(open.send("PING")).isEqualTo("+PONG");
            this.proxy.clear();
            try (RawConnection again = viaProxy(2000)) {
                assertThat(again.send("PING")).isEqualTo("+PONG");
            }
        }
        assertThat(this.proxy.connectionsAccepted()).isEqualTo(2);
    }

    @Test
    void serverClosingAConnectionEndsTheClientsStreamInOrder() throws IOException {
        try (RawConnection client = viaProxy(2000)) {
            assertThat(client.send("CLIENT SETNAME doomed")).isEqualTo("+OK");
            assertThat(direct("CLIENT KILL TYPE normal SKIPME yes")).isEqualTo(":1");
            assertThat(client.readBytes(1)).isEmpty();
        }
    }

    @Test
    void closeEndsConnectionsAndEveryThreadAndRefusesNewConnections() throws IOException {
        try (RawConnection client = viaProxy(2000)) {
            assertThat(client.send("PING")).isEqualTo("+PONG");
            assertThat(proxyThreads()).isNotEmpty().allMatch(Thread::isDaemon);
            this.proxy.close();
            assertThatExceptionOfType(IOException.class).isThrownBy(() -> client.send("PING"));
        }
        assertThatExceptionOfType(ConnectException.class).isThrownBy(this::connectToProxy);
        eventually(() -> proxyThreads().isEmpty(), "every proxy thread has ended");
        assertThat(this.proxy.openConnections()).isZero();
    }

    private RawConnection viaProxy(int readTimeoutMillis) {
        return RawConnection.tcp(this.proxy.host(), this.proxy.port(), readTimeoutMillis);
    }

    private void connectToProxy() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(this.proxy.host(), this.proxy.port()), 1000);
        }
    }

    private static String direct(String command) throws IOException {
        try (RawConnection direct = RawConnection.tcp(redis.server())) {
            return direct.send(command);
        }
    }

    private List<Thread> proxyThreads() {
        String prefix = "fault-proxy-" + this.proxy.port() + "-";
        return Thread.getAllStackTraces()
            .keySet()
            .stream()
            .filter((thread) -> thread.getName().startsWith(prefix) && thread.isAlive())
            .collect(Collectors.toList());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void eventually(BooleanSupplier condition, String description) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out waiting until " + description);
            }
            try {
                Thread.sleep(10);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
        }
    }

}
