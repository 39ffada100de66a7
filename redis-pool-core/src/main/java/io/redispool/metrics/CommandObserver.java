package io.redispool.metrics;

/**
 * Sees each command a client runs from its start to its end, for tracing.
 *
 * <p>
 * Why not a {@link PoolListener} method: a trace span must begin before the command is
 * sent, so that work it triggers nests under it, and must end with the error that ended
 * it; a listener hears only the outcome afterwards. The state an observer needs between
 * the two calls travels as the value {@link #commandStarted} returns, so the client keeps
 * nothing per command. A client without an observer makes neither call and allocates
 * nothing for them.
 *
 * <p>
 * Implementations must be thread-safe and must not throw. Only commands run one at a
 * time, through {@code RedisClient.execute(...)} and the typed commands, are observed;
 * pipelines and transactions are not.
 *
 * @see io.redispool.RedisClient#observeCommands(CommandObserver)
 */
public interface CommandObserver {

    /**
     * A command is about to run: borrowing, sending and any retries follow.
     * @param command the command's name in upper case, such as {@code GET} or
     * {@code CLIENT SETNAME}; never a key or an argument
     * @return what {@link #commandEnded} is given back, or {@code null}
     */
    Object commandStarted(String command);

    /**
     * The command has ended.
     * @param observation what {@link #commandStarted} returned
     * @param outcome how it ended
     * @param error the exception it ended with, or {@code null} on success
     */
    void commandEnded(Object observation, CommandOutcome outcome, Throwable error);

}
