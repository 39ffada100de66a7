package io.redispool;

import io.redispool.async.CommandDispatcher;
import io.redispool.async.PoolWorkers;
import io.redispool.async.PooledDispatcher;
import io.redispool.async.RedisAsyncCommands;
import io.redispool.codec.RedisCodec;
import io.redispool.codec.StringCodec;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import io.redispool.connection.SocketConnectionFactory;
import io.redispool.execution.CommandExecutor;
import io.redispool.execution.HeldConnection;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Transaction;
import io.redispool.pool.ConnectionPool;
import io.redispool.multiplex.MultiplexedDispatcher;
import io.redispool.pool.PoolMonitor;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A thread-safe Redis client over a pool of connections: the library's front door.
 *
 * <pre>{@code
 * try (RedisClient client = RedisClient.create("redis://localhost:6379")) {
 *     RedisCommands<String, String> redis = client.commands();
 *     redis.set("greeting", "hello");
 *     String greeting = redis.get("greeting");
 * }
 * }</pre>
 *
 * <p>
 * Every command borrows a connection, sends, reads its reply and releases the connection
 * in {@code finally}, as redis-py's {@code execute_command} does. Closing the client
 * closes the pool: in-use connections get {@code shutdown-timeout} to come back. With
 * {@code multiplexed-connections} set, the commands that leave a connection as they found
 * it share a few connections instead (see {@link MultiplexedDispatcher}).
 */
public final class RedisClient implements AutoCloseable {

    private static final Commands<String, String> PROBE_COMMANDS = Commands.utf8();

    private final RedisClientConfig config;

    private final ConnectionPool pool;

    private final CommandExecutor executor;

    private final RedisCommands<String, String> commands;

    private final ReplyDecoder<Object> genericDecoder;

    private final ConnectionFactory connectionFactory;

    private final CommandDispatcher dispatcher;

    private RedisClient(RedisClientConfig config) {
        this.config = config;
        this.connectionFactory = new SocketConnectionFactory(config.connection());
        this.pool = new ConnectionPool(config.pool(), this.connectionFactory);
        this.executor = new CommandExecutor(this.pool, config.retry());
        this.dispatcher = dispatcher(config, this.connectionFactory, this.executor, this.pool);
        Charset charset = config.connection().charset();
        this.commands = new PooledCommands<>(StringCodec.of(charset), this.dispatcher);
        this.genericDecoder = ReplyDecoders.generic(charset);
    }

    private static CommandDispatcher dispatcher(RedisClientConfig config, ConnectionFactory factory,
            CommandExecutor executor, ConnectionPool pool) {
        PoolWorkers workers = new PoolWorkers(config.pool().name(), config.pool().maxConnections());
        return config.multiplexing().isEnabled()
                ? new MultiplexedDispatcher(config, factory, executor, workers, pool::listener)
                : new PooledDispatcher(executor, workers);
    }

    /**
     * Creates a client for a URL, with every other setting at its default.
     * @param url {@code redis://[[username]:password@]host[:port][/database]} or
     * {@code unix:///path[?db=N]}
     * @return the client; connections open on first use
     */
    public static RedisClient create(String url) {
        return create(RedisClientConfig.builder().url(url).build());
    }

    /**
     * Creates a client.
     * @param config the validated configuration
     * @return the client; connections open on first use, or up to {@code min-idle} at
     * once
     */
    public static RedisClient create(RedisClientConfig config) {
        return new RedisClient(config);
    }

    /**
     * The everyday commands for String keys and values in the configured charset.
     * @return the commands
     */
    public RedisCommands<String, String> commands() {
        return this.commands;
    }

    /**
     * The everyday commands for the codec's key and value types, such as raw bytes.
     * @param codec encodes keys and values
     * @param <K> the key type
     * @param <V> the value type
     * @return the commands
     */
    public <K, V> RedisCommands<K, V> commands(RedisCodec<K, V> codec) {
        return new PooledCommands<>(codec, this.dispatcher);
    }

    /**
     * Runs a command built as data.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     */
    public <T> T execute(Command<T> command) {
        return this.dispatcher.execute(command);
    }

