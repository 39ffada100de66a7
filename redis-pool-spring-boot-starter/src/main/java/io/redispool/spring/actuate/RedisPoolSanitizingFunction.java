package io.redispool.spring.actuate;

import io.redispool.RedisUrl;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks redis-pool's credentials in the {@code configprops} and {@code env} endpoints,
 * even with {@code show-values=always}: {@code redis.pool.password} and
 * {@code redis.pool.sentinel.password} entirely, and the user info of
 * {@code redis.pool.url} ({@code redis://****@host:6379}), so the rest of the URL stays
 * readable.
 *
 * <p>
 * Matches the property in any relaxed form, such as {@code REDIS_POOL_PASSWORD}.
 */
public final class RedisPoolSanitizingFunction implements SanitizingFunction {

    private static final String PASSWORD = "redis.pool.password";

    private static final String URL = "redis.pool.url";

    private static final String SENTINEL_PASSWORD = "redis.pool.sentinel.password";

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (data.getValue() == null) {
            return data;
        }
        String key = canonical(data.getKey());
        if (key.equals(PASSWORD) || key.equals(SENTINEL_PASSWORD)) {
            return data.withSanitizedValue();
        }
        if (key.equals(URL)) {
            return data.withValue(RedisUrl.mask(String.valueOf(data.getValue())));
        }
        return data;
    }

    private static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
    }

}
