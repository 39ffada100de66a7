package io.redispool.protocol;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * An input stream that hands out its bytes a few at a time, the way a socket may, so that
 * a reader must reassemble replies split at every possible point.
 */
final class ChunkedInputStream extends InputStream {

    private final ByteArrayInputStream bytes;

    private final int[] chunkSizes;

    private int reads;

    /**
     * Creates a stream whose reads return the chunk sizes in turn, cycling.
     * @param bytes what the stream holds
     * @param chunkSizes how many bytes each read returns at most
     */
    ChunkedInputStream(byte[] bytes, int... chunkSizes) {
        this.bytes = new ByteArrayInputStream(bytes);
        this.chunkSizes = chunkSizes;
    }

    /** A stream that returns 1, 2 and 3 bytes per read, in turn. */
    static ChunkedInputStream oneToThreeBytes(byte[] bytes) {
        return new ChunkedInputStream(bytes, 1, 2, 3);
    }

    int reads() {
        return this.reads;
    }

    @Override
    public int read() {
        this.reads++;
        return this.bytes.read();
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int chunk = this.chunkSizes[this.reads++ % this.chunkSizes.length];
        return this.bytes.read(target, offset, Math.min(length, chunk));
    }

}