    /**
     * Runs any command given as words, such as
     * {@code execute("HINCRBY", "stats", "hits", "1")}, except those that would change
     * the pooled connection's state (SELECT, AUTH, MULTI, SUBSCRIBE, MONITOR, CLIENT
     * SETNAME...: see {@link io.redispool.command.ConnectionUse}).
     * @param arguments the command name and its arguments, encoded in the configured
     * charset
     * @return the reply as plain Java values: String, Long, List, or {@code null}
     * @throws IllegalArgumentException if an argument is {@code null} or the command
     * would change the state of its pooled connection; nothing is borrowed or sent
     */
    public Object execute(String... arguments) {
        Charset charset = this.config.connection().charset();
        byte[][] encoded = new byte[arguments.length][];
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] == null) {
                throw new IllegalArgumentException(
                        "'arguments' must not hold null but argument " + i + " of " + arguments.length + " was null");
            }
            encoded[i] = arguments[i].getBytes(charset);
        }
        return this.dispatcher.execute(Command.of(encoded, this.genericDecoder));
    }

    /**
     * Runs any command given as binary words, with the same exceptions as
     * {@link #execute(String...)}.
     * @param arguments the command name and its arguments, sent as they are
     * @return the reply as plain Java values, with bulk strings as {@code byte[]}
     * @throws IllegalArgumentException if an argument is {@code null} or the command
     * would change the state of its pooled connection; nothing is borrowed or sent
     */
    public Object execute(byte[]... arguments) {
        return this.dispatcher.execute(Command.of(arguments, ReplyDecoders.genericBinary()));
    }

    /**
     * Starts a pipeline: commands queue up and go out together on
     * {@link Pipeline#sync()}.
     * @return an empty pipeline
     */
    public Pipeline pipeline() {
        return this.executor.pipeline();
    }

    /**
     * Starts a MULTI/EXEC transaction: commands queue up and go out between MULTI and
     * EXEC in one write, on a connection borrowed when it runs (redis-py's
     * {@code pipeline(transaction=True)}).
     * @return an empty transaction
     */
    public Transaction multi() {
        return this.executor.multi();
    }

    /**
     * Runs work on one connection held for its whole duration, for what needs the same
     * connection each time: WATCH and its transaction, a loop of blocking pops, scripts
     * in a row. The connection goes back to the pool afterwards only in a clean state (a
     * WATCH still in force is undone); otherwise it is closed.
     * @param work what to do with the connection's commands
     * @param <T> what the work yields
     * @return what the work returned
     */
    public <T> T withConnection(Function<ConnectionScope<String, String>, T> work) {
        try (HeldConnection held = this.executor.hold()) {
            return work.apply(new HeldCommands<>(StringCodec.of(this.config.connection().charset()), held));
        }
    }

    /**
     * Runs an optimistic transaction, redis-py's {@code transaction(func, *watches)}:
     * WATCH the keys, let the work read them and queue its writes, then EXEC; when a
     * watched key changed in between, EXEC is aborted and the work runs again, up to
     * {@code maxAttempts} times.
     * @param keys the keys whose change aborts the transaction
     * @param maxAttempts how many times to run the work at most, at least 1
     * @param work reads through the scope (at once) and queues writes on the transaction
     * @param <T> what the work yields
     * @return what the work returned on the attempt whose EXEC ran
     * @throws RedisTransactionAbortedException if every attempt was aborted
     */
    public <T> T transaction(List<String> keys, int maxAttempts,
            BiFunction<ConnectionScope<String, String>, Transaction, T> work) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("'maxAttempts' must be at least 1 but was " + maxAttempts);
        }
        String[] watched = keys.toArray(new String[0]);
        return withConnection((scope) -> {
            for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                scope.watch(watched);
                Transaction transaction = scope.multi();
                T result = work.apply(scope, transaction);
                if (transaction.exec()) {
                    return result;
                }
            }
            throw new RedisTransactionAbortedException("EXEC was aborted on all " + maxAttempts
                    + " attempt(s) because a watched key changed (watched: " + keys.size() + " key(s))");
        });
    }

    /**
     * Checks the server on a connection of its own, outside the pool, so that a saturated
     * pool can never make a health check fail: saturation is not an outage. Bounded by
     * the connect and socket timeouts.
     * @return the server's version and the round trip's latency
     * @throws RedisException if the server cannot be reached or does not answer
     */
    public ServerProbe probe() {
        if (this.pool.isClosed()) {
            throw new RedisConnectionException("Cannot probe: " + this + " is closed", null, false);
        }
        long start = System.nanoTime();
        Connection connection = this.connectionFactory.connect();
        try {
            connection.execute(PROBE_COMMANDS.server().ping());
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            return new ServerProbe(versionFrom(connection.execute(PROBE_COMMANDS.server().info("server"))), latency);
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

    /**
     * The pool behind this client, as far as the outside may see it: its settings, stats
     * and events, and a graceful reset.
     * @return the pool's monitor
     */
    public PoolMonitor pool() {
        return this.pool;
    }

    /**
     * The configuration this client was built from.
     * @return the configuration
     */
    public RedisClientConfig config() {
        return this.config;
    }

    /**
     * The commands without waiting, for String keys and values in the configured charset:
     * each returns a {@code CompletableFuture}. In the multiplexed mode they share its
     * connections; otherwise each runs on a pooled connection on a thread of the
     * client's.
     * @return the asynchronous commands
     */
    public RedisAsyncCommands<String, String> async() {
        return async(StringCodec.of(this.config.connection().charset()));
    }

    /**
     * The commands without waiting, for the codec's key and value types.
     * @param codec encodes keys and values
     * @param <K> the key type
     * @param <V> the value type
     * @return the asynchronous commands
     */
    public <K, V> RedisAsyncCommands<K, V> async(RedisCodec<K, V> codec) {
        return RedisAsyncCommands.of(codec, this.dispatcher);
    }

    /**
     * Closes the shared connections of the multiplexed mode, then the pool; see
     * {@link ConnectionPool#close()}.
     */
    @Override
    public void close() {
        this.dispatcher.close();
        this.pool.close();
    }

    @Override
    public String toString() {
        return "RedisClient[" + this.config.pool().name() + " -> " + this.config.connection().endpoint() + "]";
    }

}
