package io.redispool.testing;

/**
 * The faults a {@link FaultProxy} applies to one direction of its traffic, as an
 * immutable snapshot that each forwarding thread reads once per chunk.
 *
 * @param latencyNanos how long each chunk waits before it is forwarded; zero for none
 * @param blackhole whether chunks are read and dropped
 * @param reset whether the next chunk resets its connection instead of being forwarded
 * @param stall whether forwarding stops, holding what is read, until cleared
 * @param cutAfter how many more bytes each connection forwards before it is closed; -1
 * for no cut
 * @param cutEpoch tells one {@code cutAfter} call from the next, so each starts a fresh
 * count
 * @param slice whether chunks are written in slices of 1 to 3 bytes
 * @param sliceSeed seeds the slice sizes
 */
record Faults(long latencyNanos, boolean blackhole, boolean reset, boolean stall, long cutAfter, long cutEpoch,
        boolean slice, long sliceSeed) {

    /** Traffic forwarded untouched. */
    static final Faults NONE = new Faults(0, false, false, false, -1, 0, false, 0);

    Faults withLatency(long nanos) {
        return new Faults(nanos, this.blackhole, this.reset, this.stall, this.cutAfter, this.cutEpoch, this.slice,
                this.sliceSeed);
    }

    Faults withBlackhole() {
        return new Faults(this.latencyNanos, true, this.reset, this.stall, this.cutAfter, this.cutEpoch, this.slice,
                this.sliceSeed);
    }

    Faults withReset() {
        return new Faults(this.latencyNanos, this.blackhole, true, this.stall, this.cutAfter, this.cutEpoch, this.slice,
                this.sliceSeed);
    }

    Faults withStall() {
        return new Faults(this.latencyNanos, this.blackhole, this.reset, true, this.cutAfter, this.cutEpoch, this.slice,
                this.sliceSeed);
    }

    Faults withCut(long bytes, long epoch) {
        return new Faults(this.latencyNanos, this.blackhole, this.reset, this.stall, bytes, epoch, this.slice,
                this.sliceSeed);
    }

    Faults withSlices(long seed) {
        return new Faults(this.latencyNanos, this.blackhole, this.reset, this.stall, this.cutAfter, this.cutEpoch, true,
                seed);
    }
}
