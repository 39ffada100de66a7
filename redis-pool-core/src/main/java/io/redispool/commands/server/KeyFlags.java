package io.redispool.commands.server;

import java.util.Set;

/**
 * A key a command would touch and how, as COMMAND GETKEYSANDFLAGS finds it.
 *
 * @param key the key
 * @param flags such as {@code RW}, {@code access}, {@code update}
 * @param <K> the key type
 */
public record KeyFlags<K>(K key, Set<String> flags) {
}
