package io.redispool;

import io.redispool.codec.RedisCodec;
import io.redispool.command.Command;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.Commands;
import io.redispool.execution.HeldConnection;
import io.redispool.execution.Transaction;
import java.util.Arrays;

/**
 * The typed commands of one held connection.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class HeldCommands<K, V> implements ConnectionScope<K, V> {

    private final Commands<K, V> builders;

    private final HeldConnection held;

    HeldCommands(RedisCodec<K, V> codec, HeldConnection held) {
        this.builders = Commands.of(codec);
        this.held = held;
    }

    @Override
    public <T> T execute(Command<T> command) {
        return this.held.execute(command);
    }

    @Override
    public Commands<K, V> builders() {
        return this.builders;
    }

    @Override
    @SafeVarargs
    public final void watch(K... keys) {
        this.held.execute(this.builders.codec()
            .keysArgs(CommandTable.get().spec("watch"), Arrays.asList(keys))
            .build(ReplyDecoders.STATUS));
    }

    @Override
    public Transaction multi() {
        return this.held.multi();
    }

}
