package io.redispool.benchmarks.load;

/**
 * One cell of the load matrix: which command, how big a value, how many threads, how deep
 * a pipeline.
 *
 * @param command {@code GET} or {@code SET}
 * @param valueSize the value's size in bytes, stored by SET and read back by GET
 * @param threads how many threads (for redis-benchmark: connections) issue requests at
 * once
 * @param pipeline how many commands each thread sends per round trip; 1 means no
 * pipelining
 * @param keys the keys the commands read and write
 */
public record Workload(String command, int valueSize, int threads, int pipeline, KeySpace keys) {

    public Workload {
        if (!command.equals("GET") && !command.equals("SET")) {
            throw new IllegalArgumentException("'command' must be GET or SET but was " + command);
        }
        requirePositive("value-size", valueSize);
        requirePositive("threads", threads);
        requirePositive("pipeline", pipeline);
    }

    /**
     * A workload on redis-benchmark's one default key.
     * @param command {@code GET} or {@code SET}
     * @param valueSize the value's size in bytes
     * @param threads how many threads issue requests at once
     * @param pipeline how many commands each thread sends per round trip
     */
    public Workload(String command, int valueSize, int threads, int pipeline) {
        this(command, valueSize, threads, pipeline, KeySpace.ONE_KEY);
    }

    /**
     * The value SET stores and GET expects, {@code valueSize} ASCII characters.
     * @return the value
     */
    public String value() {
        return "x".repeat(this.valueSize);
    }

    /**
     * Whether commands go out in batches.
     * @return {@code true} if {@code pipeline} is above 1
     */
    public boolean pipelined() {
        return this.pipeline > 1;
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("'" + name + "' must be at least 1 but was " + value);
        }
    }

    @Override
    public String toString() {
        return this.command + " " + this.valueSize + "B x" + this.threads + " threads"
                + (pipelined() ? " pipeline " + this.pipeline : "")
                + ((this.keys.size() > 1) ? " over " + this.keys.size() + " keys" : "");
    }
}
