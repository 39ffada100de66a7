package io.redispool.sample;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.command.ScoredValue;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * A summary of the whole leaderboard: every page's views added up. It reads the entire
 * sorted set, so it is cached with {@code @Cacheable} in Redis, through the redis-pool
 * starter's cache manager, for {@code redis.pool.cache.time-to-live}; {@code sync = true}
 * makes a burst of requests, on every instance of the app, compute it once.
 *
 * <p>
 * Not final: {@code @Cacheable} works through a subclass proxy.
 */
@Service
public class LeaderboardReport {

    /**
     * The cache, named in {@code redis.pool.cache.cache-names} so that its meters exist
     * from the start.
     */
    public static final String CACHE = "leaderboard-summary";

    private final RedisCommands<String, String> redis;

    public LeaderboardReport(RedisClient client) {
        this.redis = client.commands();
    }

    /**
     * Adds up the leaderboard.
     * @return the summary, computed at most once per time-to-live across instances
     */
    @Cacheable(cacheNames = CACHE, sync = true)
    public Summary summary() {
        List<ScoredValue<String>> pages = this.redis.zrangeWithScores(PageViews.LEADERBOARD, 0, -1);
        long totalViews = 0;
        for (ScoredValue<String> page : pages) {
            totalViews += (long) page.score();
        }
        ScoredValue<String> top = pages.isEmpty() ? null : pages.get(pages.size() - 1);
        return new Summary(pages.size(), totalViews, (top != null) ? top.value() : null,
                (top != null) ? (long) top.score() : 0, Instant.now());
    }

    /**
     * The leaderboard in figures; serializable, since the cache stores it with Java
     * serialization.
     *
     * @param pages pages viewed at least once
     * @param totalViews views of all pages together
     * @param topPage the most viewed page, or {@code null} before the first view
     * @param topPageViews its views
     * @param computedAt when it was computed: the same on every response served from the
     * cache
     */
    public record Summary(long pages, long totalViews, String topPage, long topPageViews,
            Instant computedAt) implements Serializable {
    }

}
