package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * A TCP proxy on {@code 127.0.0.1} that forwards to one server and misbehaves on demand,
 * in the spirit of Toxiproxy: latency, a blackhole, connections reset or cut short,
 * replies sliced into 1 to 3 byte writes, traffic stalled, new connections refused.
 *
 * <p>
 * Why a proxy rather than a fake server: the server behind it stays real, so a test sees
 * exactly what a client sees when the network, not Redis, fails. Faults switch at runtime
 * and apply to connections already open as well as new ones; most of them take a
 * {@link Direction}.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.to(redis)) {
 *     proxy.reset(Direction.TO_CLIENT);   // INCR reaches the server, its reply resets the connection
 *     connectTo(proxy.host(), proxy.port());
 *     proxy.clear();
 * }
 * }</pre>
 *
 * <p>
 * Each connection costs two daemon threads, one per direction; {@link #close()} resets
 * every connection and ends every thread. This class needs no JUnit.
 */
public final class FaultProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private static final long WAKE_UP_MILLIS = 100;

    /** Which way traffic flows through the proxy. */
    public enum Direction {

        /** From the client to the server: commands. */
        TO_SERVER,

        /** From the server to the client: replies. */
        TO_CLIENT

    }

    private final InetSocketAddress target;

    private final int port;

    private final Object lock = new Object();

    private final AtomicReferenceArray<Faults> faults = new AtomicReferenceArray<>(
            new Faults[] { Faults.NONE, Faults.NONE });

    private final Set<Link> links = ConcurrentHashMap.newKeySet();

    private final AtomicLong accepted = new AtomicLong();

    private final AtomicLong cutEpochs = new AtomicLong();

    private final AtomicLongArray bytes = new AtomicLongArray(2);

    private final AtomicLongArray writes = new AtomicLongArray(2);

    private final AtomicLongArray endsPassedOn = new AtomicLongArray(2);

    private final Acceptor acceptor;

    private volatile boolean closed;

    private FaultProxy(InetSocketAddress target) {
        this.target = target;
        this.acceptor = new Acceptor((client) -> open(client, this.accepted.incrementAndGet()));
        this.port = this.acceptor.port();
    }

    /**
     * Starts a proxy to a server, listening on a free port of {@code 127.0.0.1}.
     * @param host the server's host
     * @param port the server's port
     * @return the running proxy, forwarding everything untouched
     */
    public static FaultProxy to(String host, int port) {
        Objects.requireNonNull(host, "'host' must not be null");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'port' must be between 1 and 65535 but was " + port);
        }
        return new FaultProxy(new InetSocketAddress(host, port));
    }

    /**
     * Starts a proxy to a redis-server; it keeps forwarding to the same port across
     * restarts.
     * @param server the server
     * @return the running proxy, forwarding everything untouched
     */
    public static FaultProxy to(RedisServer server) {
        return to(server.host(), server.port());
    }

    /**
     * Returns the address the proxy listens on.
     * @return always {@code 127.0.0.1}
     */
    public String host() {
        return "127.0.0.1";
    }

    /**
     * Returns the port the proxy listens on; it stays the same through {@link #refuse()}.
     * @return the port
     */
    public int port() {
        return this.port;
    }

    /**
     * Delays each chunk of traffic in one direction before forwarding it.
     * @param direction which way
     * @param delay how long each chunk waits; zero removes the delay
     * @return this proxy
     */
    public FaultProxy latency(Direction direction, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("'delay' must not be negative but was " + delay);
        }
        return update(direction, (current) -> current.withLatency(delay.toNanos()));
    }

    /**
     * Reads the traffic in one direction and forwards none of it, so requests or replies
     * vanish while the connections stay open.
     * @param direction which way
     * @return this proxy
     */
    public FaultProxy blackhole(Direction direction) {
        return update(direction, Faults::withBlackhole);
    }

    /**
     * Resets a connection, with an RST to the client (SO_LINGER 0), as soon as traffic
     * next flows in one direction; {@code reset(TO_CLIENT)} lets a command reach the
     * server and loses its reply.
     * @param direction which way
     * @return this proxy
     */
    public FaultProxy reset(Direction direction) {
        return update(direction, Faults::withReset);
    }

    /**
     * Lets each connection forward only so many more bytes in one direction, then closes
     * it; Toxiproxy's {@code limit_data}.
     * @param direction which way, typically {@link Direction#TO_CLIENT}
     * @param bytes how many bytes each connection still forwards, counted from this call
     * @return this proxy
     */
    public FaultProxy cutAfter(Direction direction, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("'bytes' must be at least 0 but was " + bytes);
        }
        long epoch = this.cutEpochs.incrementAndGet();
        return update(direction, (current) -> current.withCut(bytes, epoch));
    }

    /**
     * Writes the traffic in one direction in slices of 1 to 3 bytes, each its own write,
     * so the reader sees every reply fragmented.
     * @param direction which way
     * @param seed seeds the slice sizes, so a failing run can be repeated
     * @return this proxy
     */
    public FaultProxy slice(Direction direction, long seed) {
        return update(direction, (current) -> current.withSlices(seed));
    }

    /**
     * Stops forwarding in one direction, holding what arrives, until {@link #clear()};
     * the sender is then held back by TCP flow control.
     * @param direction which way
     * @return this proxy
     */
    public FaultProxy stall(Direction direction) {
        return update(direction, Faults::withStall);
    }

    /**
     * Stops listening, so new connections are refused; open connections carry on, while
     * those the kernel completed but the proxy had not accepted yet are reset.
     * {@link #clear()} listens again on the same port.
     * @return this proxy
     */
    public FaultProxy refuse() {
        this.acceptor.refuse();
        return this;
    }

    /**
     * Resets every open connection now, with an RST to each client; new ones are
     * accepted.
     * @return this proxy
     */
    public FaultProxy resetConnections() {
        this.links.forEach(Link::abort);
        return this;
    }

    /**
     * Removes every fault: traffic flows untouched, what a stall held is forwarded, and
     * new connections are accepted again.
     * @return this proxy
     * @throws java.io.UncheckedIOException if the port cannot be listened on again within
     * 5 seconds
     */
    public FaultProxy clear() {
        synchronized (this.lock) {
            this.faults.set(0, Faults.NONE);
            this.faults.set(1, Faults.NONE);
            this.lock.notifyAll();
        }
        this.acceptor.listen();
        return this;
    }

    /**
     * Returns how many client connections the proxy has accepted since it started.
     * @return the count
     */
    public long connectionsAccepted() {
        return this.accepted.get();
    }

    /**
     * Returns how many client connections are open through the proxy now.
     * @return the count
     */
    public int openConnections() {
        return this.links.size();
    }

    /**
     * Returns how many bytes the proxy has forwarded in one direction, dropped ones not
     * counted.
     * @param direction which way
     * @return the count
     */
    public long bytesForwarded(Direction direction) {
        return this.bytes.get(direction.ordinal());
    }

    /**
     * Returns how many writes the forwarded bytes took in one direction; slicing makes
     * many.
     * @param direction which way
     * @return the count
     */
    public long writes(Direction direction) {
        return this.writes.get(direction.ordinal());
    }

    /**
     * Stops listening, resets every connection and ends every thread. Idempotent.
     */
    @Override
    public void close() {
        synchronized (this.lock) {
            this.closed = true;
            this.lock.notifyAll();
        }
        this.links.forEach(Link::abort);
        this.acceptor.close();
        this.links.forEach(Link::abort);
    }

    @Override
    public String toString() {
        return "FaultProxy[127.0.0.1:" + this.port + " -> " + this.target.getHostString() + ":" + this.target.getPort()
                + ", open=" + this.links.size() + ", to-server=" + this.faults.get(0) + ", to-client="
                + this.faults.get(1) + (this.acceptor.isRefusing() ? ", refusing" : "") + "]";
    }

    Faults faults(Direction direction) {
        return this.faults.get(direction.ordinal());
    }

    /**
     * Waits until faults change, a link closes or the proxy closes, at most the given
     * time.
     */
    void awaitChange(long nanos) throws InterruptedException {
        long millis = Math.max(1, Math.min(WAKE_UP_MILLIS, TimeUnit.NANOSECONDS.toMillis(nanos)));
        synchronized (this.lock) {
            if (!this.closed) {
                this.lock.wait(millis);
            }
        }
    }

    /**
     * How many ends of stream the proxy has passed on in one direction, as half closes:
     * for {@code TO_CLIENT}, how many server-side closes the clients can see by now.
     * @param direction the direction
     * @return the count since the proxy started
     */
    public long endsPassedOn(Direction direction) {
        return this.endsPassedOn.get(direction.ordinal());
    }

    void endPassedOn(Direction direction) {
        this.endsPassedOn.incrementAndGet(direction.ordinal());
    }

    void forwarded(Direction direction, int count, int writeCount) {
        this.bytes.addAndGet(direction.ordinal(), count);
        this.writes.addAndGet(direction.ordinal(), writeCount);
    }

    void closed(Link link) {
        this.links.remove(link);
        synchronized (this.lock) {
            this.lock.notifyAll();
        }
    }

    private FaultProxy update(Direction direction, UnaryOperator<Faults> change) {
        Objects.requireNonNull(direction, "'direction' must not be null");
        synchronized (this.lock) {
            this.faults.set(direction.ordinal(), change.apply(this.faults.get(direction.ordinal())));
            this.lock.notifyAll();
        }
        return this;
    }

    private void open(Socket client, long index) {
        Socket server = new Socket();
        try {
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            server.connect(this.target, CONNECT_TIMEOUT_MILLIS);
        }
        catch (IOException ex) {
            Link.abort(server);
            Link.abort(client);
            return;
        }
        Link link = new Link(this, client, server, index);
        this.links.add(link);
        if (this.closed) {
            link.abort();
            return;
        }
        link.start("fault-proxy-" + this.port + "-link-" + index);
    }

}
