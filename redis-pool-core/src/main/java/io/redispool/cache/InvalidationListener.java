package io.redispool.cache;

import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.command.ReplyDecoders;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.PushReply;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection the server sends a {@link ClientSideCache}'s invalidations to, and the
 * thread that reads it.
 *
 * <p>
 * The thread waits on the server with BLPOP on a key nobody writes, for one heartbeat at
 * a time: invalidations are push frames, which the server sends to a blocked client at
 * once, so they reach the cache as they happen, and each BLPOP that comes back empty
 * proves that the server is still there. When the connection fails or falls silent for
 * longer than a heartbeat and the socket timeout, the cache is flushed before anything
 * else, then the connection is opened again with a bounded backoff.
 */
final class InvalidationListener implements Runnable {

    private static final System.Logger logger = System.getLogger(InvalidationListener.class.getName());

    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final ConnectionFactory factory;

    private final LocalCache cache;

    private final ClientSideCacheConfig config;

    private final String name;

    private volatile Connection current;

    private volatile boolean closed;

    InvalidationListener(ConnectionFactory factory, LocalCache cache, ClientSideCacheConfig config, String name) {
        this.factory = factory;
        this.cache = cache;
        this.config = config;
        this.name = name;
    }

    @Override
    public void run() {
        int failures = 0;
        while (!this.closed) {
            try {
                listen();
            }
            catch (RuntimeException ex) {
                this.cache.disconnected();
                if (this.closed) {
                    return;
                }
                failures++;
                logger.log(Level.WARNING,
                        "The invalidation connection of client-side cache ''" + this.name
                                + "'' was lost; the cache is flushed and reads go to the server until it is back: "
                                + ex.getMessage());
                if (!pause(Math.min(MAX_BACKOFF_MILLIS, 50L << Math.min(failures, 10)))) {
                    return;
                }
            }
        }
    }

    private void listen() {
        Connection connection = this.factory.connect();
        this.current = connection;
        try {
            if (this.closed) {
                return;
            }
            connection.onPush(this::onPush);
            long clientId = connection.execute(Command.of(words("CLIENT", "ID"), ReplyDecoders.INTEGER));
            if (this.config.mode() == ClientSideCacheConfig.TrackingMode.BROADCAST) {
                List<String> tracking = new ArrayList<>(List.of("CLIENT", "TRACKING", "ON", "BCAST"));
                this.config.prefixes().forEach((prefix) -> tracking.addAll(List.of("PREFIX", prefix)));
                connection.execute(Command.of(words(tracking.toArray(new String[0])), ReplyDecoders.STATUS));
            }
            this.cache.connected(clientId);
            byte[][] heartbeat = heartbeat(clientId);
            Duration wait = this.config.heartbeat();
            while (!this.closed) {
                connection.send(heartbeat);
                RespReply reply = connection.read(wait);
                if (reply instanceof RespReply.ErrorReply error) {
                    throw RedisServerException.of(error.message());
                }
            }
        }
        finally {
            this.cache.disconnected();
            connection.disconnect();
        }
    }

    private byte[][] heartbeat(long clientId) {
        double seconds = this.config.heartbeat().toMillis() / 1000.0;
        return words("BLPOP", "__redis-pool:client-side-cache:heartbeat:" + clientId, Double.toString(seconds));
    }

    private void onPush(PushReply push) {
        if (!push.kind().equals("invalidate") || push.elements().size() < 2) {
            return;
        }
        RespReply keys = push.elements().get(1);
        if (keys instanceof RespReply.NullReply) {
            this.cache.flush(true);
            return;
        }
        List<RedisKey> changed = new ArrayList<>();
        for (RespReply key : ReplyDecoders.elements(keys)) {
            changed.add(new RedisKey(ReplyDecoders.bulk(key)));
        }
        this.cache.invalidate(changed, true);
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the thread: closing the connection ends its blocked read at once. */
    void close() {
        this.closed = true;
        Connection connection = this.current;
        if (connection != null) {
            connection.disconnect();
        }
    }

    private static byte[][] words(String... words) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

}
