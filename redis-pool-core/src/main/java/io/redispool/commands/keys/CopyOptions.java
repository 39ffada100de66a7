package io.redispool.commands.keys;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;

/**
 * The options of COPY: another database to copy into (DB) and whether to overwrite an
 * existing destination (REPLACE).
 *
 * <p>
 * Immutable; each method returns a new instance. An option given twice fails rather than
 * letting the last one win silently.
 */
public final class CopyOptions {

    private static final CopyOptions NONE = new CopyOptions(-1, false);

    private final long database;

    private final boolean replace;

    private CopyOptions(long database, boolean replace) {
        this.database = database;
        this.replace = replace;
    }

    /**
     * No options: copy within the current database, only if the destination does not
     * exist.
     * @return the empty options
     */
    public static CopyOptions none() {
        return NONE;
    }

    /**
     * Copy into another database (DB).
     * @param database its index, at least 0
     * @return options with the database
     */
    public CopyOptions database(long database) {
        if (this.database >= 0) {
            throw new IllegalStateException("A database is already set (" + this.database + ")");
        }
        if (database < 0) {
            throw new IllegalArgumentException("'database' must be at least 0 but was " + database);
        }
        return new CopyOptions(database, this.replace);
    }

    /**
     * Overwrite the destination when it exists (REPLACE).
     * @return options with REPLACE
     */
    public CopyOptions replace() {
        return new CopyOptions(this.database, true);
    }

    void appendTo(CommandArgs args) {
        if (this.database >= 0) {
            args.add(Keyword.DB).add(this.database);
        }
        if (this.replace) {
            args.add(Keyword.REPLACE);
        }
    }

    @Override
    public String toString() {
        return "CopyOptions[database=" + ((this.database >= 0) ? this.database : "current") + ", replace="
                + this.replace + "]";
    }

}
