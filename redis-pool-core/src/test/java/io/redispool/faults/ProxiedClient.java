package io.redispool.faults;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.pool.PoolStats;
import io.redispool.pool.RecordingListener;
import io.redispool.testing.FaultProxy;
import io.redispool.launcher.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A client whose every connection runs through a {@link FaultProxy}, with a listener that
 * records what the pool reports; {@link #assertSettled()} checks the invariants every
 * fault scenario ends with.
 */
final class ProxiedClient implements AutoCloseable {

    private final FaultProxy proxy;

    private final RedisClient client;

    private final RecordingListener events = new RecordingListener();

    private ProxiedClient(FaultProxy proxy, RedisClient client) {
        this.proxy = proxy;
        this.client = client;
        client.pool().addListener(this.events);
    }

    /**
     * Starts a proxy to the server and a client through it.
     * @param server the real server behind the proxy
     * @param customizer adjusts the defaults: 1s timeouts, 4 connections, no wait
     */
    static ProxiedClient create(RedisServer server, UnaryOperator<RedisClientConfig.Builder> customizer) {
        FaultProxy proxy = FaultProxy.to(server);
        RedisClientConfig.Builder builder = RedisClientConfig.builder()
            .host(proxy.host())
            .port(proxy.port())
            .connectTimeout(Duration.ofSeconds(1))
            .socketTimeout(Duration.ofSeconds(1))
            .maxConnections(4)
            .shutdownTimeout(Duration.ofSeconds(1));
        try {
            return new ProxiedClient(proxy, RedisClient.create(customizer.apply(builder).build()));
        }
        catch (RuntimeException ex) {
            proxy.close();
            throw ex;
        }
    }

    FaultProxy proxy() {
        return this.proxy;
    }

    RedisClient client() {
        return this.client;
    }

    RedisCommands<String, String> commands() {
        return this.client.commands();
    }

    RecordingListener events() {
        return this.events;
    }

    /**
     * Asserts the pool has settled: nothing in use or waiting, created minus closed
     * equals open, the listener heard exactly what the stats count, the proxy carries
     * exactly the pool's open connections, and no thread is left inside the client.
     */
    void assertSettled() {
        eventually(() -> this.client.pool().stats().inUse() == 0 && this.client.pool().stats().pending() == 0,
                "nothing is in use or waiting");
        assertAtRest(this.client.pool());
        PoolStats stats = this.client.pool().stats();
        assertThat(this.events.created.get()).as("connections created, as the listener heard")
            .isEqualTo(stats.created());
        assertThat(this.events.closed).as("connections closed, as the listener heard").hasSize((int) stats.closed());
        assertThat(this.events.released.get()).as("releases, one per borrow").isEqualTo(this.events.borrowed.get());
        eventually(() -> this.proxy.openConnections() == this.client.pool().stats().open(),
                "the sockets through the proxy are the pool's open connections");
        assertNoThreadInsideTheClient();
    }

    /**
     * Waits up to five seconds for every calling thread but this one to leave the
     * client's code. Callers are the non-daemon threads the tests start; the client's own
     * background threads (housekeeping, I/O deadlines) are daemons and are meant to stay.
     */
    static void assertNoThreadInsideTheClient() {
        Thread self = Thread.currentThread();
        try {
            eventually(() -> threadsInsideTheClient(self).isEmpty(), "no thread is left inside the client");
        }
        catch (AssertionError ex) {
            throw new AssertionError("Threads left inside the client: " + threadsInsideTheClient(self), ex);
        }
    }

    private static List<String> threadsInsideTheClient(Thread self) {
        return Thread.getAllStackTraces()
            .entrySet()
            .stream()
            .filter((entry) -> entry.getKey() != self && entry.getKey().isAlive() && !entry.getKey().isDaemon())
            .filter((entry) -> List.of(entry.getValue()).stream().anyMatch(ProxiedClient::isClientFrame))
            .map(Map.Entry::getKey)
            .map((thread) -> thread.getName() + " " + List.of(thread.getStackTrace()))
            .collect(Collectors.toList());
    }

    private static boolean isClientFrame(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("io.redispool.") && !name.startsWith("io.redispool.faults.")
                && !name.startsWith("io.redispool.testing.");
    }

    @Override
    public void close() {
        try {
            this.client.close();
        }
        finally {
            this.proxy.close();
        }
    }

}
