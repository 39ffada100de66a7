package io.redispool.vthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisException;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shows how redis-pool's socket timeout behaves when every carrier is busy: a caller
 * waits for a reply that Redis sends after 100 ms, with a 300 ms socket timeout, while
 * CPU-bound threads keep every core busy for a few seconds; the same read on a
 * {@code java.net.Socket} with {@code SO_TIMEOUT} 300 ms runs beside it for comparison,
 * on virtual and on platform threads.
 *
 * <p>
 * For docs/virtual-threads.md, timing-dependent (it needs every carrier busy past the
 * socket timeout), so it runs only when asked:
 * {@code -Dredispool.vthreads.busy-carriers=true}. Both must read the reply that arrived
 * in time, however late their thread runs; it prints how late.
 */
@EnabledIfSystemProperty(named = "redispool.vthreads.busy-carriers", matches = "true")
class BusyCarrierTimeoutTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final Duration SOCKET_TIMEOUT = Duration.ofMillis(300);

    private static final Duration BUSY = Duration.ofSeconds(1);

    private static volatile long sink;

    @Test
    void replyInTimeWhileEveryCarrierIsBusy() throws Exception {
        try (RedisClient client = RedisClient
            .create(RedisClientConfig.builder().url(redis.server().url()).socketTimeout(SOCKET_TIMEOUT).build())) {
            client.commands().ping();
            for (int attempt = 1; attempt <= 3; attempt++) {
                for (Thread.Builder threads : List.of(Thread.ofVirtual(), Thread.ofPlatform())) {
                    String kind = (threads instanceof Thread.Builder.OfVirtual) ? "virtual" : "platform";
                    String[] outcomes = attempt(client, threads);
                    System.out.println(kind + " threads, attempt " + attempt + ": redis-pool " + outcomes[0]
                            + "; java.net.Socket " + outcomes[1]);
                    assertThat(outcomes[0]).as("redis-pool on %s threads", kind).startsWith("read the reply");
                    assertThat(outcomes[1]).as("java.net.Socket on %s threads", kind).startsWith("read the reply");
                }
            }
        }
    }

    /** BLPOP on an empty list with a 0.1 s timeout: the server answers after 100 ms. */
    private static String[] attempt(RedisClient client, Thread.Builder threads) throws Exception {
        String[] outcomes = new String[2];
        Thread pooled = threads.start(() -> outcomes[0] = timed(() -> {
            client.execute("BLPOP", "busy-carriers:nothing", "0.1");
            return "read the reply";
        }));
        Thread plain = threads.start(() -> outcomes[1] = timed(BusyCarrierTimeoutTests::plainSocketBlpop));
        // Both are waiting for the reply now; take every core until well after it came.
        Thread.sleep(30);
        List<Thread> busy = new ArrayList<>();
        for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
            busy.add(threads.start(BusyCarrierTimeoutTests::spin));
        }
        pooled.join();
        plain.join();
        for (Thread thread : busy) {
            thread.join();
        }
        return outcomes;
    }

    private static String plainSocketBlpop() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), redis.server().port()));
            socket.setSoTimeout((int) SOCKET_TIMEOUT.toMillis());
            socket.getOutputStream().write("BLPOP busy-carriers:nothing 0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream input = socket.getInputStream();
            byte[] reply = new byte[16];
            int read = input.read(reply);
            return (read > 0) ? "read the reply" : "saw the end of the stream";
        }
    }

    private static void spin() {
        long end = System.nanoTime() + BUSY.toNanos();
        long sum = 0;
        while (System.nanoTime() - end < 0) {
            sum += System.nanoTime() & 7;
        }
        sink = sum;
    }

    @FunctionalInterface
    private interface Call {

        String run() throws Exception;

    }

    private static String timed(Call call) {
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = call.run();
        }
        catch (RedisException | IOException ex) {
            outcome = "failed: " + ex.getMessage();
        }
        catch (Exception ex) {
            outcome = "failed untyped: " + ex;
        }
        return outcome + " after " + (System.nanoTime() - start) / 1_000_000 + "ms";
    }

}
