package io.redispool.connection;

/**
 * Opens connections that are connected, authenticated and set up, ready for commands.
 *
 * <p>
 * The pool depends on this interface alone, so its logic can be tested with connections
 * that fail, stall or succeed on demand.
 */
@FunctionalInterface
public interface ConnectionFactory {

    /**
     * Opens one connection.
     * @return a connection ready for commands
     * @throws io.redispool.RedisException if it cannot be opened or set up; nothing is
     * left open
     */
    Connection connect();

}
