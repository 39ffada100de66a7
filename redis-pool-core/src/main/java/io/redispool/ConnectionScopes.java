package io.redispool;

import io.redispool.codec.StringCodec;
import io.redispool.execution.CommandRunner;
import io.redispool.execution.HeldConnection;
import io.redispool.execution.Transaction;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs a caller's work in a {@link ConnectionScope} on one connection held for the whole
 * of it, plain or as an optimistic transaction that runs again while a watched key
 * changes.
 *
 * <p>
 * The held connection is closed when the work ends, however it ends: it goes back to the
 * pool only in a clean state, a WATCH still in force undone.
 */
final class ConnectionScopes {

    private final CommandRunner executor;

    private final Charset charset;

    ConnectionScopes(CommandRunner executor, Charset charset) {
        this.executor = executor;
        this.charset = charset;
    }

    /**
     * Runs work on one held connection.
     * @param work what to do with the connection's commands
     * @param <T> what the work yields
     * @return what the work returned
     */
    <T> T withConnection(Function<ConnectionScope<String, String>, T> work) {
        return withHeld(this.executor.hold(), work);
    }

    /**
     * Runs an optimistic transaction: WATCH the keys, let the work read them and queue
     * its writes, then EXEC, and run the work again while EXEC is aborted, up to
     * {@code maxAttempts} times.
     * @param keys the keys whose change aborts the transaction
     * @param maxAttempts how many times to run the work at most, at least 1
     * @param work reads through the scope and queues writes on the transaction
     * @param <T> what the work yields
     * @return what the work returned on the attempt whose EXEC ran
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
     * @throws RedisTransactionAbortedException if every attempt was aborted
     */
    <T> T transaction(List<String> keys, int maxAttempts,
            BiFunction<ConnectionScope<String, String>, Transaction, T> work) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("'maxAttempts' must be at least 1 but was " + maxAttempts);
        }
        String[] watched = keys.toArray(new String[0]);
        List<byte[]> encoded = new ArrayList<>(watched.length);
        for (String key : watched) {
            encoded.add(key.getBytes(this.charset));
        }
        return withHeld(this.executor.hold(encoded), (scope) -> {
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

    private <T> T withHeld(HeldConnection held, Function<ConnectionScope<String, String>, T> work) {
        try (held) {
            return work.apply(new HeldCommands<>(StringCodec.of(this.charset), held));
        }
    }

}
