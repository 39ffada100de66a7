package io.redispool;

import io.redispool.commands.CommandRunner;
import io.redispool.commands.bitmap.BitmapCommands;
import io.redispool.commands.geo.GeoCommands;
import io.redispool.commands.hash.HashCommands;
import io.redispool.commands.hyperloglog.HyperLogLogCommands;
import io.redispool.commands.keys.KeyCommands;
import io.redispool.commands.list.ListCommands;
import io.redispool.commands.pubsub.PubSubCommands;
import io.redispool.commands.scripting.ScriptingCommands;
import io.redispool.commands.server.ServerCommands;
import io.redispool.commands.set.SetCommands;
import io.redispool.commands.sortedset.SortedSetCommands;
import io.redispool.commands.stream.StreamCommands;
import io.redispool.commands.string.StringCommands;

/**
 * The typed Redis commands, run at once on a pooled connection: every group joined.
 *
 * <p>
 * Each method is one line: it builds the command as data (see {@link #builders()}) and
 * runs it through {@link #execute}, which borrows, sends, reads, releases and retries.
 * Method names follow the command names ({@code hincrby}, {@code zrangebyscore}), as
 * Jedis and Lettuce name theirs. Keys and values go through the codec, so the same
 * methods serve Strings, bytes and any other type. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface RedisCommands<K, V> extends CommandRunner<K, V>, StringCommands<K, V>, KeyCommands<K, V>,
        HashCommands<K, V>, ListCommands<K, V>, SetCommands<K, V>, SortedSetCommands<K, V>, ServerCommands<K, V>,
        BitmapCommands<K, V>, HyperLogLogCommands<K, V>, GeoCommands<K, V>, StreamCommands<K, V>,
        ScriptingCommands<K, V>, PubSubCommands<K, V> {

}
