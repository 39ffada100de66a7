package io.redispool.launcher;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servers started in this JVM and not yet closed, and the shutdown hook that closes
 * them.
 *
 * <p>
 * Why: a test run that forgets {@code close()}, or fails before reaching it, would
 * otherwise leave redis-server processes behind, holding ports and temporary directories
 * after the JVM has gone. A JVM killed with SIGKILL runs no hook; nothing can help that
 * case.
 */
final class LiveServers {

    private static final Set<RedisServer> SERVERS = ConcurrentHashMap.newKeySet();

    // Guarded by LiveServers.class.
    private static boolean hookInstalled;

    private LiveServers() {
    }

    /**
     * Remembers a server until {@link #forget} is called or the JVM exits.
     * @param server the server that is about to start
     */
    static void track(RedisServer server) {
        installHookOnce();
        SERVERS.add(server);
    }

    static void forget(RedisServer server) {
        SERVERS.remove(server);
    }

    private static synchronized void installHookOnce() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(LiveServers::closeAll, "redis-pool-launcher-shutdown"));
            hookInstalled = true;
        }
    }

    private static void closeAll() {
        try {
            // One server that will not close must not keep the rest alive.
            RedisServer.closeAll(List.copyOf(SERVERS));
        }
        catch (RuntimeException ex) {
            // The JVM is exiting, and every server has been tried.
        }
    }

}
