package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The questions a {@link RedisSentinelSetup} asks its processes: where the sentinels see
 * the master, what they know of it, what ROLE a server plays.
 *
 * <p>
 * Every question opens a connection of its own and gives up quietly, with an empty
 * answer, when the process does not answer: the set-up asks while processes die and
 * promote, and a wait keeps asking until its deadline.
 */
final class SentinelQueries {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final long POLL_MILLIS = 50;

    private final String masterName;

    private final String password;

    private final String sentinelPassword;

    SentinelQueries(String masterName, String password, String sentinelPassword) {
        this.masterName = masterName;
        this.password = password;
        this.sentinelPassword = sentinelPassword;
    }

    /**
     * Asks a sentinel for the master's port (every process binds 127.0.0.1).
     * @param sentinel the sentinel
     * @return the port, or empty if the sentinel does not answer or knows no master
     */
    Optional<Integer> masterPort(RedisServer sentinel) {
        return sentinelCall(sentinel, "SENTINEL", "GET-MASTER-ADDR-BY-NAME", this.masterName)
            .filter(List.class::isInstance)
            .map((reply) -> Integer.parseInt((String) ((List<?>) reply).get(1)));
    }

    /**
     * Asks a sentinel what it knows of the master, as SENTINEL MASTER's field-value
     * pairs.
     * @param sentinel the sentinel
     * @return the fields, or an empty map if it does not answer
     */
    Map<String, String> master(RedisServer sentinel) {
        return sentinelCall(sentinel, "SENTINEL", "MASTER", this.masterName).map(SentinelQueries::fields)
            .orElse(Map.of());
    }

    /**
     * Asks a sentinel for {@code SENTINEL FAILOVER}.
     * @param sentinel the sentinel
     * @return empty if it accepted, otherwise its refusal, such as {@code INPROG ...}
     */
    Optional<String> requestFailover(RedisServer sentinel) {
        try (RespSocket socket = sentinelSocket(sentinel)) {
            socket.call("SENTINEL", "FAILOVER", this.masterName);
            return Optional.empty();
        }
        catch (IOException ex) {
            return Optional.of(String.valueOf(ex.getMessage()));
        }
    }

    /**
     * Asks a server for its ROLE.
     * @param server a master or replica
     * @return the reply: {@code [master, offset, replicas]} or
     * {@code [slave, host, port, state, offset]}, empty if it does not answer
     */
    Optional<List<?>> role(RedisServer server) {
        try (RespSocket socket = RespSocket.connect(server.host(), server.port(), TIMEOUT)) {
            if (this.password != null) {
                socket.call("AUTH", this.password);
            }
            return Optional.of((List<?>) socket.call("ROLE"));
        }
        catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether a server is a replica of the master on {@code masterPort} with its
     * link up.
     * @param server the server
     * @param masterPort the master's port
     * @return whether it replicates from there
     */
    boolean replicates(RedisServer server, int masterPort) {
        return role(server).filter((role) -> "slave".equals(role.get(0)))
            .filter((role) -> Integer.toString(masterPort).equals(String.valueOf(role.get(2))))
            .filter((role) -> "connected".equals(role.get(3)))
            .isPresent();
    }

    /**
     * Tells whether a server says it is a master.
     * @param server the server
     * @return whether ROLE answers {@code master}
     */
    boolean isMaster(RedisServer server) {
        return role(server).filter((role) -> "master".equals(role.get(0))).isPresent();
    }

    /**
     * Polls until a condition holds.
     * @param timeout how long to poll
     * @param condition what must hold
     * @return whether it came to hold in time
     */
    static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the sentinels", ex);
            }
        }
        return true;
    }

    private Optional<Object> sentinelCall(RedisServer sentinel, String... command) {
        try (RespSocket socket = sentinelSocket(sentinel)) {
            return Optional.ofNullable(socket.call(command));
        }
        catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    private RespSocket sentinelSocket(RedisServer sentinel) throws IOException {
        RespSocket socket = RespSocket.connect(sentinel.host(), sentinel.port(), TIMEOUT);
        try {
            if (this.sentinelPassword != null) {
                socket.call("AUTH", this.sentinelPassword);
            }
            return socket;
        }
        catch (IOException ex) {
            socket.close();
            throw ex;
        }
    }

    private static Map<String, String> fields(Object reply) {
        List<?> flat = (List<?>) reply;
        return java.util.stream.IntStream.range(0, flat.size() / 2)
            .boxed()
            .collect(Collectors.toMap((i) -> String.valueOf(flat.get(2 * i)),
                    (i) -> String.valueOf(flat.get(2 * i + 1))));
    }

}
