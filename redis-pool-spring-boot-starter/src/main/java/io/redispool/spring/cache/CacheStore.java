package io.redispool.spring.cache;

import io.redispool.RedisClient;
import io.redispool.RedisServerException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The Redis commands behind the caches, each sent through
 * {@link RedisClient#execute(byte[]...)} as Spring Data Redis's cache writer sends them:
 * GET; SET with PX for a put; SET NX with EX in whole seconds or else PX for a
 * put-if-absent; UNLINK for evict; SCAN and UNLINK for clear (never KEYS, which blocks
 * the server); and a short-lived lock, SET NX PX with a random token, released by a
 * compare-and-delete script so that only its holder can release it.
 */
final class CacheStore {

    /** Deletes the lock only if it still holds the caller's token. */
    static final String RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('del', KEYS[1]) else return 0 end";

    private static final byte[] RELEASE_SCRIPT_BYTES = RELEASE_SCRIPT.getBytes(StandardCharsets.UTF_8);

    private static final byte[] RELEASE_SCRIPT_SHA = ascii(sha1Hex(RELEASE_SCRIPT_BYTES));

    private static final byte[] GET = ascii("GET");

    private static final byte[] SET = ascii("SET");

    private static final byte[] UNLINK = ascii("UNLINK");

    private static final byte[] SCAN = ascii("SCAN");

    private static final byte[] EVAL = ascii("EVAL");

    private static final byte[] EVALSHA = ascii("EVALSHA");

    private static final byte[] NX = ascii("NX");

    private static final byte[] PX = ascii("PX");

    private static final byte[] EX = ascii("EX");

    private static final byte[] MATCH = ascii("MATCH");

    private static final byte[] COUNT = ascii("COUNT");

    private static final byte[] ONE = ascii("1");

    private static final byte[] SCAN_START = ascii("0");

    /**
     * Keys asked of each SCAN step: enough to make few round trips, few enough to stay
     * brief.
     */
    private static final byte[] SCAN_COUNT = ascii("1000");

    private final RedisClient client;

    CacheStore(RedisClient client) {
        this.client = client;
    }

    RedisClient client() {
        return this.client;
    }

    byte[] get(byte[] key) {
        return (byte[]) this.client.execute(GET, key);
    }

    void set(byte[] key, byte[] value, Duration timeToLive) {
        if (timeToLive.isZero()) {
            this.client.execute(SET, key, value);
        }
        else {
            this.client.execute(SET, key, value, PX, ascii(timeToLive.toMillis()));
        }
    }

    /**
     * SET NX, with the expiry as Spring Data Redis's {@code Expiration.from(Duration)}
     * words it.
     * @return {@code true} if the value was stored, {@code false} if the key existed
     */
    boolean setIfAbsent(byte[] key, byte[] value, Duration timeToLive) {
        Object reply;
        if (timeToLive.isZero()) {
            reply = this.client.execute(SET, key, value, NX);
        }
        else if (timeToLive.toMillis() % 1000 != 0) {
            reply = this.client.execute(SET, key, value, PX, ascii(timeToLive.toMillis()), NX);
        }
        else {
            reply = this.client.execute(SET, key, value, EX, ascii(timeToLive.toSeconds()), NX);
        }
        return reply != null;
    }

    long unlink(byte[] key) {
        return (Long) this.client.execute(UNLINK, key);
    }

    /**
     * Removes every key matching a pattern, one SCAN step at a time, so that the server
     * is never blocked for long; keys written meanwhile may survive, as SCAN guarantees
     * only the keys present for the whole iteration.
     * @param pattern a SCAN MATCH pattern
     * @return how many keys were removed
     */
    long unlinkMatching(byte[] pattern) {
        byte[] cursor = SCAN_START;
        long removed = 0;
        do {
            List<?> page = (List<?>) this.client.execute(SCAN, cursor, MATCH, pattern, COUNT, SCAN_COUNT);
            cursor = (byte[]) page.get(0);
            List<?> keys = (List<?>) page.get(1);
            if (!keys.isEmpty()) {
                byte[][] command = new byte[keys.size() + 1][];
                command[0] = UNLINK;
                for (int i = 0; i < keys.size(); i++) {
                    command[i + 1] = (byte[]) keys.get(i);
                }
                removed += (Long) this.client.execute(command);
            }
        }
        while (!(cursor.length == 1 && cursor[0] == '0'));
        return removed;
    }

    /**
     * Takes a lock if nobody holds it.
     * @param lock the lock's key
     * @param timeout when it expires if never released
     * @return the token that releases it, or {@code null} if someone else holds it
     */
    byte[] tryLock(byte[] lock, Duration timeout) {
        byte[] token = ascii(UUID.randomUUID().toString());
        Object reply = this.client.execute(SET, lock, token, NX, PX, ascii(timeout.toMillis()));
        return (reply != null) ? token : null;
    }

    /**
     * Releases a lock if it still holds the token: a holder whose lock expired and was
     * taken by another never releases the other's lock.
     * @param lock the lock's key
     * @param token what {@link #tryLock} returned
     */
    void unlock(byte[] lock, byte[] token) {
        try {
            this.client.execute(EVALSHA, RELEASE_SCRIPT_SHA, ONE, lock, token);
        }
        catch (RedisServerException ex) {
            if (!"NOSCRIPT".equals(ex.errorCode())) {
                throw ex;
            }
            this.client.execute(EVAL, RELEASE_SCRIPT_BYTES, ONE, lock, token);
        }
    }

    private static byte[] ascii(long number) {
        return ascii(Long.toString(number));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha1Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", ex);
        }
    }

}
