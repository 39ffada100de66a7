package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The owner checks' thread starts only when asked to and never after close, with a check
 * that records its calls instead of reading a slot map.
 */
class OwnerChecksTests {

    private static final AtomicInteger ids = new AtomicInteger();

    private final String threadName = "owner-checks-test-" + ids.incrementAndGet();

    private final BlockingQueue<Boolean> checks = new LinkedBlockingQueue<>();

    private final OwnerChecks ownerChecks = new OwnerChecks(this.threadName, this.checks::add);

    @Test
    void noThreadStartsBeforeStartAndAsksForChecksAreIgnored() throws InterruptedException {
        this.ownerChecks.soon();
        this.ownerChecks.later();
        assertThat(this.checks.poll(OwnerChecks.RECHECK_MILLIS + 200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(threads()).isEmpty();
        this.ownerChecks.close();
    }

    @Test
    void aStartedThreadRunsTheChecksAndCloseEndsIt() throws InterruptedException {
        this.ownerChecks.start();
        this.ownerChecks.start();
        assertThat(threads()).hasSize(1);
        this.ownerChecks.soon();
        assertThat(this.checks.poll(10, TimeUnit.SECONDS)).isTrue();
        this.ownerChecks.close();
        for (Thread thread : threads()) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(threads()).isEmpty();
    }

    @Test
    void startAfterCloseStartsNoThread() throws InterruptedException {
        this.ownerChecks.close();
        this.ownerChecks.start();
        this.ownerChecks.soon();
        assertThat(this.checks.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(threads()).isEmpty();
    }

    private List<Thread> threads() {
        return Thread.getAllStackTraces()
            .keySet()
            .stream()
            .filter((thread) -> thread.isAlive() && thread.getName().equals(this.threadName))
            .toList();
    }

}
