package io.redispool.command;

import java.util.Set;

/**
 * Where one kind of key sits among a command's arguments, as the server's key
 * specifications say: where the search begins ({@code index} or after a {@code keyword})
 * and how keys are found from there ({@code range} or {@code keynum}). Cluster routing
 * reads it.
 *
 * @param flags the spec's flags in lower case ({@code ro}, {@code rw}, {@code access},
 * ...)
 * @param begin how the search begins
 * @param find how the keys are found once it has begun
 */
public record KeySpec(Set<String> flags, BeginSearch begin, FindKeys find) {

    /** How the search for keys begins. */
    public sealed interface BeginSearch {

    }

    /**
     * The keys begin at a fixed argument index.
     *
     * @param index counted from the command name, which is 0
     */
    public record AtIndex(int index) implements BeginSearch {
    }

    /**
     * The keys begin after a keyword.
     *
     * @param keyword the keyword, such as {@code STREAMS}
     * @param startFrom where the search for the keyword starts; negative counts from the
     * end
     */
    public record AfterKeyword(String keyword, int startFrom) implements BeginSearch {
    }

    /** The server cannot say where the keys are (SORT's BY and STORE). */
    public record UnknownSearch() implements BeginSearch, FindKeys {
    }

    /** How keys are found once the search has begun. */
    public sealed interface FindKeys {

    }

    /**
     * A range of keys.
     *
     * @param lastKey the last key relative to the first; negative counts from the end
     * @param keyStep how many arguments from one key to the next
     * @param limit when lastKey is -1, a divisor of the remaining arguments (0 for none)
     */
    public record Range(int lastKey, int keyStep, int limit) implements FindKeys {
    }

    /**
     * A count of keys given by an argument, such as EVAL's numkeys.
     *
     * @param keyNumIndex where the count is, relative to where the search began
     * @param firstKey where the first key is, relative to where the search began
     * @param keyStep how many arguments from one key to the next
     */
    public record KeyNum(int keyNumIndex, int firstKey, int keyStep) implements FindKeys {
    }
}
