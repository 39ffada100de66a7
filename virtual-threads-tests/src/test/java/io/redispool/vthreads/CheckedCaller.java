package io.redispool.vthreads;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;

/**
 * One caller: SET, GET and INCR on keys of its own, and every other round a pipeline,
 * each reply checked against its own request, so a reply that reached the wrong caller or
 * the wrong command fails (the approach of the core's {@code ConcurrencyStressTests} and
 * {@code SoakWorker}).
 *
 * <p>
 * A typed failure ({@link RedisException}) ends the round and is counted: the soak
 * expects some, the stress runs none. The counter keeps the soak's bounds: a successful
 * INCR returns at least one more than the INCRs known to have run and at most that plus
 * the ones in doubt; without faults, exactly one more. Each round's latency is one time
 * per round trip (a pipeline counts once), kept for the percentiles.
 */
final class CheckedCaller implements Runnable {

    private static final int PIPELINE_ECHOES = 3;

    private final int id;

    private final RedisClient client;

    private final RedisCommands<String, String> commands;

    private final IntPredicate goOn;

    private final Queue<String> problems;

    private final String counter;

    private long[] latencies = new long[16];

    private int operations;

    private long typedFailures;

    private long counterKnown;

    private long counterInDoubt;

    CheckedCaller(int id, RedisClient client, IntPredicate goOn, Queue<String> problems) {
        this.id = id;
        this.client = client;
        this.commands = client.commands();
        this.goOn = goOn;
        this.problems = problems;
        this.counter = counterKey(id);
    }

    static String counterKey(int id) {
        return "vt:" + id + ":counter";
    }

    @Override
    public void run() {
        for (int round = 0; this.goOn.test(round); round++) {
            try {
                round(round);
            }
            catch (RedisException ex) {
                this.typedFailures++;
                pause();
            }
            catch (RuntimeException | Error ex) {
                this.problems.add("caller " + this.id + " round " + round + " failed untyped: " + ex);
                return;
            }
        }
    }

    int operations() {
        return this.operations;
    }

    long typedFailures() {
        return this.typedFailures;
    }

    long[] latencies() {
        return Arrays.copyOf(this.latencies, this.operations);
    }

    /**
     * Checks the counter as the server holds it against the INCRs that ran or may have.
     * @param stored the counter's value on the server, {@code null} if it has none
     * @return what is wrong, or {@code null} if nothing is
     */
    String counterMismatch(String stored) {
        long value = (stored == null) ? 0 : Long.parseLong(stored);
        if (value < this.counterKnown || value > this.counterKnown + this.counterInDoubt) {
            return "caller " + this.id + ": counter is " + value + " on the server but " + this.counterKnown
                    + " INCRs ran and " + this.counterInDoubt + " may have";
        }
        return null;
    }

    private void round(int round) {
        String key = "vt:" + this.id + ":" + round;
        String value = this.id + "/" + round + "/" + ThreadLocalRandom.current().nextLong();
        long start = System.nanoTime();
        check("SET " + key, Boolean.TRUE, this.commands.set(key, value));
        start = timed(start);
        check("GET " + key, value, this.commands.get(key));
        start = timed(start);
        increment();
        start = timed(start);
        if (round % 2 == 1) {
            pipeline(key, value);
            timed(start);
        }
    }

    private void increment() {
        long value;
        try {
            value = this.commands.incr(this.counter);
        }
        catch (RedisConnectionException ex) {
            if (ex.mayHaveReachedServer()) {
                this.counterInDoubt++;
            }
            throw ex;
        }
        catch (RedisException ex) {
            this.counterInDoubt++;
            throw ex;
        }
        if (value < this.counterKnown + 1 || value > this.counterKnown + this.counterInDoubt + 1) {
            this.problems.add("caller " + this.id + ": INCR returned " + value + " but " + this.counterKnown
                    + " INCRs ran and " + this.counterInDoubt + " may have");
        }
        this.counterInDoubt -= value - this.counterKnown - 1;
        this.counterKnown = value;
    }

    private void pipeline(String key, String value) {
        Commands<String, String> builders = this.commands.builders();
        Pipeline pipeline = this.client.pipeline();
        List<String> expected = new ArrayList<>();
        List<Response<String>> responses = new ArrayList<>();
        for (int n = 0; n < PIPELINE_ECHOES; n++) {
            String message = key + "/echo/" + n;
            expected.add(message);
            responses.add(pipeline.add(builders.server().echo(message)));
        }
        expected.add(value);
        responses.add(pipeline.add(builders.strings().get(key)));
        RedisException failure = null;
        try {
            pipeline.sync();
        }
        catch (RedisException ex) {
            failure = ex;
        }
        for (int n = 0; n < responses.size(); n++) {
            if (responses.get(n).hasReply()) {
                check("pipelined command " + n + " of " + key, expected.get(n), responses.get(n).get());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void check(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            this.problems.add("caller " + this.id + ": " + what + " returned " + actual + " instead of " + expected);
        }
    }

    private long timed(long start) {
        long now = System.nanoTime();
        if (this.operations == this.latencies.length) {
            this.latencies = Arrays.copyOf(this.latencies, this.operations * 2);
        }
        this.latencies[this.operations++] = now - start;
        return now;
    }

    /**
     * A failing caller backs off a millisecond, as a real one would, rather than spin.
     */
    private static void pause() {
        try {
            Thread.sleep(1);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
