package io.redispool;

import io.redispool.commands.Commands;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import java.time.Duration;

/**
 * What a health probe learned: the server answered PING, how fast, and which version it
 * runs.
 *
 * @param version the server's {@code redis_version}, or "unknown" if INFO did not say
 * @param latency time from connecting to the PING reply
 */
public record ServerProbe(String version, Duration latency) {

    private static final Commands<String, String> COMMANDS = Commands.utf8();

    /**
     * Probes the server on a new connection, closed afterwards: connects, sends PING and
     * reads the version from INFO. Bounded by the connect and socket timeouts.
     * @param factory opens the connection, outside any pool
     * @return what the probe learned
     * @throws RedisException if the server cannot be reached or does not answer
     */
    static ServerProbe measure(ConnectionFactory factory) {
        long start = System.nanoTime();
        Connection connection = factory.connect();
        try {
            connection.execute(COMMANDS.server().ping());
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            return new ServerProbe(versionFrom(connection.execute(COMMANDS.server().info("server"))), latency);
        }
        finally {
            connection.disconnect();
        }
    }

    private static String versionFrom(String info) {
        for (String line : info.split("\r\n")) {
            if (line.startsWith("redis_version:")) {
                return line.substring("redis_version:".length());
            }
        }
        return "unknown";
    }

}
