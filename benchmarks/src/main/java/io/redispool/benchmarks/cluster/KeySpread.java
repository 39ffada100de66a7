package io.redispool.benchmarks.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys a cluster pipeline benchmark sends, cut into batches of one pipeline's depth:
 * {@value #KEYS} keys without hash tags, so their slots, and so their masters, are spread
 * over the whole cluster, each with a 100-byte value of its own, so that a reply put in
 * the wrong place is caught.
 */
public final class KeySpread {

    /** How many keys: a multiple of both depths measured, 16 and 100. */
    public static final int KEYS = 400;

    /** The length of every value. */
    public static final int VALUE_LENGTH = 100;

    private final List<List<String>> keyBatches = new ArrayList<>();

    private final List<List<String>> valueBatches = new ArrayList<>();

    /**
     * Cuts the keys into batches; the last batch wraps around to the first keys if the
     * depth does not divide {@value #KEYS}.
     * @param depth how many commands one pipeline sends
     * @throws IllegalArgumentException if the depth is not positive
     */
    public KeySpread(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("'depth' must be at least 1 but was " + depth);
        }
        int batches = Math.max(1, (KEYS + depth - 1) / depth);
        for (int batch = 0; batch < batches; batch++) {
            List<String> keys = new ArrayList<>(depth);
            List<String> values = new ArrayList<>(depth);
            for (int i = 0; i < depth; i++) {
                int index = (batch * depth + i) % KEYS;
                keys.add(key(index));
                values.add(value(index));
            }
            this.keyBatches.add(List.copyOf(keys));
            this.valueBatches.add(List.copyOf(values));
        }
    }

    static String key(int index) {
        return "bench:pipeline:" + index;
    }

    static String value(int index) {
        String prefix = "value:" + index + ":";
        return prefix + "v".repeat(VALUE_LENGTH - prefix.length());
    }

    /**
     * How many batches there are.
     * @return the count
     */
    public int batches() {
        return this.keyBatches.size();
    }

    /**
     * The keys of one batch.
     * @param batch its index
     * @return the keys
     */
    public List<String> keys(int batch) {
        return this.keyBatches.get(batch);
    }

    /**
     * The values of one batch, in the order of its keys.
     * @param batch its index
     * @return the values
     */
    public List<String> values(int batch) {
        return this.valueBatches.get(batch);
    }

}
