package io.redispool.spring.cache;

import java.nio.charset.StandardCharsets;

/**
 * Where one cache's entries live: {@code [key-prefix]<cache name>::<key>} in UTF-8, the
 * lock beside each entry, and the SCAN pattern that matches the cache's entries and
 * nothing else.
 */
final class CacheKeys {

    private static final String LOCK_SUFFIX = "~lock";

    private final String prefix;

    private final byte[] pattern;

    CacheKeys(String prefix) {
        this.prefix = prefix;
        this.pattern = (escapeGlob(prefix) + "*").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The Redis key of an entry.
     * @param key the converted cache key
     * @return {@code <prefix><key>} in UTF-8
     */
    byte[] entry(String key) {
        return (this.prefix + key).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The key of the lock a synchronized computation of an entry holds.
     * @param entry the entry's Redis key
     * @return the entry's key followed by {@code ~lock}
     */
    byte[] lock(byte[] entry) {
        byte[] lock = new byte[entry.length + LOCK_SUFFIX.length()];
        System.arraycopy(entry, 0, lock, 0, entry.length);
        System.arraycopy(LOCK_SUFFIX.getBytes(StandardCharsets.US_ASCII), 0, lock, entry.length, LOCK_SUFFIX.length());
        return lock;
    }

    /**
     * The SCAN MATCH pattern of every entry: the prefix with its glob characters escaped,
     * then {@code *}. Without a prefix it is {@code *}, every key of the database.
     * @return the pattern in UTF-8
     */
    byte[] pattern() {
        return this.pattern.clone();
    }

    /**
     * Escapes what Redis's glob matching treats specially, so that a cache named
     * {@code a*} does not match the entries of cache {@code ab}.
     * @param literal text to match as it is
     * @return the pattern
     */
    static String escapeGlob(String literal) {
        StringBuilder escaped = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return "CacheKeys[" + this.prefix + "*]";
    }

}
