package io.redispool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds pooled connections the way an application would, each in
 * {@link RedisClient#withConnection} on a thread of its own, until closed: for tests that
 * need a pool with connections in use.
 */
public final class HeldConnections implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);

    private final List<Thread> holders = new ArrayList<>();

    private HeldConnections() {
    }

    /**
     * Holds connections, returning once every one is held.
     * @param client the client whose pool lends them
     * @param count how many to hold
     * @return the holder; close it to give them back
     */
    public static HeldConnections hold(RedisClient client, int count) {
        HeldConnections held = new HeldConnections();
        CountDownLatch holding = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            Thread holder = new Thread(() -> client.withConnection((scope) -> {
                holding.countDown();
                held.awaitRelease();
                return null;
            }), "connection-holder-" + i);
            holder.setDaemon(true);
            holder.start();
            held.holders.add(holder);
        }
        try {
            if (!holding.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("Could not hold " + count + " connection(s): " + client.pool().stats());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
        return held;
    }

    private void awaitRelease() {
        try {
            this.release.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives every connection back and waits until the holders are done. */
    @Override
    public void close() {
        this.release.countDown();
        for (Thread holder : this.holders) {
            try {
                holder.join(10_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

}
