package io.redispool.async;

import io.redispool.command.Command;
import io.redispool.commands.Commands;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous commands of one codec, sent through a dispatcher.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class DispatchedAsyncCommands<K, V> implements RedisAsyncCommands<K, V> {

    private final Commands<K, V> builders;

    private final CommandDispatcher dispatcher;

    DispatchedAsyncCommands(Commands<K, V> builders, CommandDispatcher dispatcher) {
        this.builders = builders;
        this.dispatcher = dispatcher;
    }

    @Override
    public <T> CompletableFuture<T> execute(Command<T> command) {
        return this.dispatcher.executeAsync(command);
    }

    @Override
    public Commands<K, V> builders() {
        return this.builders;
    }

}
