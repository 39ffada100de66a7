package io.redispool.protocol;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * An output stream that records the bytes written, how many write calls carried them and
 * how often it was flushed.
 */
final class RecordingOutputStream extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private int writes;

    private int flushes;

    @Override
    public void write(int b) {
        this.writes++;
        this.bytes.write(b);
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        this.writes++;
        this.bytes.write(source, offset, length);
    }

    @Override
    public void flush() {
        this.flushes++;
    }

    byte[] bytes() {
        return this.bytes.toByteArray();
    }

    int writes() {
        return this.writes;
    }

    int flushes() {
        return this.flushes;
    }

}
