package io.redispool.commands.keys;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The options of SCAN: a glob-style pattern the keys must match (MATCH), how much work to
 * do per call (COUNT), and the type the keys must have (TYPE).
 *
 * <p>
 * Immutable; each method returns a new instance. An option given twice fails rather than
 * letting the last one win silently.
 */
public final class ScanOptions {

    private static final ScanOptions NONE = new ScanOptions(null, 0, null);

    private final String pattern;

    private final long count;

    private final String type;

    private ScanOptions(String pattern, long count, String type) {
        this.pattern = pattern;
        this.count = count;
        this.type = type;
    }

    /**
     * No options: every key, with the server's default amount of work per call.
     * @return the empty options
     */
    public static ScanOptions none() {
        return NONE;
    }

    /**
     * Only keys matching a glob-style pattern (MATCH), filtered after they are read, so a
     * page may come back empty.
     * @param pattern such as {@code user:*}, in UTF-8
     * @return options with the pattern
     */
    public ScanOptions match(String pattern) {
        Objects.requireNonNull(pattern, "'pattern' must not be null");
        if (this.pattern != null) {
            throw new IllegalStateException("A pattern is already set (" + this.pattern + ")");
        }
        return new ScanOptions(pattern, this.count, this.type);
    }

    /**
     * How many keys to examine per call (COUNT), a hint.
     * @param count at least 1
     * @return options with the count
     */
    public ScanOptions count(long count) {
        if (this.count > 0) {
            throw new IllegalStateException("A count is already set (" + this.count + ")");
        }
        if (count < 1) {
            throw new IllegalArgumentException("'count' must be at least 1 but was " + count);
        }
        return new ScanOptions(this.pattern, count, this.type);
    }

    /**
     * Only keys of a type (TYPE), as the TYPE command names it.
     * @param type such as {@code string}, {@code hash} or {@code zset}
     * @return options with the type
     */
    public ScanOptions type(String type) {
        Objects.requireNonNull(type, "'type' must not be null");
        if (this.type != null) {
            throw new IllegalStateException("A type is already set (" + this.type + ")");
        }
        return new ScanOptions(this.pattern, this.count, type);
    }

    void appendTo(CommandArgs args) {
        if (this.pattern != null) {
            args.add(Keyword.MATCH).add(this.pattern.getBytes(StandardCharsets.UTF_8));
        }
        if (this.count > 0) {
            args.add(Keyword.COUNT).add(this.count);
        }
        if (this.type != null) {
            args.add(Keyword.TYPE).add(this.type.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String toString() {
        return "ScanOptions[match=" + this.pattern + ", count=" + this.count + ", type=" + this.type + "]";
    }

}
