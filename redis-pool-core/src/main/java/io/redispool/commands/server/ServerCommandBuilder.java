package io.redispool.commands.server;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;

/**
 * Builds the commands of the server and the connection: PING, ECHO, INFO, DBSIZE, FLUSHDB, TIME... as data; {@link ServerCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class ServerCommandBuilder<K, V> {

    private static final CommandSpec PING = CommandTable.get().spec("ping");

    private static final CommandSpec ECHO = CommandTable.get().spec("echo");

    private static final CommandSpec INFO = CommandTable.get().spec("info");

    private static final CommandSpec DBSIZE = CommandTable.get().spec("dbsize");

    private static final CommandSpec FLUSHDB = CommandTable.get().spec("flushdb");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public ServerCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    public Command<String> ping() {
        return CommandArgs.of(PING, 0).build(ReplyDecoders.STATUS);
    }

    public Command<V> echo(V message) {
        return CommandArgs.of(ECHO, 1).add(this.codec.value(message)).build(this.codec.valueDecoder());
    }

    public Command<String> info() {
        return CommandArgs.of(INFO, 0).build(ReplyDecoders.TEXT);
    }

    public Command<String> info(String section) {
        return CommandArgs.of(INFO, 1).add(section).build(ReplyDecoders.TEXT);
    }

    public Command<Long> dbsize() {
        return CommandArgs.of(DBSIZE, 0).build(ReplyDecoders.INTEGER);
    }

    public Command<String> flushdb() {
        return CommandArgs.of(FLUSHDB, 0).build(ReplyDecoders.STATUS);
    }
}
