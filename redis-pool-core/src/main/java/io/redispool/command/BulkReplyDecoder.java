package io.redispool.command;

import io.redispool.protocol.RespReply;

/**
 * Decodes a bulk string reply, as a value or key read by GET, from a reply object or
 * straight from the bytes where the reader holds them.
 *
 * <p>
 * Why both: a pipeline reads its replies back to back on a borrowed connection, and
 * decoding each value from the read buffer spares it a {@link RespReply.BulkString} and a
 * byte array per reply; a single command decodes from the reply object after its
 * connection is back in the pool, so that a slow decoder never holds a connection.
 *
 * @param <T> the decoded type
 */
public final class BulkReplyDecoder<T> implements ReplyDecoder<T> {

    private final BytesDecoder<T> decoder;

    /**
     * Creates a decoder from a function of a range of bytes.
     * @param decoder turns the bytes into the value; it must not keep the array
     */
    public BulkReplyDecoder(BytesDecoder<T> decoder) {
        this.decoder = decoder;
    }

    @Override
    public T decode(RespReply reply) {
        byte[] bytes = ReplyDecoders.bulk(reply);
        return (bytes != null) ? this.decoder.decode(bytes, 0, bytes.length) : null;
    }

    /**
     * Decodes a bulk string's bytes where they lie.
     * @param source holds the bytes; not kept
     * @param offset where they start
     * @param length how many there are
     * @return the decoded value
     */
    public T decode(byte[] source, int offset, int length) {
        return this.decoder.decode(source, offset, length);
    }

    /**
     * Turns a range of bytes into a value, as a codec's
     * {@code decodeValue(byte[], int, int)} does.
     *
     * @param <T> the decoded type
     */
    @FunctionalInterface
    public interface BytesDecoder<T> {

        /**
         * Decodes the bytes {@code source[offset]} to
         * {@code source[offset + length - 1]}.
         * @param source holds the bytes; not kept
         * @param offset where they start
         * @param length how many there are
         * @return the decoded value
         */
        T decode(byte[] source, int offset, int length);

    }

}
