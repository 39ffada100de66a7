package io.redispool;

import io.redispool.codec.RedisCodec;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.async.CommandDispatcher;

/**
 * The typed commands of a {@link RedisClient}: every command runs through the client's
 * dispatcher, on a pooled connection or a shared one.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class PooledCommands<K, V> implements RedisCommands<K, V> {

    private final Commands<K, V> builders;

    private final CommandDispatcher executor;

    PooledCommands(RedisCodec<K, V> codec, CommandDispatcher executor) {
        this.builders = Commands.of(codec);
        this.executor = executor;
    }

    @Override
    public <T> T execute(Command<T> command) {
        return this.executor.execute(command);
    }

    @Override
    public Commands<K, V> builders() {
        return this.builders;
    }

}
