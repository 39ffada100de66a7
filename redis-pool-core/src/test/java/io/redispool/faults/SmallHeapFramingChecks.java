package io.redispool.faults;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.RedisProtocolException;
import io.redispool.RedisTimeoutException;
import io.redispool.pool.PoolStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A program, run by {@link HostileFramingTests} in a JVM of its own with a 64 MB heap, in
 * which a fake server sends replies built to exhaust a client's memory or stack; each
 * check prints {@code PASS name} or {@code FAIL name: why}.
 *
 * <p>
 * Why a separate JVM: a reply that made the client allocate what its prefix claims would
 * end the test JVM with an OutOfMemoryError, and a large heap would hide the allocation.
 */
public final class SmallHeapFramingChecks {

    private static final Duration SOCKET_TIMEOUT = Duration.ofMillis(500);

    private static final long WATCHDOG_MILLIS = 60_000;

    private SmallHeapFramingChecks() {
    }

    /** What the fake server does once it has sent its reply. */
    enum Ending {

        /** Stays connected and silent until the client gives up. */
        SILENCE,

        /** Closes the connection. */
        HANG_UP

    }

    /** The checks, each a hostile reply and the exception it must cause. */
    enum Check {

        /** hiredis CVE-2021-32765: 12 bytes that ask for 2^32 elements. */
        ARRAY_OF_4294967295_ELEMENTS(RedisProtocolException.class, "max-array-length", "*4294967295\r\n"),

        /**
         * The most elements the default limits allow, then a trickle: memory follows what
         * arrives.
         */
        ARRAY_AT_THE_LIMIT_THEN_A_TRICKLE(RedisTimeoutException.class, "socket-timeout", "*134217728\r\n",
                ":1\r\n".repeat(2000), Ending.SILENCE),

        /** Jedis #4646: a length past 32 bits must not wrap to 0. */
        BULK_OF_4294967296_BYTES(RedisProtocolException.class, "max-bulk-length", "$4294967296\r\n"),

        /**
         * The largest bulk string the defaults allow, 512 MB, then a trickle and silence.
         */
        BULK_OF_512_MB_THEN_A_TRICKLE(RedisTimeoutException.class, "socket-timeout", "$536870912\r\n",
                "x".repeat(64 * 1024), Ending.SILENCE),

        /** The largest bulk string the defaults allow, then the server hangs up. */
        BULK_OF_512_MB_THEN_A_HANG_UP(RedisConnectionException.class, "closed the connection", "$536870912\r\n",
                "x".repeat(4096), Ending.HANG_UP),

        /**
         * A hundred thousand nested arrays: a recursive reader without a depth limit
         * overflows its stack.
         */
        NESTED_100000_DEEP(RedisProtocolException.class, "max-nesting-depth", "*1\r\n".repeat(100_000)),

        /** A status line that never ends. */
        ENDLESS_LINE(RedisProtocolException.class, "max-line-length", "+" + "a".repeat(1024 * 1024)),

        /** An integer past 64 bits. */
        INTEGER_PAST_64_BITS(RedisProtocolException.class, "does not fit in 64 bits", ":99999999999999999999\r\n"),

        /** A length past 64 bits. */
        LENGTH_PAST_64_BITS(RedisProtocolException.class, "does not fit in 64 bits", "$9223372036854775808\r\n"),

        /** A negative length other than -1. */
        NEGATIVE_LENGTH(RedisProtocolException.class, "-1 or more", "*-2\r\n");

        final Class<? extends Exception> expected;

        final String messagePart;

        final String prefix;

        final String trickle;

        final Ending ending;

        Check(Class<? extends Exception> expected, String messagePart, String prefix) {
            this(expected, messagePart, prefix, "", Ending.SILENCE);
        }

        Check(Class<? extends Exception> expected, String messagePart, String prefix, String trickle, Ending ending) {
            this.expected = expected;
            this.messagePart = messagePart;
            this.prefix = prefix;
            this.trickle = trickle;
            this.ending = ending;
        }

    }

    /**
     * Runs every check and prints one line for each, then the heap's maximum.
     * @param args ignored
     * @throws IOException if the fake server cannot listen
     */
    public static void main(String[] args) throws IOException {
        startWatchdog();
        int failures = 0;
        for (Check check : Check.values()) {
            String failure = run(check);
            System.out.println((failure == null) ? "PASS " + check.name() : "FAIL " + check.name() + ": " + failure);
            failures += (failure == null) ? 0 : 1;
        }
        System.out.println("MAX_HEAP " + Runtime.getRuntime().maxMemory());
        System.out.flush();
        System.exit(failures == 0 ? 0 : 1);
    }

    private static String run(Check check) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                RedisClient client = RedisClient.create(RedisClientConfig.builder()
                    .host("127.0.0.1")
                    .port(server.getLocalPort())
                    .socketTimeout(SOCKET_TIMEOUT)
                    .retryAttempts(0)
                    .maxConnections(1)
                    .build())) {
            Thread serving = new Thread(() -> serve(server, check), "hostile-server-" + check.name());
            serving.setDaemon(true);
            serving.start();
            try {
                Object reply = client.execute("GET", "anything");
                return "expected " + check.expected.getSimpleName() + " but the reply was " + describe(reply);
            }
            catch (Throwable ex) {
                return verdict(check, ex, client.pool().stats());
            }
        }
    }

    private static String verdict(Check check, Throwable thrown, PoolStats stats) {
        if (!check.expected.isInstance(thrown)) {
            return "expected " + check.expected.getSimpleName() + " but got " + thrown;
        }
        if (thrown.getMessage() == null || !thrown.getMessage().contains(check.messagePart)) {
            return "expected a message containing '" + check.messagePart + "' but got " + thrown.getMessage();
        }
        if (stats.open() != 0 || stats.inUse() != 0) {
            return "the connection in doubt was not closed: " + stats;
        }
        return null;
    }

    private static void serve(ServerSocket server, Check check) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            in.read(new byte[1024]);
            out.write(check.prefix.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] trickle = check.trickle.getBytes(StandardCharsets.US_ASCII);
            for (int offset = 0; offset < trickle.length; offset += 1024) {
                out.write(trickle, offset, Math.min(1024, trickle.length - offset));
                out.flush();
                Thread.sleep(2);
            }
            if (check.ending == Ending.SILENCE) {
                // Silence until the client gives up and closes.
                while (in.read() >= 0) {
                    continue;
                }
            }
        }
        catch (IOException ex) {
            // The client closed the connection, as it should once it sees the violation.
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Object reply) {
        String text = String.valueOf(reply);
        return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
    }

    private static void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(WATCHDOG_MILLIS);
                System.out.println("FAIL WATCHDOG: the checks took longer than " + WATCHDOG_MILLIS + "ms");
                System.out.flush();
                Runtime.getRuntime().halt(2);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

}
