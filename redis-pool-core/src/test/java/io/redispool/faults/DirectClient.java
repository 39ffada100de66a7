package io.redispool.faults;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.launcher.RedisServer;
import java.util.Locale;

/**
 * A client straight to the server, bypassing any proxy, to set the scene and to check
 * what really ran there.
 */
final class DirectClient implements AutoCloseable {

    private final RedisClient client;

    private DirectClient(RedisClient client) {
        this.client = client;
    }

    /** Connects to the server, empties it and zeroes its command statistics. */
    static DirectClient fresh(RedisServer server) {
        DirectClient direct = new DirectClient(RedisClient.create(server.url()));
        direct.client.execute("FLUSHALL");
        direct.client.execute("CONFIG", "RESETSTAT");
        return direct;
    }

    RedisCommands<String, String> commands() {
        return this.client.commands();
    }

    Object execute(String... arguments) {
        return this.client.execute(arguments);
    }

    /** How many times the server ran a command since the statistics were zeroed. */
    long calls(String command) {
        String prefix = "cmdstat_" + command.toLowerCase(Locale.ROOT) + ":calls=";
        for (String line : this.client.commands().info("commandstats").split("\r\n")) {
            if (line.startsWith(prefix)) {
                return Long.parseLong(line.substring(prefix.length(), line.indexOf(',', prefix.length())));
            }
        }
        return 0;
    }

    /** How many normal clients other than this one are connected. */
    long otherClients() {
        String list = (String) this.client.execute("CLIENT", "LIST", "TYPE", "normal");
        return list.lines().filter((line) -> !line.isBlank()).count() - 1;
    }

    /**
     * Closes every normal client connection but this one, as an operator's CLIENT KILL
     * would.
     */
    long killOtherClients() {
        return (Long) this.client.execute("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes");
    }

    @Override
    public void close() {
        this.client.close();
    }

}
