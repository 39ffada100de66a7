package io.redispool.pool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.TooManyConnectionsException;
import io.redispool.metrics.CloseReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pool over its {@link ConnectionBag}: which connection a borrower gets, hand-offs to
 * waiting borrowers, and the bounds and gauges under threads that interrupt and fail.
 */
class ConnectionBagTests {

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
    void borrowerWithNothingOfItsOwnGetsTheConnectionReleasedMostRecentlyByAnotherThread() throws Exception {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        List<PooledConnection> held = List.of(pool.borrow(), pool.borrow(), pool.borrow());
        CompletableFuture.runAsync(() -> pool.release(held.get(1))).get(5, TimeUnit.SECONDS);
        Thread.sleep(50);
        CompletableFuture.runAsync(() -> pool.release(held.get(0))).get(5, TimeUnit.SECONDS);
        Thread.sleep(50);
        CompletableFuture.runAsync(() -> pool.release(held.get(2))).get(5, TimeUnit.SECONDS);
        assertThat(pool.borrow()).isSameAs(held.get(2));
        assertThat(pool.borrow()).isSameAs(held.get(0));
        assertThat(pool.borrow()).isSameAs(held.get(1));
    }

    @Test
    void minIdleFillerNeverOpensMoreThanMaxConnections() throws InterruptedException {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(2).minIdle(2));
        eventually(() -> pool.stats().idle() == 2, "min-idle is filled");
        PooledConnection held = pool.borrow();
        pool.housekeeper().fillToMinIdle();
        Thread.sleep(50);
        assertThat(pool.stats().open()).isEqualTo(2);
        assertThat(this.factory.calls()).isEqualTo(2);
        pool.release(held);
        assertAtRest(pool);
    }

    @Test
    void interruptedBorrowerLeavesAHealthyIdleConnectionOpen() {
        ConnectionPool pool = pool(TestPoolConfig.defaults());
        PooledConnection idle = pool.borrow();
        pool.release(idle);
        Thread.currentThread().interrupt();
        PooledConnection borrowed;
        try {
            borrowed = pool.borrow();
        }
        finally {
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(borrowed).isSameAs(idle);
        assertThat(idle.connection().isClosed()).isFalse();
        assertThat(this.listener.closed).isEmpty();
        pool.release(borrowed);
        assertAtRest(pool);
        assertThat(pool.stats().open()).isEqualTo(1);
    }

    @Test
    void interruptedWaiterGivesUpWithoutTakingASlot() {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(1).maxWait(Duration.ofSeconds(5)));
        PooledConnection held = pool.borrow();
        Thread.currentThread().interrupt();
        try {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(pool::borrow)
                .withMessageContaining("Interrupted while waiting");
        }
        finally {
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(pool.stats().pending()).isZero();
        pool.release(held);
        assertAtRest(pool);
        assertThat(pool.borrow()).isSameAs(held);
    }

    @Test
    void waiterGetsTheSlotOfAConnectionClosedOnRelease() throws Exception {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(1).maxWait(Duration.ofSeconds(5)));
        PooledConnection broken = pool.borrow();
        CompletableFuture<PooledConnection> waiter = CompletableFuture.supplyAsync(pool::borrow);
        eventually(() -> pool.stats().pending() == 1, "the waiter is pending");
        broken.connection().send(new byte[][] { "GET".getBytes(), "k".getBytes() });
        pool.release(broken);
        PooledConnection fresh = waiter.get(5, TimeUnit.SECONDS);
        assertThat(fresh).isNotSameAs(broken);
        assertThat(this.listener.closed).containsExactly(CloseReason.BROKEN);
        pool.release(fresh);
        assertAtRest(pool);
    }

    @Test
    void waitersAreServedByReleasesFromOtherThreadsWithinMaxConnections() throws Exception {
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(2).maxWait(Duration.ofSeconds(10)));
        List<CompletableFuture<Void>> borrowers = new ArrayList<>();
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger mostInUse = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            borrowers.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 200; n++) {
                    PooledConnection pooled = pool.borrow();
                    mostInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                    Thread.yield();
                    inUse.decrementAndGet();
                    pool.release(pooled);
                }
            }, runnable -> new Thread(runnable).start()));
        }
        CompletableFuture.allOf(borrowers.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        assertThat(mostInUse.get()).isLessThanOrEqualTo(2);
        assertThat(this.factory.calls()).isLessThanOrEqualTo(2);
        assertThat(pool.stats().tooManyConnections()).isZero();
        assertAtRest(pool);
    }

    @Test
    void borrowWithoutListenerNorLeakDetectionRecordsNoBorrowTime() {
        ConnectionPool pool = new ConnectionPool(TestPoolConfig.defaults().build(), this.factory);
        this.pools.add(pool);
        PooledConnection pooled = pool.borrow();
        assertThat(pooled.borrowedAt).isZero();
        pool.release(pooled);
        pool.addListener(this.listener);
        pooled = pool.borrow();
        assertThat(pooled.borrowedAt).isNotZero();
        pool.release(pooled);
        assertThat(pooled.borrowedAt).isZero();
        assertThat(this.listener.borrowed).hasValue(1);
        assertThat(this.listener.released).hasValue(1);
    }

    @Test
    void threadsThatInterruptAndFailNeverExceedMaxNorLoseASlotAndEveryRefusalIsCounted() throws Exception {
        this.factory.failing((call) -> call % 7 == 0);
        ConnectionPool pool = pool(TestPoolConfig.defaults().max(3).maxWait(Duration.ofMillis(2)));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong refusals = new AtomicLong();
        AtomicInteger mostOpen = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(8);
        for (int t = 0; t < 8; t++) {
            threads.add(new Thread(() -> {
                try {
                    while (running.get()) {
                        churn(pool, refusals);
                        long open = this.factory.transports().stream().filter((s) -> !s.isClosed()).count();
                        mostOpen.accumulateAndGet((int) open, Math::max);
                    }
                }
                catch (Throwable ex) {
                    unexpected.add(ex);
                }
                finally {
                    Thread.interrupted();
                    done.countDown();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (int i = 0; i < 200; i++) {
            threads.get(ThreadLocalRandom.current().nextInt(threads.size())).interrupt();
            Thread.sleep(1);
        }
        running.set(false);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(unexpected).isEmpty();
        assertThat(mostOpen.get()).isLessThanOrEqualTo(3);
        assertThat(pool.stats().tooManyConnections()).isEqualTo(refusals.get());
        assertThat(this.listener.refused).hasValue(refusals.get());
        assertAtRest(pool);
        assertThat(pool.stats().open())
            .isEqualTo(this.factory.transports().stream().filter((s) -> !s.isClosed()).count());
        this.factory.failing((call) -> false);
        List<PooledConnection> all = List.of(pool.borrow(), pool.borrow(), pool.borrow());
        assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(pool::borrow);
        all.forEach(pool::release);
        assertAtRest(pool);
    }

    private static void churn(ConnectionPool pool, AtomicLong refusals) {
        PooledConnection pooled;
        try {
            pooled = pool.borrow();
        }
        catch (TooManyConnectionsException ex) {
            refusals.incrementAndGet();
            return;
        }
        catch (RedisException ex) {
            // A failed creation or an interrupted wait: neither may cost a slot.
            Thread.interrupted();
            return;
        }
        if (ThreadLocalRandom.current().nextInt(10) == 0) {
            pooled.connection().send(new byte[][] { "GET".getBytes(), "k".getBytes() });
        }
        Thread.yield();
        pool.release(pooled);
        Thread.interrupted();
    }

}
