package io.redispool.pool;

import io.redispool.RedisAuthenticationException;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Opens the pool's new connections, in slots the caller has taken, and adds them to the
 * pool's connections.
 *
 * <p>
 * Each gets its expiry, jittered so that connections opened together do not expire
 * together, and the pool's current generation. Opening waits out the
 * {@link AuthenticationBackoff} after the server refused the credentials, so that a pool
 * with wrong credentials does not open a connection per borrow.
 */
final class ConnectionOpener {

    private static final long NEVER = Long.MAX_VALUE >> 1;

    private final ConnectionPool pool;

    private final ConnectionFactory factory;

    private final ConnectionBag bag;

    private final PoolCounters counters;

    private final long lifetimeNanos;

    private final AuthenticationBackoff authenticationBackoff = new AuthenticationBackoff();

    ConnectionOpener(ConnectionPool pool, ConnectionFactory factory, ConnectionBag bag, PoolCounters counters,
            PoolConfig config) {
        this.pool = pool;
        this.factory = factory;
        this.bag = bag;
        this.counters = counters;
        this.lifetimeNanos = config.maxLifetime().toNanos();
    }

    /**
     * Opens a connection in a slot the caller took; frees nothing if it fails.
     * @param state the new connection's state: {@link PooledConnection#IN_USE} for a
     * borrower, {@link PooledConnection#IDLE} for the min-idle filler
     * @return the connection, counted and among the pool's connections
     * @throws io.redispool.RedisException if it could not be opened
     */
    PooledConnection open(int state) {
        long start = System.nanoTime();
        this.authenticationBackoff.check(start);
        Connection connection;
        try {
            connection = this.factory.connect();
        }
        catch (RedisAuthenticationException ex) {
            this.authenticationBackoff.refused(ex, System.nanoTime());
            throw ex;
        }
        this.authenticationBackoff.succeeded();
        long now = System.nanoTime();
        PooledConnection pooled = new PooledConnection(connection, this.pool, this.pool.generation(), now, expiry(now),
                state);
        this.bag.add(pooled);
        this.counters.opened();
        this.pool.listener().connectionCreated(now - start);
        return pooled;
    }

    /**
     * Expiry with up to 2.5% taken off, so connections made together do not expire
     * together.
     */
    private long expiry(long now) {
        long lifetime = this.lifetimeNanos;
        if (lifetime == 0) {
            return now + NEVER;
        }
        return now + lifetime - ThreadLocalRandom.current().nextLong(lifetime / 40 + 1);
    }

}
