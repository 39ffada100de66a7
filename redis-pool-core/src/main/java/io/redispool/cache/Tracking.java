package io.redispool.cache;

import io.redispool.RedisServerException;
import io.redispool.protocol.RespReply;
import java.nio.charset.StandardCharsets;

/**
 * The CLIENT TRACKING and CLIENT CACHING words a cached read is sent behind.
 */
final class Tracking {

    static final byte[][] CACHING_YES = words("CLIENT", "CACHING", "yes");

    private Tracking() {
    }

    /** CLIENT TRACKING ON REDIRECT id OPTIN: track only what CLIENT CACHING yes marks. */
    static byte[][] optIn(long invalidationClientId) {
        return words("CLIENT", "TRACKING", "ON", "REDIRECT", Long.toString(invalidationClientId), "OPTIN");
    }

    /**
     * Fails unless the reply is +OK.
     * @param reply the reply to a tracking command
     * @param command the command, for the message
     */
    static void requireOk(RespReply reply, String command) {
        if (reply instanceof RespReply.ErrorReply error) {
            throw new RedisServerException(
                    command + " was refused, so the client-side cache cannot track this read: " + error.message(),
                    error.message());
        }
    }

    private static byte[][] words(String... words) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

}
