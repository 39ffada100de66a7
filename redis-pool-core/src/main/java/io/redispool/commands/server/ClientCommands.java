package io.redispool.commands.server;

import io.redispool.commands.CommandRunner;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The CLIENT commands a pooled connection may run, run at once. Those that describe "this
 * connection" (CLIENT ID, INFO, GETNAME, GETREDIR, TRACKINGINFO) describe whichever
 * pooled connection ran them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ClientCommands<K, V> extends CommandRunner<K, V> {

    /** CLIENT ID: the ID of the connection it ran on. */
    default Long clientId() {
        return execute(builders().clients().clientId());
    }

    /**
     * CLIENT INFO: the description of the connection it ran on, as {@code name=value}
     * pairs.
     */
    default Map<String, String> clientInfo() {
        return execute(builders().clients().clientInfo());
    }

    /** CLIENT LIST: the description of every connection. */
    default List<Map<String, String>> clientList() {
        return execute(builders().clients().clientList());
    }

    /** CLIENT LIST TYPE: the connections of one kind. */
    default List<Map<String, String>> clientList(ClientType type) {
        return execute(builders().clients().clientList(type));
    }

    /** CLIENT LIST ID: the connections with these IDs that exist. */
    default List<Map<String, String>> clientList(List<Long> ids) {
        return execute(builders().clients().clientList(ids));
    }

    /** CLIENT GETNAME: the name of the connection it ran on, or {@code null}. */
    default String clientGetname() {
        return execute(builders().clients().clientGetname());
    }

    /** CLIENT KILL: closes the connections the filter selects; yields how many. */
    default Long clientKill(ClientKillFilter filter) {
        return execute(builders().clients().clientKill(filter));
    }

    /** CLIENT PAUSE: holds back every client's commands for a while. */
    default String clientPause(Duration timeout) {
        return execute(builders().clients().clientPause(timeout));
    }

    /**
     * CLIENT PAUSE WRITE or ALL: holds back writes only, or every command, for a while.
     */
    default String clientPause(Duration timeout, PauseMode mode) {
        return execute(builders().clients().clientPause(timeout, mode));
    }

    /** CLIENT UNPAUSE: ends a CLIENT PAUSE early. */
    default String clientUnpause() {
        return execute(builders().clients().clientUnpause());
    }

    /**
     * CLIENT UNBLOCK: ends a connection's blocking command as if it timed out;
     * {@code false} when not blocked.
     */
    default Boolean clientUnblock(long id) {
        return execute(builders().clients().clientUnblock(id));
    }

    /**
     * CLIENT UNBLOCK TIMEOUT or ERROR; {@code false} when the connection was not blocked.
     */
    default Boolean clientUnblock(long id, UnblockMode mode) {
        return execute(builders().clients().clientUnblock(id, mode));
    }

    /**
     * CLIENT GETREDIR: where tracking invalidations go, 0 for none, -1 when tracking is
     * off.
     */
    default Long clientGetredir() {
        return execute(builders().clients().clientGetredir());
    }

    /** CLIENT TRACKINGINFO: the client-side caching state of the connection it ran on. */
    default TrackingInfo clientTrackinginfo() {
        return execute(builders().clients().clientTrackinginfo());
    }

    /** CLIENT HELP: the server's help text, line by line. */
    default List<String> clientHelp() {
        return execute(builders().clients().clientHelp());
    }

}
