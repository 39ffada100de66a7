package io.redispool.benchmarks.load;

/**
 * One Redis client under load: it hands each worker thread the operation that thread
 * repeats.
 */
public interface ClientDriver extends AutoCloseable {

    /**
     * The operation one worker thread repeats: one command, or one pipelined batch.
     * Called on that thread, so the operation may keep per-thread state.
     * @param workload what to send
     * @return the operation
     */
    Operation operation(Workload workload);

    /** Closes the client and its connections. */
    @Override
    void close();

    /**
     * One command or one batch, with its reply checked.
     */
    @FunctionalInterface
    interface Operation {

        /**
         * Sends and waits for every reply.
         * @throws IllegalStateException if a reply is not the expected one
         */
        void run() throws Exception;

    }

    /**
     * Checks a reply the way every driver does, so no client is measured doing less work.
     * @param workload what was sent
     * @param reply the decoded reply: the value for GET, the status for SET
     */
    static void check(Workload workload, Object reply) {
        boolean expected = workload.command().equals("GET")
                ? (reply instanceof String value && value.length() == workload.valueSize())
                : (Boolean.TRUE.equals(reply) || "OK".equals(reply));
        if (!expected) {
            throw new IllegalStateException("Unexpected reply to " + workload.command() + ": " + reply);
        }
    }

}
