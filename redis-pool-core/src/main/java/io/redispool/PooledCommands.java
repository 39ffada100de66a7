package io.redispool;

import io.redispool.codec.RedisCodec;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.execution.CommandRunner;

/**
 * The typed commands of a {@link RedisClient}: every command runs through the client's
 * executor, on a pooled connection (of the node that serves its keys, on a cluster).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class PooledCommands<K, V> implements RedisCommands<K, V> {

    private final Commands<K, V> builders;

    private final CommandRunner executor;

    PooledCommands(RedisCodec<K, V> codec, CommandRunner executor) {
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
