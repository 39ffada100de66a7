package io.redispool.protocol;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One reply of the RESP2 or RESP3 protocol, as read off the wire.
 *
 * <p>
 * Sealed because the protocols have exactly these types; decoders can rely on the set
 * being closed. Error replies are values here, not exceptions, so that a pipeline can
 * hold one command's error next to another command's value. RESP3's blob error
 * ({@code !}) is an {@link ErrorReply} too, and its attributes ({@code |}) are read and
 * dropped by {@link RespReader}: no command's value depends on them.
 */
public sealed interface RespReply
        permits RespReply.SimpleString, RespReply.ErrorReply, RespReply.IntegerReply, RespReply.BulkString,
        RespReply.ArrayReply, RespReply.NullReply, RespReply.MapReply, RespReply.SetReply, RespReply.DoubleReply,
        RespReply.BooleanReply, RespReply.BigNumberReply, RespReply.VerbatimString, RespReply.PushReply {

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

    /**
     * "No value": RESP2's two spellings, {@code $-1} and {@code *-1}, and RESP3's one,
     * {@code _}. Decoders test {@code instanceof NullReply}, so all three mean the same.
     */
    enum NullReply implements RespReply {

        /** {@code $-1}: for example GET of a missing key. */
        NULL_BULK,
        /** {@code *-1}: for example BLPOP that timed out. */
        NULL_ARRAY,
        /** RESP3's {@code _}. */
        NULL

    }

    /**
     * A RESP3 map ({@code %}), as its keys and values alternating in the server's order:
     * the very list RESP2 sends as a flat array, so a decoder written for one reads the
     * other.
     */
    record MapReply(List<RespReply> keysAndValues) implements RespReply {

        /**
         * How many key and value pairs the map holds.
         * @return the number of entries
         */
        public int size() {
            return this.keysAndValues.size() / 2;
        }

    }

    /** A RESP3 set ({@code ~}), its elements in the server's order. */
    record SetReply(List<RespReply> elements) implements RespReply {
    }

    /**
     * A RESP3 double ({@code ,}), such as a ZSCORE; {@code inf}, {@code -inf} and
     * {@code nan} included.
     */
    record DoubleReply(double value) implements RespReply {
    }

    /** A RESP3 boolean ({@code #t} or {@code #f}). */
    record BooleanReply(boolean value) implements RespReply {

        /** {@code #t}. */
        public static final BooleanReply TRUE = new BooleanReply(true);

        /** {@code #f}. */
        public static final BooleanReply FALSE = new BooleanReply(false);

    }

    /** A RESP3 big number ({@code (}), an integer of any size. */
    record BigNumberReply(BigInteger value) implements RespReply {
    }

    /**
     * A RESP3 verbatim string ({@code =}): text with a three-letter format such as
     * {@code txt} or {@code mkd}, as INFO and CLIENT INFO reply.
     *
     * @param format the format, without its colon
     * @param value the text's bytes
     */
    record VerbatimString(String format, byte[] value) implements RespReply {

        @Override
        public boolean equals(Object other) {
            return (other instanceof VerbatimString verbatim) && this.format.equals(verbatim.format)
                    && Arrays.equals(this.value, verbatim.value);
        }

        @Override
        public int hashCode() {
            return 31 * this.format.hashCode() + Arrays.hashCode(this.value);
        }

        @Override
        public String toString() {
            return "VerbatimString[" + this.format + ", " + this.value.length + " bytes]";
        }
    }

    /**
     * A RESP3 push ({@code >}): out-of-band data the server sends unasked, such as a
     * client-side caching invalidation or a pub/sub message. Never a command's reply:
     * {@code Connection} hands it to its push handler instead.
     */
    record PushReply(List<RespReply> elements) implements RespReply {

        /**
         * The push's kind, its first element, such as {@code invalidate} or
         * {@code message}.
         * @return the kind, or an empty string if the push has no text first element
         */
        public String kind() {
            if (!this.elements.isEmpty() && this.elements.get(0) instanceof BulkString bulk) {
                return new String(bulk.value(), StandardCharsets.UTF_8);
            }
            if (!this.elements.isEmpty() && this.elements.get(0) instanceof SimpleString simple) {
                return simple.value();
            }
            return "";
        }

    }

}
