package io.redispool.multiplex;

import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.protocol.RespReply;
import java.util.concurrent.CompletableFuture;

/**
 * A command queued on, or written to, a shared connection, and the future its reply
 * completes.
 *
 * <p>
 * Replies are paired with commands by position alone: the reader completes the oldest
 * written command with the next reply. The future is completed once; whoever completes it
 * later (the reader after a caller gave up waiting, a close after a reply) changes
 * nothing, so a reply can never move on to another command.
 *
 * @param <T> the decoded type
 */
final class PendingCommand<T> extends CompletableFuture<T> {

    private final Command<T> command;

    PendingCommand(Command<T> command) {
        this.command = command;
    }

    Command<T> command() {
        return this.command;
    }

    /**
     * Completes the future with a reply: decoded, or as the server's error. Runs on the
     * reader thread and never throws, whatever the decoder does.
     * @param reply the reply that answers this command
     */
    void answer(RespReply reply) {
        try {
            if (reply instanceof RespReply.ErrorReply error) {
                completeExceptionally(RedisServerException.of(error.message()));
            }
            else {
                complete(this.command.decoder().decode(reply));
            }
        }
        catch (RuntimeException ex) {
            completeExceptionally(ex);
        }
    }

    @Override
    public String toString() {
        return "PendingCommand[" + this.command.name() + "]";
    }

}
