package io.redispool.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One reply of the RESP2 protocol, as read off the wire.
 *
 * <p>
 * Sealed because RESP2 has exactly these types; decoders can rely on the set being
 * closed. Error replies are values here, not exceptions, so that a pipeline can hold one
 * command's error next to another command's value.
 */
public sealed interface RespReply permits RespReply.SimpleString, RespReply.ErrorReply, RespReply.IntegerReply,
        RespReply.BulkString, RespReply.ArrayReply, RespReply.NullReply {

    /** A status reply such as {@code +OK}. */
    record SimpleString(String value) implements RespReply {

        /** The {@code +OK} reply, shared because it is by far the most common. */
        public static final SimpleString OK = new SimpleString("OK");

        /** The {@code +PONG} reply. */
        public static final SimpleString PONG = new SimpleString("PONG");

    }

    /**
     * An error reply such as {@code -WRONGTYPE Operation against a key ...}, without the
     * dash.
     */
    record ErrorReply(String message) implements RespReply {
    }

    /** An integer reply such as {@code :42}. */
    record IntegerReply(long value) implements RespReply {
    }

    /** A binary-safe bulk string; a null bulk string is {@link NullReply#NULL_BULK}. */
    record BulkString(byte[] value) implements RespReply {

        @Override
        public boolean equals(Object other) {
            return (other instanceof BulkString bulk) && Arrays.equals(this.value, bulk.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(this.value);
        }

        @Override
        public String toString() {
            return "BulkString[" + this.value.length + " bytes: "
                    + new String(this.value, 0, Math.min(this.value.length, 64), StandardCharsets.UTF_8) + "]";
        }
    }

    /**
     * An array of replies, possibly nested; a null array is {@link NullReply#NULL_ARRAY}.
     * {@link RespReader} hands out unmodifiable element lists.
     */
    record ArrayReply(List<RespReply> elements) implements RespReply {
    }

    /** RESP2's two spellings of "no value": {@code $-1} and {@code *-1}. */
    enum NullReply implements RespReply {

        /** {@code $-1}: for example GET of a missing key. */
        NULL_BULK,
        /** {@code *-1}: for example BLPOP that timed out. */
        NULL_ARRAY

    }

}
