package io.redispool.commands.hyperloglog;

import io.redispool.commands.CommandRunner;
import java.util.List;

/**
 * The commands of HyperLogLogs (counts of distinct elements, estimated), run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface HyperLogLogCommands<K, V> extends CommandRunner<K, V> {

    /**
     * PFADD: adds elements (none just creates the key); {@code true} when the estimate
     * may have changed.
     */
    default Boolean pfadd(K key, List<V> elements) {
        return execute(builders().hyperLogLogs().pfadd(key, elements));
    }

    /**
     * PFCOUNT: the estimated number of distinct elements added to the keys, counted once
     * across all of them.
     */
    default Long pfcount(List<K> keys) {
        return execute(builders().hyperLogLogs().pfcount(keys));
    }

    /**
     * PFMERGE: stores in the destination the union of its own elements and the sources'.
     */
    default String pfmerge(K destination, List<K> sources) {
        return execute(builders().hyperLogLogs().pfmerge(destination, sources));
    }

}
