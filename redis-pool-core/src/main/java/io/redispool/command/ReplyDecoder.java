package io.redispool.command;

import io.redispool.protocol.RespReply;

/**
 * Turns a reply into the caller's type.
 *
 * <p>
 * Error replies never reach a decoder: they become exceptions first.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ReplyDecoder<T> {

    /**
     * Decodes one reply.
     * @param reply the reply, never an error reply
     * @return the decoded value
     * @throws io.redispool.RedisProtocolException if the reply has an unexpected type
     */
    T decode(RespReply reply);

}
