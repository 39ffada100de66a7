package io.redispool.benchmarks.protocol;

import java.io.InputStream;

/**
 * Serves the same bytes over and over, so a reader sees an endless run of one reply.
 *
 * <p>
 * Each read fills as much as asked, wrapping round as often as needed, the way a socket
 * with plenty waiting would.
 */
final class ReplayingInputStream extends InputStream {

    private final byte[] bytes;

    private int position;

    ReplayingInputStream(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("'bytes' must not be empty");
        }
        this.bytes = bytes.clone();
    }

    @Override
    public int read() {
        int b = this.bytes[this.position] & 0xFF;
        this.position = (this.position + 1) % this.bytes.length;
        return b;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        int copied = 0;
        while (copied < length) {
            int count = Math.min(length - copied, this.bytes.length - this.position);
            System.arraycopy(this.bytes, this.position, target, offset + copied, count);
            copied += count;
            this.position = (this.position + count) % this.bytes.length;
        }
        return copied;
    }

}
