package io.redispool.faults;

import io.redispool.RedisClient;
import io.redispool.RedisException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Threads that each write and read back keys of their own until stopped, checking every
 * reply: typed failures are counted, a wrong value or an untyped failure is a problem.
 */
final class CheckedLoad {

    private static final long JOIN_MILLIS = 5000;

    private final AtomicBoolean running = new AtomicBoolean(true);

    private final AtomicLong successes = new AtomicLong();

    private final AtomicLong failures = new AtomicLong();

    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    private final List<Thread> threads = new ArrayList<>();

    private CheckedLoad() {
    }

    /** Starts the threads, each running SET then GET on fresh keys of its own. */
    static CheckedLoad start(RedisClient client, int threads) {
        CheckedLoad load = new CheckedLoad();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread thread = new Thread(() -> load.run(client, id), "checked-load-" + id);
            thread.start();
            load.threads.add(thread);
        }
        return load;
    }

    long successes() {
        return this.successes.get();
    }

    long failures() {
        return this.failures.get();
    }

    /** Wrong replies, untyped failures and threads that would not stop. */
    List<String> problems() {
        return new ArrayList<>(this.problems);
    }

    /**
     * Stops the threads and waits for each; one still running after five seconds is a
     * problem.
     */
    void stop() throws InterruptedException {
        this.running.set(false);
        for (Thread thread : this.threads) {
            thread.join(JOIN_MILLIS);
            if (thread.isAlive()) {
                this.problems.add(thread.getName() + " is stuck: " + List.of(thread.getStackTrace()));
            }
        }
    }

    /**
     * A failing caller backs off a little, as a real one would, rather than spin on two
     * cores.
     */
    private static void pause() {
        try {
            Thread.sleep(1);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(RedisClient client, int id) {
        for (int i = 0; this.running.get(); i++) {
            String key = "load:" + id + ":" + i;
            String value = id + "/" + i;
            try {
                client.commands().set(key, value);
                String read = client.commands().get(key);
                if (!value.equals(read)) {
                    this.problems.add("thread " + id + " wrote " + value + " but read " + read);
                }
                this.successes.incrementAndGet();
            }
            catch (RedisException ex) {
                this.failures.incrementAndGet();
                pause();
            }
            catch (RuntimeException | Error ex) {
                this.problems.add("thread " + id + " failed untyped: " + ex);
            }
        }
    }

}
