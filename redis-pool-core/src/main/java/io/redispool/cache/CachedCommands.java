package io.redispool.cache;

import io.redispool.RedisCommands;
import io.redispool.codec.RedisCodec;
import io.redispool.command.Command;
import io.redispool.commands.Commands;

/**
 * The typed commands of a {@link ClientSideCache}: every command runs through the cache.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class CachedCommands<K, V> implements RedisCommands<K, V> {

    private final Commands<K, V> builders;

    private final ClientSideCache cache;

    CachedCommands(RedisCodec<K, V> codec, ClientSideCache cache) {
        this.builders = Commands.of(codec);
        this.cache = cache;
    }

    @Override
    public <T> T execute(Command<T> command) {
        return this.cache.execute(command);
    }

    @Override
    public Commands<K, V> builders() {
        return this.builders;
    }

}
