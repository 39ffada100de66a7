package io.redispool.faults;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One soak thread: runs random commands on keys and values of its own and checks each
 * reply against what it asked, so a reply meant for another thread or another command
 * cannot pass.
 *
 * <p>
 * A failed write may or may not have run, now or later (a stalled command reaches the
 * server when the stall ends), so the checks allow both; a successful one must show. The
 * counter keeps the bounds that follow: a successful INCR returns at least one more than
 * the INCRs known to have run, and at most that plus the INCRs in doubt.
 */
final class SoakWorker implements Runnable {

    private static final int REMEMBERED_KEYS = 500;

    private final int id;

    private final Random random;

    private final RedisClient client;

    private final RedisCommands<String, String> commands;

    private final RedisCommands<byte[], byte[]> binary;

    private final AtomicBoolean running;

    private final Queue<String> wrong;

    private final String context;

    private final Deque<String[]> written = new ArrayDeque<>();

    private final String counter;

    private long counterKnown;

    private long counterInDoubt;

    private long successes;

    private long failures;

    private int sequence;

    SoakWorker(int id, long seed, RedisClient client, AtomicBoolean running, Queue<String> wrong) {
        this.id = id;
        this.random = new Random(seed * 31 + id);
        this.client = client;
        this.commands = client.commands();
        this.binary = client.commands(ByteArrayCodec.INSTANCE);
        this.running = running;
        this.wrong = wrong;
        this.context = "soak seed " + seed + " (rerun with -Dredispool.soak.seed=" + seed + "), thread " + id;
        this.counter = "soak:" + id + ":counter";
    }

    long successes() {
        return this.successes;
    }

    long failures() {
        return this.failures;
    }

    @Override
    public void run() {
        while (this.running.get()) {
            int operation = this.random.nextInt(6);
            try {
                switch (operation) {
                    case 0 -> setThenGet();
                    case 1 -> increment();
                    case 2 -> echo();
                    case 3 -> pipeline();
                    case 4 -> binaryRoundTrip();
                    default -> readBack();
                }
                this.successes++;
            }
            catch (RedisException ex) {
                this.failures++;
                backOff();
            }
            catch (RuntimeException | Error ex) {
                this.wrong.add(this.context + ": operation " + operation + " failed untyped: " + ex + " "
                        + List.of(ex.getStackTrace()));
            }
        }
    }

    /**
     * A failing caller backs off a millisecond, so sixteen threads do not spin on two
     * cores.
     */
    private static void backOff() {
        try {
            Thread.sleep(1);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Checks, once the faults are over, that every acknowledged write is on the server.
     */
    void verifyOnTheServer(DirectClient direct) {
        for (String[] entry : this.written) {
            check("stored " + entry[0], entry[1], direct.commands().get(entry[0]));
        }
        String stored = direct.commands().get(this.counter);
        long value = (stored == null) ? 0 : Long.parseLong(stored);
        if (value < this.counterKnown || value > this.counterKnown + this.counterInDoubt) {
            this.wrong.add(this.context + ": counter is " + value + " on the server but " + this.counterKnown
                    + " INCRs ran and " + this.counterInDoubt + " may have");
        }
    }

    private void setThenGet() {
        String key = nextKey();
        String value = this.id + ":" + this.sequence + ":" + this.random.nextLong();
        boolean stored;
        try {
            this.commands.set(key, value);
            stored = true;
        }
        catch (RedisException ex) {
            stored = false;
        }
        String read = this.commands.get(key);
        if (stored) {
            check("GET " + key, value, read);
            remember(key, value);
        }
        else if (read != null) {
            check("GET " + key + " after a SET in doubt", value, read);
        }
    }

    private void increment() {
        try {
            long value = this.commands.incr(this.counter);
            if (value < this.counterKnown + 1 || value > this.counterKnown + this.counterInDoubt + 1) {
                this.wrong.add(this.context + ": INCR returned " + value + " but " + this.counterKnown
                        + " INCRs ran and " + this.counterInDoubt + " may have");
            }
            this.counterInDoubt -= value - this.counterKnown - 1;
            this.counterKnown = value;
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
    }

    private void echo() {
        String message = "echo:" + this.id + ":" + nextSequence() + "\r\n*1\r\n$4\r\nPING\r\n";
        check("ECHO", message, this.commands.echo(message));
    }

    private void pipeline() {
        Commands<String, String> builders = this.commands.builders();
        Pipeline pipeline = this.client.pipeline();
        List<String> expected = new ArrayList<>();
        List<Response<String>> responses = new ArrayList<>();
        int size = 2 + this.random.nextInt(5);
        for (int i = 0; i < size; i++) {
            String[] known = this.written.isEmpty() || this.random.nextBoolean() ? null : this.written.peekLast();
            if (known == null) {
                String message = "pipelined:" + this.id + ":" + nextSequence();
                expected.add(message);
                responses.add(pipeline.add(builders.server().echo(message)));
            }
            else {
                expected.add(known[1]);
                responses.add(pipeline.add(builders.strings().get(known[0])));
            }
        }
        RedisException failure = null;
        try {
            pipeline.sync();
        }
        catch (RedisException ex) {
            failure = ex;
        }
        for (int i = 0; i < size; i++) {
            if (responses.get(i).hasReply()) {
                check("pipelined command " + i, expected.get(i), responses.get(i).get());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void binaryRoundTrip() {
        byte[] key = (nextKey() + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[1 + this.random.nextInt(2048)];
        this.random.nextBytes(value);
        this.binary.set(key, value);
        byte[] read = this.binary.get(key);
        if (!Arrays.equals(value, read)) {
            this.wrong.add(this.context + ": binary GET returned " + describe(read) + " instead of its " + value.length
                    + " bytes");
        }
    }

    private void readBack() {
        if (this.written.size() < 2) {
            echo();
            return;
        }
        String[] first = this.written.peekFirst();
        String[] last = this.written.peekLast();
        List<String> values = this.commands.mget(List.of(first[0], last[0]));
        check("MGET", first[1] + " " + last[1], values.get(0) + " " + values.get(1));
    }

    private void check(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            this.wrong.add(this.context + ": " + what + " returned " + actual + " instead of " + expected);
        }
    }

    private void remember(String key, String value) {
        this.written.addLast(new String[] { key, value });
        if (this.written.size() > REMEMBERED_KEYS) {
            this.written.removeFirst();
        }
    }

    private String nextKey() {
        return "soak:" + this.id + ":" + nextSequence();
    }

    private int nextSequence() {
        return ++this.sequence;
    }

    private static String describe(byte[] bytes) {
        return (bytes == null) ? "null" : bytes.length + " other bytes";
    }

}
