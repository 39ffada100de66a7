package io.redispool.sample;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.commands.string.SetOptions;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A fixed-window rate limiter shared by every instance of the application: each client
 * may make {@code sample.rate-limit.requests} requests per
 * {@code sample.rate-limit.window}.
 *
 * <p>
 * One counter per client and window, {@code sample:rate:<client>:<window number>},
 * created with {@code SET key 0 NX EX <2 windows>} so that it always expires, even if
 * this process dies between the two commands, then counted with INCR. The window's number
 * is part of the key, so a counter is never read after its window, whatever its TTL.
 */
@Component
public final class RateLimiter {

    private final RedisCommands<String, String> redis;

    private final int requests;

    private final Duration window;

    private final Clock clock;

    @Autowired
    public RateLimiter(RedisClient client, SampleProperties properties) {
        this(client, properties.rateLimit(), Clock.systemUTC());
    }

    RateLimiter(RedisClient client, SampleProperties.RateLimit limit, Clock clock) {
        if (limit.requests() < 1) {
            throw new IllegalArgumentException(
                    "'sample.rate-limit.requests' must be at least 1 but was " + limit.requests());
        }
        if (limit.window().toMillis() < 1000 || limit.window().toMillis() % 1000 != 0) {
            throw new IllegalArgumentException(
                    "'sample.rate-limit.window' must be whole seconds, at least 1s, but was " + limit.window());
        }
        this.redis = client.commands();
        this.requests = limit.requests();
        this.window = limit.window();
        this.clock = clock;
    }

    /**
     * Counts one request of a client and tells whether it is within the limit.
     * @param client who makes the request, already safe for a key
     * @return the decision, with what is left of the window
     */
    public Decision tryAcquire(String client) {
        long now = this.clock.millis();
        long windowMillis = this.window.toMillis();
        long windowNumber = now / windowMillis;
        String key = PageViews.PREFIX + "rate:" + client + ":" + windowNumber;
        this.redis.set(key, "0", SetOptions.none().ifAbsent().expireAfter(this.window.multipliedBy(2)));
        long count = this.redis.incr(key);
        long resetMillis = (windowNumber + 1) * windowMillis - now;
        return new Decision(count <= this.requests, this.requests, Math.max(0, this.requests - count),
                Duration.ofMillis(resetMillis));
    }

    /**
     * Whether a request may go ahead.
     *
     * @param allowed whether it is within the limit
     * @param limit requests allowed per window
     * @param remaining requests left in this window
     * @param reset time until the window ends
     */
    public record Decision(boolean allowed, int limit, long remaining, Duration reset) {

        /**
         * Seconds until the next window, rounded up, for {@code Retry-After}.
         * @return at least 1
         */
        public long resetSeconds() {
            return Math.max(1, (this.reset.toMillis() + 999) / 1000);
        }
    }

}
