package io.redispool.protocol;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes commands as RESP2 arrays of bulk strings.
 *
 * <p>
 * Commands accumulate in a buffer and reach the socket on {@link #flush()}, so a command,
 * or a whole pipeline, costs one write system call. Arguments arrive already encoded as
 * bytes, so nothing can fail halfway through encoding and leave a partial command on the
 * socket.
 *
 * <p>
 * Not thread-safe: a connection writes on one thread at a time.
 */
public final class RespWriter {

    private static final int BUFFER_SIZE = 8 * 1024;

    private static final byte[] CRLF = { '\r', '\n' };

    private final OutputStream out;

    private final byte[] buffer = new byte[BUFFER_SIZE];

    private int count;

    public RespWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Appends one command; nothing is sent until {@link #flush()}, unless the buffer
     * fills.
     * @param arguments the command name followed by its arguments, each binary-safe
     * @throws IOException if the buffer had to be drained and the stream failed
     */
    public void write(byte[][] arguments) throws IOException {
        writeLength('*', arguments.length);
        for (byte[] argument : arguments) {
            writeLength('$', argument.length);
            writeBytes(argument);
            writeBytes(CRLF);
        }
    }

    /**
     * Sends everything buffered.
     * @throws IOException if the stream fails
     */
    public void flush() throws IOException {
        drain();
        this.out.flush();
    }

    private void writeLength(char type, int length) throws IOException {
        if (BUFFER_SIZE - this.count < 13) {
            drain();
        }
        this.buffer[this.count++] = (byte) type;
        int digits = digits(length);
        for (int i = this.count + digits - 1, value = length; i >= this.count; i--, value /= 10) {
            this.buffer[i] = (byte) ('0' + value % 10);
        }
        this.count += digits;
        this.buffer[this.count++] = '\r';
        this.buffer[this.count++] = '\n';
    }

    private static int digits(int value) {
        int digits = 1;
        for (long bound = 10; value >= bound && digits < 10; bound *= 10) {
            digits++;
        }
        return digits;
    }

    private void writeBytes(byte[] bytes) throws IOException {
        if (bytes.length > BUFFER_SIZE - this.count) {
            drain();
            if (bytes.length > BUFFER_SIZE) {
                this.out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, this.buffer, this.count, bytes.length);
        this.count += bytes.length;
    }

    private void drain() throws IOException {
        if (this.count > 0) {
            this.out.write(this.buffer, 0, this.count);
            this.count = 0;
        }
    }

}
