package io.redispool.cache;

import io.redispool.protocol.RespReply;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/**
 * The CLIENT TRACKING and CLIENT CACHING words a cached read is sent behind.
 */
final class Tracking {

    private static final System.Logger logger = System.getLogger(Tracking.class.getName());

    static final byte[][] CACHING_YES = words("CLIENT", "CACHING", "yes");

    private Tracking() {
    }

    /** CLIENT TRACKING ON REDIRECT id OPTIN: track only what CLIENT CACHING yes marks. */
    static byte[][] optIn(long invalidationClientId) {
        return words("CLIENT", "TRACKING", "ON", "REDIRECT", Long.toString(invalidationClientId), "OPTIN");
    }

    /**
     * Whether a tracking command was accepted; a refusal is logged, since the read it
     * came with then goes uncached.
     * @param reply the reply to a tracking command
     * @param command the command, for the log
     * @return {@code true} for +OK
     */
    static boolean isOk(RespReply reply, String command) {
        if (reply instanceof RespReply.ErrorReply error) {
            logger.log(Level.DEBUG, "{0} was refused, so this read is not cached: {1}", command, error.message());
            return false;
        }
        return true;
    }

    private static byte[][] words(String... words) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

}
