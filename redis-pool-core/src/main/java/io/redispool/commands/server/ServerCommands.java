package io.redispool.commands.server;

import io.redispool.commands.CommandRunner;

/**
 * The commands of the server and the connection: PING, ECHO, INFO, DBSIZE, FLUSHDB, TIME..., run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ServerCommands<K, V> extends CommandRunner<K, V> {

    /** PING: checks the server answers; yields "PONG". */
    default String ping() {
        return execute(builders().server().ping());
    }

    /** ECHO: yields the message back. */
    default V echo(V message) {
        return execute(builders().server().echo(message));
    }

    /** INFO: the server's information and statistics, as text. */
    default String info() {
        return execute(builders().server().info());
    }

    /** INFO: one section of the server's information and statistics, as text. */
    default String info(String section) {
        return execute(builders().server().info(section));
    }

    /** DBSIZE: the number of keys in the database. */
    default Long dbsize() {
        return execute(builders().server().dbsize());
    }

    /** FLUSHDB: deletes every key of the database. */
    default String flushdb() {
        return execute(builders().server().flushdb());
    }
}
