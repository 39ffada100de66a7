package io.redispool.commands.keys;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The options of MIGRATE: keep the keys at the source (COPY), overwrite them at the
 * target (REPLACE), and the target's credentials (AUTH or AUTH2).
 *
 * <p>
 * Immutable; each method returns a new instance. Credentials never appear in
 * {@link #toString()}.
 */
public final class MigrateOptions {

    private static final MigrateOptions NONE = new MigrateOptions(false, false, null, null);

    private final boolean copy;

    private final boolean replace;

    private final String username;

    private final String password;

    private MigrateOptions(boolean copy, boolean replace, String username, String password) {
        this.copy = copy;
        this.replace = replace;
        this.username = username;
        this.password = password;
    }

    /**
     * No options: move the keys, failing if one exists at the target, without
     * credentials.
     * @return the empty options
     */
    public static MigrateOptions none() {
        return NONE;
    }

    /**
     * Keep the keys at the source (COPY).
     * @return options with COPY
     */
    public MigrateOptions copy() {
        return new MigrateOptions(true, this.replace, this.username, this.password);
    }

    /**
     * Overwrite keys that exist at the target (REPLACE).
     * @return options with REPLACE
     */
    public MigrateOptions replace() {
        return new MigrateOptions(this.copy, true, this.username, this.password);
    }

    /**
     * Authenticate at the target with a password (AUTH).
     * @param password the target's password
     * @return options with the credentials
     */
    public MigrateOptions auth(String password) {
        return withCredentials(null, password);
    }

    /**
     * Authenticate at the target as an ACL user (AUTH2).
     * @param username the user
     * @param password the user's password
     * @return options with the credentials
     */
    public MigrateOptions auth(String username, String password) {
        return withCredentials(Objects.requireNonNull(username, "'username' must not be null"), password);
    }

    private MigrateOptions withCredentials(String username, String password) {
        Objects.requireNonNull(password, "'password' must not be null");
        if (this.password != null) {
            throw new IllegalStateException("Credentials are already set"
                    + ((this.username != null) ? " (AUTH2 as '" + this.username + "')" : " (AUTH)"));
        }
        return new MigrateOptions(this.copy, this.replace, username, password);
    }

    void appendTo(CommandArgs args) {
        if (this.copy) {
            args.add(Keyword.COPY);
        }
        if (this.replace) {
            args.add(Keyword.REPLACE);
        }
        if (this.username != null) {
            args.add(Keyword.AUTH2)
                .add(this.username.getBytes(StandardCharsets.UTF_8))
                .add(this.password.getBytes(StandardCharsets.UTF_8));
        }
        else if (this.password != null) {
            args.add(Keyword.AUTH).add(this.password.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String toString() {
        return "MigrateOptions[copy=" + this.copy + ", replace=" + this.replace + ", auth=" + ((this.password == null)
                ? "none" : (this.username == null) ? "password" : "user '" + this.username + "'") + "]";
    }

}
