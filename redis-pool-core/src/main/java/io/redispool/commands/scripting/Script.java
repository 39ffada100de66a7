package io.redispool.commands.scripting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Lua script and its SHA1, computed once, so that it runs by EVALSHA and is sent in
 * full only when the server does not have it yet: see
 * {@link ScriptingCommands#evalScript}.
 *
 * <p>
 * Immutable and thread-safe; create one per script and keep it, as redis-py's
 * {@code register_script} does.
 */
public final class Script {

    private final String source;

    private final String sha1;

    private Script(String source, String sha1) {
        this.source = source;
        this.sha1 = sha1;
    }

    /**
     * A script from its source.
     * @param source the Lua source, sent in UTF-8
     * @return the script with its SHA1
     */
    public static Script of(String source) {
        Objects.requireNonNull(source, "'source' must not be null");
        return new Script(source, sha1(source.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The Lua source.
     * @return the source
     */
    public String source() {
        return this.source;
    }

    /**
     * The SHA1 the server knows the script by, as SCRIPT LOAD returns it.
     * @return 40 lower-case hexadecimal digits
     */
    public String sha1() {
        return this.sha1;
    }

    private static String sha1(byte[] source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(source));
        }
        catch (NoSuchAlgorithmException ex) {
            // Every Java platform must provide SHA-1 (MessageDigest's own documentation).
            throw new IllegalStateException("This Java runtime has no SHA-1", ex);
        }
    }

    @Override
    public String toString() {
        return "Script[" + this.sha1 + "]";
    }

}
