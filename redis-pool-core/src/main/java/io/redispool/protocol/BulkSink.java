package io.redispool.protocol;

/**
 * Takes a bulk string reply's bytes where they lie, for a reader asked to skip the
 * {@link RespReply.BulkString} object: a pipeline of GETs decodes each value straight
 * from the read buffer into the caller's type.
 *
 * <p>
 * The reader calls it once the whole bulk string, with its CRLF, has been consumed, so
 * the stream stays in step whatever the sink does with the bytes.
 */
@FunctionalInterface
public interface BulkSink {

    /**
     * Takes one bulk string's bytes, {@code source[offset]} to
     * {@code source[offset + length - 1]}.
     * @param source the bytes, which may be the reader's own buffer: copy what is kept,
     * since the array is overwritten by the next read
     * @param offset where the value starts
     * @param length how many bytes it has
     */
    void bulk(byte[] source, int offset, int length);

}
