package io.redispool.testing;

import io.redispool.testing.FaultProxy.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Random;

/**
 * Copies one direction of a {@link Link}, applying the proxy's current faults to each
 * chunk it reads.
 *
 * <p>
 * The faults are looked up per chunk, so a change applies to connections already open. A
 * stall is checked before reading as well as after, so a stall set while this pump waited
 * for data holds that data too.
 */
final class Pump implements Runnable {

    private static final int BUFFER_SIZE = 16 * 1024;

    private static final long STALL_CHECK_NANOS = 100_000_000;

    private final Link link;

    private final Direction direction;

    private final Socket from;

    private final Socket to;

    private long cutEpoch;

    private long cutRemaining;

    private Random slices;

    private long slicesSeed;

    Pump(Link link, Direction direction, Socket from, Socket to) {
        this.link = link;
        this.direction = direction;
        this.from = from;
        this.to = to;
    }

    @Override
    public void run() {
        try {
            InputStream in = this.from.getInputStream();
            OutputStream out = this.to.getOutputStream();
            byte[] buffer = new byte[BUFFER_SIZE];
            while (!this.link.isClosed()) {
                holdWhileStalled();
                int read = in.read(buffer);
                if (read < 0) {
                    this.link.endOfStream(this.to);
                    this.link.proxy().endPassedOn(this.direction);
                    return;
                }
                forward(buffer, read, out);
            }
        }
        catch (IOException ex) {
            // A reset on one side, or the link closed under this pump: reset the other
            // side too.
            this.link.abort();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.link.abort();
        }
    }

    private void forward(byte[] buffer, int length, OutputStream out) throws IOException, InterruptedException {
        holdWhileStalled();
        Faults faults = this.link.proxy().faults(this.direction);
        if (faults.reset()) {
            this.link.abort();
            return;
        }
        if (faults.blackhole()) {
            return;
        }
        waitFor(faults.latencyNanos());
        if (this.link.isClosed()) {
            return;
        }
        int allowed = allowance(faults, length);
        write(buffer, allowed, faults, out);
        if (faults.cutAfter() >= 0 && this.cutRemaining == 0) {
            this.link.close();
        }
    }

    private int allowance(Faults faults, int length) {
        if (faults.cutAfter() < 0) {
            return length;
        }
        if (faults.cutEpoch() != this.cutEpoch) {
            this.cutEpoch = faults.cutEpoch();
            this.cutRemaining = faults.cutAfter();
        }
        int allowed = (int) Math.min(length, this.cutRemaining);
        this.cutRemaining -= allowed;
        return allowed;
    }

    private void write(byte[] buffer, int length, Faults faults, OutputStream out) throws IOException {
        if (length == 0) {
            return;
        }
        // Counted before writing, so a count read after the peer's answer includes these
        // bytes.
        if (!faults.slice()) {
            this.link.proxy().forwarded(this.direction, length, 1);
            out.write(buffer, 0, length);
            return;
        }
        Random random = slices(faults.sliceSeed());
        for (int offset = 0; offset < length;) {
            int size = Math.min(length - offset, 1 + random.nextInt(3));
            this.link.proxy().forwarded(this.direction, size, 1);
            out.write(buffer, offset, size);
            offset += size;
        }
    }

    /**
     * One Random per link and direction, derived from the seed, so a run can be repeated.
     */
    private Random slices(long seed) {
        if (this.slices == null || this.slicesSeed != seed) {
            this.slices = new Random(seed * 31 + this.link.index() * 2 + this.direction.ordinal());
            this.slicesSeed = seed;
        }
        return this.slices;
    }

    private void holdWhileStalled() throws InterruptedException {
        while (!this.link.isClosed() && this.link.proxy().faults(this.direction).stall()) {
            this.link.proxy().awaitChange(STALL_CHECK_NANOS);
        }
    }

    private void waitFor(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long remaining;
        while (!this.link.isClosed() && (remaining = deadline - System.nanoTime()) > 0) {
            this.link.proxy().awaitChange(remaining);
        }
    }

}
