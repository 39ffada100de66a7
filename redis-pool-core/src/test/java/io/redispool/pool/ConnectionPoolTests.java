package io.redispool.pool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisConnectionException;
import io.redispool.TooManyConnectionsException;
import io.redispool.metrics.CloseReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pool logic over stub connections: sizing, LIFO order, refusals, waits, resets and
 * housekeeping, each case deterministic.
 */
class ConnectionPoolTests {

    private final StubConnectionFactory factory = new StubConnectionFactory();

    private final RecordingListener listener = new RecordingListener();

    private final List<ConnectionPool> pools = new ArrayList<>();

    @AfterEach
    void closePools() {
        this.pools.forEach(ConnectionPool::close);
    }

    private ConnectionPool pool(TestPoolConfig config) {
        ConnectionPool pool = new ConnectionPool(config.build(), this.factory);
        pool.addListener(this.listener);
        this.pools.add(pool);
        return pool;
    }

    @Test
    void newPoolOpensNothingUntilFirstBorrow() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        assertThat(pool.stats().open()).isZero();
        assertThat(this.factory.calls()).isZero();
        pool.release(pool.borrow());
        assertThat(pool.stats().open()).isEqualTo(1);
        assertAtRest(pool);
    }

    @Test
    void borrowHandsOutMostRecentlyReleasedConnectionFirst() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection a = pool.borrow();
        PooledConnection b = pool.borrow();
        PooledConnection c = pool.borrow();
        pool.release(a);
        pool.release(c);
        pool.release(b);
        assertThat(pool.borrow()).isSameAs(b);
        assertThat(pool.borrow()).isSameAs(c);
        assertThat(pool.borrow()).isSameAs(a);
        assertThat(this.factory.calls()).isEqualTo(3);
    }

    @Test
    void borrowAtMaxWithZeroMaxWaitRefusesAtOnceWithTooManyConnections() {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(2));
        PooledConnection first = pool.borrow();
        pool.borrow();
        long start = System.nanoTime();
        assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(pool::borrow)
            .withMessageStartingWith("Too many connections")
            .withMessageContaining("'test'")
            .withMessageContaining("2 of max-connections=2 in use");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(pool.stats().tooManyConnections()).isEqualTo(1);
        assertThat(this.listener.refused).hasValue(1);
        pool.release(first);
        assertThat(pool.borrow()).isSameAs(first);
    }

    @Test
    void borrowAtMaxWaitsForReleaseWithinMaxWait() throws Exception {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(1).maxWait(Duration.ofSeconds(5)));
        PooledConnection held = pool.borrow();
        CompletableFuture<PooledConnection> waiter = CompletableFuture.supplyAsync(pool::borrow);
        eventually(() -> pool.stats().pending() == 1, "the waiter is pending");
        pool.release(held);
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isSameAs(held);
        assertThat(pool.stats().pending()).isZero();
        assertThat(pool.stats().tooManyConnections()).isZero();
    }

    @Test
    void borrowAtMaxGivesUpAfterMaxWait() {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(1).maxWait(Duration.ofMillis(200)));
        pool.borrow();
        long start = System.nanoTime();
        assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(pool::borrow)
            .withMessageStartingWith("Too many connections")
            .withMessageContaining("max-wait=200ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(pool.stats().tooManyConnections()).isEqualTo(1);
    }

    @Test
    void failedCreationLeaksNoSlot() {
        this.factory.failing((call) -> call <= 3);
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(1));
        for (int i = 0; i < 3; i++) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(pool::borrow);
        }
        assertAtRest(pool);
        assertThat(pool.stats().open()).isZero();
        PooledConnection connection = pool.borrow();
        assertThat(connection).isNotNull();
        assertThat(pool.stats().tooManyConnections()).isZero();
    }

    @Test
    void secondReleaseIsIgnored() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection connection = pool.borrow();
        pool.release(connection);
        pool.release(connection);
        assertAtRest(pool);
        assertThat(pool.stats().open()).isEqualTo(1);
        assertThat(pool.borrow()).isSameAs(connection);
        assertThat(pool.stats().inUse()).isEqualTo(1);
        assertThat(pool.borrow()).isNotSameAs(connection);
    }

    @Test
    void releaseOfAnotherPoolsConnectionIsIgnored() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        ConnectionPool other = pool(TestPoolConfig.defaults());
        PooledConnection foreign = other.borrow();
        pool.release(foreign);
        assertAtRest(pool);
        assertThat(pool.stats().open()).isZero();
        assertThat(other.stats().inUse()).isEqualTo(1);
    }

    @Test
    void connectionOwingAReplyIsClosedOnRelease() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection connection = pool.borrow();
        connection.connection().send(new byte[][] { "GET".getBytes(), "k".getBytes() });
        pool.release(connection);
        assertThat(this.factory.transports().get(0).isClosed()).isTrue();
        assertThat(this.listener.closed).containsExactly(CloseReason.BROKEN);
        assertAtRest(pool);
        assertThat(pool.stats().open()).isZero();
    }

    @Test
    void connectionReleasedByInterruptedThreadIsClosed() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection connection = pool.borrow();
        Thread.currentThread().interrupt();
        try {
            pool.release(connection);
        }
        finally {
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(this.listener.closed).containsExactly(CloseReason.BROKEN);
        assertAtRest(pool);
    }

    @Test
    void resetClosesIdleConnectionsNowAndInUseOnesOnRelease() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection inUse = pool.borrow();
        pool.release(pool.borrow());
        pool.reset();
        assertThat(pool.stats().open()).isEqualTo(1);
        assertThat(inUse.connection().isClosed()).isFalse();
        pool.release(inUse);
        assertThat(inUse.connection().isClosed()).isTrue();
        assertThat(this.listener.closed).containsExactly(CloseReason.RESET, CloseReason.RESET);
        assertAtRest(pool);
        assertThat(pool.stats().open()).isZero();
        assertThat(pool.borrow()).isNotSameAs(inUse);
    }

    @Test
    void disconnectAllClosesInUseConnectionsAtOnce() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection inUse = pool.borrow();
        pool.disconnectAll();
        assertThat(inUse.connection().isClosed()).isTrue();
        assertThatExceptionOfType(RedisConnectionException.class)
            .isThrownBy(() -> inUse.connection().send(new byte[][] { "PING".getBytes() }));
        pool.release(inUse);
        assertAtRest(pool);
        assertThat(pool.stats().open()).isZero();
        PooledConnection fresh = pool.borrow();
        assertThat(fresh.connection().isClosed()).isFalse();
    }

    @Test
    void idleConnectionsBeyondIdleTimeoutAreClosed() {
        ConnectionPool pool = pool(TestPoolConfig.defaults().idleTimeout(Duration.ofMillis(100)));
        PooledConnection a = pool.borrow();
        PooledConnection b = pool.borrow();
        pool.release(a);
        pool.release(b);
        eventually(() -> pool.stats().open() == 0, "idle connections time out");
        assertThat(this.listener.closed).containsOnly(CloseReason.IDLE_TIMEOUT).hasSize(2);
        assertAtRest(pool);
    }

    @Test
    void idleTimeoutKeepsMinIdleConnections() {
        ConnectionPool pool = pool(TestPoolConfig.defaults().minIdle(1).idleTimeout(Duration.ofMillis(50)));
        eventually(() -> pool.stats().open() == 1, "min-idle is filled");
        PooledConnection a = pool.borrow();
        PooledConnection b = pool.borrow();
        pool.release(a);
        pool.release(b);
        eventually(() -> pool.stats().open() == 1, "idle connections above min-idle time out");
        assertThat(this.listener.closed).containsOnly(CloseReason.IDLE_TIMEOUT).hasSize(1);
    }

    @Test
    void minIdleIsFilledWithoutBorrowsAndRefilledAfterClosures() {
        ConnectionPool pool = pool(TestPoolConfig.defaults().minIdle(2));
        eventually(() -> pool.stats().idle() == 2, "min-idle is filled");
        pool.disconnectAll();
        eventually(() -> pool.stats().idle() == 2 && this.factory.calls() == 4, "min-idle is refilled");
        assertThat(this.factory.transports().subList(0, 2)).allMatch(StubTransport::isClosed);
        assertThat(this.factory.transports().subList(2, 4)).noneMatch(StubTransport::isClosed);
        assertAtRest(pool);
    }

    @Test
    void connectionOlderThanMaxLifetimeIsReplaced() throws InterruptedException {
        ConnectionPool pool = pool(TestPoolConfig.defaults().maxLifetime(Duration.ofMillis(100)));
        PooledConnection old = pool.borrow();
        Thread.sleep(150);
        pool.release(old);
        assertThat(old.connection().isClosed()).isTrue();
        assertThat(this.listener.closed).containsExactly(CloseReason.MAX_LIFETIME);
        assertThat(pool.borrow()).isNotSameAs(old);
    }

    @Test
    void idleConnectionFailingHealthCheckIsReplacedAtBorrow() throws InterruptedException {
        ConnectionPool pool = pool(TestPoolConfig.defaults().healthCheckInterval(Duration.ofMillis(50)));
        PooledConnection dead = pool.borrow();
        pool.release(dead);
        Thread.sleep(100);
        // No PONG queued: the stub reads end of stream, as from a server that went away.
        PooledConnection fresh = pool.borrow();
        assertThat(fresh).isNotSameAs(dead);
        assertThat(this.listener.closed).containsExactly(CloseReason.HEALTH_CHECK_FAILED);
    }

    @Test
    void idleConnectionClosedByTheServerIsReplacedAtBorrowWithoutSendingAnything() throws InterruptedException {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection closedByServer = pool.borrow();
        pool.release(closedByServer);
        this.factory.transports().get(0).closeFromPeer();
        Thread.sleep(300);
        assertThat(pool.borrow()).isNotSameAs(closedByServer);
        assertThat(this.listener.closed).containsExactly(CloseReason.SERVER_CLOSED);
        assertThat(this.factory.transports().get(0).written()).isEmpty();
    }

    @Test
    void idleConnectionPassingHealthCheckIsHandedOut() throws InterruptedException {
        ConnectionPool pool = pool(TestPoolConfig.defaults().healthCheckInterval(Duration.ofMillis(50)));
        PooledConnection healthy = pool.borrow();
        pool.release(healthy);
        this.factory.transports().get(0).reply("+PONG\r\n");
        Thread.sleep(100);
        assertThat(pool.borrow()).isSameAs(healthy);
        assertThat(this.factory.transports().get(0).written()).isEqualTo("*1\r\n$4\r\nPING\r\n");
    }

    @Test
    void connectionHeldBeyondLeakThresholdIsReportedOnceWithBorrowerStack() {
        List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(PoolHousekeeper.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            ConnectionPool pool = pool(TestPoolConfig.defaults().leakDetectionThreshold(Duration.ofMillis(50)));
            PooledConnection leaked = pool.borrow();
            eventually(() -> !records.isEmpty(), "the leak is reported");
            LogRecord report = records.get(0);
            assertThat(report.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            assertThat(report.getMessage()).contains("leak-detection-threshold");
            assertThat(report.getThrown().getStackTrace()[0].getMethodName()).isEqualTo("watchForLeak");
            assertThat(report.getThrown().getStackTrace()).anyMatch((frame) -> frame.getMethodName()
                .equals("connectionHeldBeyondLeakThresholdIsReportedOnceWithBorrowerStack"));
            pool.release(leaked);
            assertThat(records).filteredOn((r) -> r.getLevel() == java.util.logging.Level.WARNING).hasSize(1);
        }
        finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void closeRefusesNewBorrowsAndClosesEverything() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        pool.release(pool.borrow());
        pool.close();
        assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(pool::borrow)
            .withMessage("Pool 'test' is closed");
        assertThat(pool.stats().open()).isZero();
        assertThat(this.factory.transports()).allMatch(StubTransport::isClosed);
    }

    @Test
    void closeWaitsForConnectionsInUseWithinShutdownTimeout() throws Exception {
        ConnectionPool pool = pool(TestPoolConfig.defaults().shutdownTimeout(Duration.ofSeconds(5)));
        PooledConnection inUse = pool.borrow();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(pool::close);
        Thread.sleep(100);
        assertThat(closing).isNotDone();
        assertThat(inUse.connection().isClosed()).isFalse();
        pool.release(inUse);
        closing.get(5, TimeUnit.SECONDS);
        assertThat(inUse.connection().isClosed()).isTrue();
        assertAtRest(pool);
        assertThat(pool.stats().open()).isZero();
    }

    @Test
    void closeFailsWaitingBorrowersAtOnceNotWhenTheConnectionsInUseComeBack() throws Exception {
        ConnectionPool pool = pool(TestPoolConfig.defaults()
            .max(1)
            .maxWait(Duration.ofSeconds(30))
            .shutdownTimeout(Duration.ofSeconds(20)));
        PooledConnection held = pool.borrow();
        CompletableFuture<PooledConnection> waiter = CompletableFuture.supplyAsync(pool::borrow);
        eventually(() -> pool.stats().pending() == 1, "the waiter is pending");
        CompletableFuture<Void> closing = CompletableFuture.runAsync(pool::close);
        // The held connection is not back: close waits for it, up to 20 s, the waiter
        // not.
        assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> waiter.get(5, TimeUnit.SECONDS))
            .withCauseInstanceOf(RedisConnectionException.class)
            .withMessageContaining("is closed");
        assertThat(closing).isNotDone();
        pool.release(held);
        closing.get(5, TimeUnit.SECONDS);
        assertThat(pool.stats().open()).isZero();
        assertThat(pool.stats().tooManyConnections()).isZero();
    }

    @Test
    void listenerHearsEveryEvent() {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(1));
        PooledConnection connection = pool.borrow();
        assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(pool::borrow);
        pool.release(connection);
        pool.close();
        assertThat(this.listener.created).hasValue(1);
        assertThat(this.listener.borrowed).hasValue(1);
        assertThat(this.listener.refused).hasValue(1);
        assertThat(this.listener.released).hasValue(1);
        assertThat(this.listener.closed).containsExactly(CloseReason.POOL_CLOSED);
    }

    @Test
    void removedListenerHearsNothingMore() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        RecordingListener second = new RecordingListener();
        pool.addListener(second);
        pool.release(pool.borrow());
        pool.removeListener(second);
        pool.release(pool.borrow());
        assertThat(second.borrowed).hasValue(1);
        assertThat(this.listener.borrowed).hasValue(2);
    }

    @Test
    void statsReportWaitersAndInUseWhileHeld() throws Exception {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(2).maxWait(Duration.ofSeconds(5)));
        PooledConnection a = pool.borrow();
        PooledConnection b = pool.borrow();
        CompletableFuture<PooledConnection> waiter = CompletableFuture.supplyAsync(pool::borrow);
        eventually(() -> pool.stats().pending() == 1, "the waiter is pending");
        PoolStats stats = pool.stats();
        assertThat(stats).isEqualTo(new PoolStats(2, 2, 0, 1, 2, 0, 2, 0));
        pool.release(a);
        pool.release(waiter.get(5, TimeUnit.SECONDS));
        pool.release(b);
        assertAtRest(pool);
        assertThat(pool.stats().open()).isEqualTo(2);
    }

}
