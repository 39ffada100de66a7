package io.redispool.pool;

import io.redispool.RedisConnectionException;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import io.redispool.connection.Endpoint;
import io.redispool.protocol.RespLimits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Opens connections over {@link StubTransport}s, failing the calls the test chooses.
 */
final class StubConnectionFactory implements ConnectionFactory {

    private final List<StubTransport> transports = new CopyOnWriteArrayList<>();

    private final AtomicInteger calls = new AtomicInteger();

    private volatile IntPredicate failing = (call) -> false;

    private volatile long delayMillis;

    /** Makes the calls the predicate picks (1-based) fail as a refused connect would. */
    StubConnectionFactory failing(IntPredicate failing) {
        this.failing = failing;
        return this;
    }

    StubConnectionFactory delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    @Override
    public Connection connect() {
        int call = this.calls.incrementAndGet();
        if (this.delayMillis > 0) {
            try {
                Thread.sleep(this.delayMillis);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        if (this.failing.test(call)) {
            throw new RedisConnectionException("Could not connect (stub call " + call + ")", null, false);
        }
        StubTransport transport = new StubTransport();
        this.transports.add(transport);
        return new Connection(transport, new Endpoint.Tcp("stub", 6379), Duration.ofSeconds(1), RespLimits.DEFAULTS);
    }

    int calls() {
        return this.calls.get();
    }

    List<StubTransport> transports() {
        return this.transports;
    }

}
