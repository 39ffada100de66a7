package io.redispool.spring.observation;

import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import io.redispool.metrics.CommandOutcome;

/**
 * What an observation of one command knows: the command's name, the server it goes to and
 * how it ended; never a key or an argument.
 *
 * <p>
 * A {@link SenderContext} of kind {@link Kind#CLIENT}, so that a tracer makes a client
 * span with the server as its remote service. Nothing is propagated: Redis commands carry
 * no headers, so the setter writes nothing.
 */
public final class RedisCommandObservationContext extends SenderContext<Object> {

    private final String command;

    private final String serverAddress;

    private final int serverPort;

    private final int database;

    private final String poolName;

    private CommandOutcome outcome;

    /**
     * Creates the context of one command.
     * @param command the command's name, such as {@code GET}
     * @param serverAddress the server's host, or the socket's path for a unix socket
     * @param serverPort the server's port, or -1 for a unix socket
     * @param database the database index
     * @param poolName the client's pool name
     */
    public RedisCommandObservationContext(String command, String serverAddress, int serverPort, int database,
            String poolName) {
        super((carrier, key, value) -> {
        }, Kind.CLIENT);
        this.command = command;
        this.serverAddress = serverAddress;
        this.serverPort = serverPort;
        this.database = database;
        this.poolName = poolName;
        setRemoteServiceName("redis");
        setRemoteServiceAddress(
                (serverPort >= 0) ? "redis://" + serverAddress + ":" + serverPort : "unix://" + serverAddress);
    }

    /**
     * The command's name in upper case.
     * @return the name, such as {@code GET} or {@code CLIENT SETNAME}
     */
    public String getCommand() {
        return this.command;
    }

    /**
     * The server's host name or address, or a unix socket's path.
     * @return the address
     */
    public String getServerAddress() {
        return this.serverAddress;
    }

    /**
     * The server's port.
     * @return the port, or -1 for a unix socket
     */
    public int getServerPort() {
        return this.serverPort;
    }

    /**
     * The database index the client selects.
     * @return the index
     */
    public int getDatabase() {
        return this.database;
    }

    /**
     * The client's pool name, its bean name in a Spring application.
     * @return the name
     */
    public String getPoolName() {
        return this.poolName;
    }

    /**
     * How the command ended.
     * @return the outcome, or {@code null} while it runs
     */
    public CommandOutcome getOutcome() {
        return this.outcome;
    }

    void setOutcome(CommandOutcome outcome) {
        this.outcome = outcome;
    }

}
