package io.redispool.commands.keys;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The options of SORT and SORT_RO: sort by other keys (BY), a page of the result (LIMIT),
 * values of other keys to return instead (GET), the order (ASC or DESC) and whether to
 * compare as text (ALPHA).
 *
 * <p>
 * Patterns name other keys with {@code *} standing for the element, and {@code ->} for a
 * hash field ({@code weight_*}, {@code object_*->name}); {@code #} as a GET pattern is
 * the element itself, {@code nosort} as the BY pattern skips sorting.
 *
 * <p>
 * Immutable; each method returns a new instance. An option given twice fails rather than
 * letting the last one win silently; GET alone may be given many times, each adding a
 * value.
 */
public final class SortOptions {

    private static final SortOptions NONE = new SortOptions(null, -1, -1, List.of(), null, false);

    private final String by;

    private final long offset;

    private final long count;

    private final List<String> get;

    private final Keyword order;

    private final boolean alpha;

    private SortOptions(String by, long offset, long count, List<String> get, Keyword order, boolean alpha) {
        this.by = by;
        this.offset = offset;
        this.count = count;
        this.get = get;
        this.order = order;
        this.alpha = alpha;
    }

    /**
     * No options: every element, as numbers, in ascending order.
     * @return the empty options
     */
    public static SortOptions none() {
        return NONE;
    }

    /**
     * Sort by the values of other keys (BY) rather than by the elements.
     * @param pattern such as {@code weight_*}, or {@code nosort}
     * @return options with the pattern
     */
    public SortOptions by(String pattern) {
        Objects.requireNonNull(pattern, "'pattern' must not be null");
        if (this.by != null) {
            throw new IllegalStateException("A BY pattern is already set (" + this.by + ")");
        }
        return new SortOptions(pattern, this.offset, this.count, this.get, this.order, this.alpha);
    }

    /**
     * Return only a page of the sorted elements (LIMIT).
     * @param offset how many to skip, at least 0
     * @param count how many to return, at least 0
     * @return options with the page
     */
    public SortOptions limit(long offset, long count) {
        if (this.offset >= 0) {
            throw new IllegalStateException("A LIMIT is already set (" + this.offset + " " + this.count + ")");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("'offset' must be at least 0 but was " + offset);
        }
        if (count < 0) {
            throw new IllegalArgumentException("'count' must be at least 0 but was " + count);
        }
        return new SortOptions(this.by, offset, count, this.get, this.order, this.alpha);
    }

    /**
     * Return, for each element, the value of another key (GET); given several times, the
     * reply holds one value per pattern for each element, in the order the patterns were
     * given.
     * @param pattern such as {@code object_*}, {@code object_*->name}, or {@code #}
     * @return options with the pattern added
     */
    public SortOptions get(String pattern) {
        Objects.requireNonNull(pattern, "'pattern' must not be null");
        List<String> patterns = new ArrayList<>(this.get);
        patterns.add(pattern);
        return new SortOptions(this.by, this.offset, this.count, List.copyOf(patterns), this.order, this.alpha);
    }

    /**
     * Ascending order (ASC), the default.
     * @return options with the order
     */
    public SortOptions asc() {
        return withOrder(Keyword.ASC);
    }

    /**
     * Descending order (DESC).
     * @return options with the order
     */
    public SortOptions desc() {
        return withOrder(Keyword.DESC);
    }

    /**
     * Compare as text rather than as numbers (ALPHA).
     * @return options with ALPHA
     */
    public SortOptions alpha() {
        return new SortOptions(this.by, this.offset, this.count, this.get, this.order, true);
    }

    private SortOptions withOrder(Keyword order) {
        if (this.order != null) {
            throw new IllegalStateException("An order is already set (" + this.order + ")");
        }
        return new SortOptions(this.by, this.offset, this.count, this.get, order, this.alpha);
    }

    int size() {
        return 8 + this.get.size() * 2;
    }

    void appendTo(CommandArgs args) {
        if (this.by != null) {
            args.add(Keyword.BY).add(this.by.getBytes(StandardCharsets.UTF_8));
        }
        if (this.offset >= 0) {
            args.add(Keyword.LIMIT).add(this.offset).add(this.count);
        }
        for (String pattern : this.get) {
            args.add(Keyword.GET).add(pattern.getBytes(StandardCharsets.UTF_8));
        }
        if (this.order != null) {
            args.add(this.order);
        }
        if (this.alpha) {
            args.add(Keyword.ALPHA);
        }
    }

    @Override
    public String toString() {
        return "SortOptions[by=" + this.by + ", limit=" + ((this.offset >= 0) ? this.offset + " " + this.count : null)
                + ", get=" + this.get + ", order=" + this.order + ", alpha=" + this.alpha + "]";
    }

}
