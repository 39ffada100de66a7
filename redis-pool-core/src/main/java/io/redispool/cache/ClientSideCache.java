package io.redispool.cache;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.codec.RedisCodec;
import io.redispool.codec.StringCodec;
import io.redispool.command.Command;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import io.redispool.metrics.CommandOutcome;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PooledConnection;
import io.redispool.protocol.RespReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounded local cache of read replies in front of a {@link RedisClient}, kept fresh by
 * the server's invalidations (CLIENT TRACKING, RESP3 only).
 *
 * <p>
 * Why one invalidation connection with REDIRECT rather than tracking on each pooled
 * connection: a pooled connection is read only while someone uses it, so an invalidation
 * sent to an idle one would wait there, unread, while the cache served the stale reply
 * from another. The dedicated connection is read all the time by its own thread (Lettuce
 * keeps one connection for the same reason; redis-py instead polls every pooled
 * connection before each cached read). Each read that goes to the server for the cache is
 * sent as {@code CLIENT TRACKING ON REDIRECT <id> OPTIN}, {@code CLIENT CACHING
 * yes} and the command in one write, so only the keys read for the cache are tracked and
 * a pooled connection never tracks for a lost invalidation connection. In
 * {@link ClientSideCacheConfig.TrackingMode#BROADCAST} mode the invalidation connection
 * itself subscribes to the prefixes and reads go out as they are.
 *
 * <p>
 * Thread-safe. Close it to stop its thread and connection; closing the client does not.
 */
public final class ClientSideCache implements AutoCloseable {

    private final RedisClient client;

    private final ConnectionPool pool;

    private final ClientSideCacheConfig config;

    private final LocalCache cache;

    private final InvalidationListener listener;

    private final List<byte[]> prefixes;

    private final Thread thread;

    private ClientSideCache(RedisClient client, ConnectionPool pool, ConnectionFactory factory,
            ClientSideCacheConfig config) {
        this.client = client;
        this.pool = pool;
        this.config = config;
        this.cache = new LocalCache(config);
        this.prefixes = new ArrayList<>();
        config.prefixes().forEach((prefix) -> this.prefixes.add(prefix.getBytes(StandardCharsets.UTF_8)));
        String name = pool.config().name();
        this.listener = new InvalidationListener(factory, this.cache, config, name);
        this.thread = new Thread(this.listener, "redis-pool-invalidations-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Starts a cache over a client's pool; {@link RedisClient#clientSideCache} calls it.
     * @param client the client whose pool and connection settings the cache uses
     * @param pool the client's pool
     * @param factory opens connections as the client's pool does
     * @param config the cache's settings
     * @return the started cache; its invalidation connection opens in the background, and
     * reads are cached once it is up
     * @throws IllegalStateException if the client does not speak RESP3
     */
    public static ClientSideCache start(RedisClient client, ConnectionPool pool, ConnectionFactory factory,
            ClientSideCacheConfig config) {
        int protocol = client.config().connection().protocol();
        if (protocol != 3) {
            throw new IllegalStateException("'client-side-cache' needs 'protocol' 3 (RESP3), whose push frames carry "
                    + "the server's invalidations, but 'protocol' is " + protocol + "; set 'protocol' to 3");
        }
        return new ClientSideCache(client, pool, factory, config);
    }

    /**
     * The typed commands for String keys and values, with the cached reads served from
     * this cache and writes evicting what they change.
     * @return the commands
     */
    public RedisCommands<String, String> commands() {
        return commands(StringCodec.of(this.client.config().connection().charset()));
    }

    /**
     * The typed commands for a codec, with the cached reads served from this cache.
     * @param codec encodes keys and values
     * @param <K> the key type
     * @param <V> the value type
     * @return the commands
     */
    public <K, V> RedisCommands<K, V> commands(RedisCodec<K, V> codec) {
        return new CachedCommands<>(codec, this);
    }

    /**
     * Runs a command: a cached read from the cache when it holds the reply, else from the
     * server, remembering the reply; any other command on the client, evicting first and
     * after the keys it names when it writes, so this client reads its own writes.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     */
    public <T> T execute(Command<T> command) {
        RedisKey key = CommandKeys.cachedKey(command);
        if (key == null || !tracked(key)) {
            return executeUncached(command);
        }
        CacheKey cacheKey = new CacheKey(command.arguments(), key);
        RespReply cached = this.cache.get(cacheKey, System.nanoTime());
        if (cached != null) {
            return command.decoder().decode(Replies.copy(cached));
        }
        LocalCache.PendingRead read = this.cache.begin(cacheKey);
        if (read == null || Thread.currentThread().isInterrupted()) {
            if (read != null) {
                this.cache.complete(read, null, 0);
            }
            return this.client.execute(command);
        }
        TrackedReply tracked = null;
        try {
            tracked = readTracked(command, read.invalidationClientId());
        }
        finally {
            boolean cacheable = tracked != null && tracked.tracked()
                    && !(tracked.reply() instanceof RespReply.ErrorReply);
            this.cache.complete(read, cacheable ? tracked.reply() : null, System.nanoTime());
        }
        RespReply reply = tracked.reply();
        if (reply instanceof RespReply.ErrorReply error) {
            throw RedisServerException.of(error.message());
        }
        return command.decoder().decode(Replies.copy(reply));
    }

    /**
     * The cache's counters now.
     * @return the snapshot
     */
    public ClientSideCacheStats stats() {
        return this.cache.stats();
    }

    /**
     * The settings this cache was started with.
     * @return the settings
     */
    public ClientSideCacheConfig config() {
        return this.config;
    }

    /** Stops the invalidation thread, closes its connection and empties the cache. */
    @Override
    public void close() {
        this.listener.close();
        try {
            this.thread.join(2_000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        this.cache.disconnected();
    }

    private <T> T executeUncached(Command<T> command) {
        if (command.spec().isReadOnly()) {
            return this.client.execute(command);
        }
        List<RedisKey> keys = CommandKeys.keysOf(command);
        this.cache.invalidate(keys, false);
        try {
            return this.client.execute(command);
        }
        finally {
            // Again: a read that was under way during the write may have come back first.
            this.cache.invalidate(keys, false);
        }
    }

    private boolean tracked(RedisKey key) {
        if (this.config.mode() == ClientSideCacheConfig.TrackingMode.DEFAULT || this.prefixes.isEmpty()) {
            return true;
        }
        for (byte[] prefix : this.prefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends the read behind its tracking commands. A refused tracking command (the
     * invalidation connection it names was lost a moment ago, or an ACL) leaves the reply
     * uncached rather than failing the read.
     */
    private TrackedReply readTracked(Command<?> command, long invalidationClientId) {
        long start = System.nanoTime();
        CommandOutcome outcome = CommandOutcome.ERROR;
        PooledConnection pooled = this.pool.borrow();
        try {
            Connection connection = pooled.connection();
            boolean optIn = this.config.mode() == ClientSideCacheConfig.TrackingMode.DEFAULT;
            if (optIn) {
                connection.write(Tracking.optIn(invalidationClientId));
                connection.write(Tracking.CACHING_YES);
            }
            connection.write(command.arguments());
            connection.flush();
            boolean tracked = true;
            if (optIn) {
                tracked = Tracking.isOk(connection.read(), "CLIENT TRACKING");
                tracked = Tracking.isOk(connection.read(), "CLIENT CACHING") && tracked;
            }
            RespReply reply = connection.read(command.blockingWait());
            outcome = CommandOutcome.SUCCESS;
            return new TrackedReply(reply, tracked);
        }
        finally {
            this.pool.release(pooled);
            this.pool.listener().commandCompleted(command.name(), System.nanoTime() - start, outcome);
        }
    }

    private record TrackedReply(RespReply reply, boolean tracked) {
    }

    @Override
    public String toString() {
        return "ClientSideCache[" + this.pool.config().name() + ", " + this.config.mode() + ", max "
                + this.config.maxEntries() + " entries]";
    }

}
