package io.redispool.benchmarks.pool;

import io.redispool.connection.Connection;
import io.redispool.connection.Endpoint;
import io.redispool.connection.Transport;
import io.redispool.protocol.RespLimits;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A transport that leads nowhere, so that pools can be measured holding real
 * {@link Connection} objects without a socket behind them.
 */
final class NullTransport implements Transport {

    private static final Endpoint ENDPOINT = new Endpoint.Tcp("bench", 6379);

    private final InputStream input = InputStream.nullInputStream();

    private final OutputStream output = OutputStream.nullOutputStream();

    /**
     * Opens a connection over a new null transport.
     * @return a connection that is always reusable and never sends anything
     */
    static Connection connection() {
        return new Connection(new NullTransport(), ENDPOINT, Duration.ofSeconds(1), RespLimits.DEFAULTS);
    }

    @Override
    public InputStream input() {
        return this.input;
    }

    @Override
    public OutputStream output() {
        return this.output;
    }

    @Override
    public boolean isAlive() {
        return true;
    }

    @Override
    public void extendTimeout(Duration extra) {
        // Nothing is ever read.
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
    }

}
