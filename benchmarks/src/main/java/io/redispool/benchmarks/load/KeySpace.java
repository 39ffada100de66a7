package io.redispool.benchmarks.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The keys a workload reads and writes: redis-benchmark's one default key, or, as its
 * {@code -r N} does, {@code N} keys named as it names them, one chosen at random per
 * command.
 *
 * <p>
 * Why: one key keeps the server's work to a single hash slot of its dictionary and a
 * value always in the CPU's cache, which flatters every client alike; applications read
 * many keys. The keys are made once, so choosing one costs every client the same random
 * number and no String.
 */
public final class KeySpace {

    /** redis-benchmark's own key, without {@code -r}. */
    public static final KeySpace ONE_KEY = new KeySpace(new String[] { "key:__rand_int__" });

    private final String[] keys;

    private KeySpace(String[] keys) {
        this.keys = keys;
    }

    /**
     * The key space of a size.
     * @param size how many keys: 1 for redis-benchmark's default key
     * @return the key space
     * @throws IllegalArgumentException if the size is below 1
     */
    public static KeySpace of(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("'keyspace' must be at least 1 but was " + size);
        }
        if (size == 1) {
            return ONE_KEY;
        }
        String[] keys = new String[size];
        for (int i = 0; i < size; i++) {
            // redis-benchmark replaces __rand_int__ with twelve zero-padded digits.
            keys[i] = String.format(Locale.ROOT, "key:%012d", i);
        }
        return new KeySpace(keys);
    }

    /**
     * How many keys there are.
     * @return the size
     */
    public int size() {
        return this.keys.length;
    }

    /**
     * A key for the next command.
     * @return the one key, or one of the keys at random
     */
    public String next() {
        return (this.keys.length == 1) ? this.keys[0]
                : this.keys[ThreadLocalRandom.current().nextInt(this.keys.length)];
    }

    /**
     * Every key, to store the values GET reads.
     * @return the keys
     */
    public List<String> all() {
        return Arrays.asList(this.keys);
    }

}
