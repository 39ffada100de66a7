package io.redispool.sample;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.command.ScoredValue;
import io.redispool.commands.string.SetOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * Page-view counters, unique visitors per day and a leaderboard of the most viewed pages.
 *
 * <p>
 * Keys, all under {@value #PREFIX}: {@code views:{<page>}} (INCR),
 * {@code uniques:{<page>}} (INCR once per visitor, remembered with
 * {@code SET seen:<page>:<visitor> 1 NX EX 86400}) and the sorted set {@code leaderboard}
 * (ZINCRBY, read with ZRANGE WITHSCORES).
 *
 * <p>
 * The page in braces is a hash tag: on a Redis Cluster a key's slot comes from the part
 * in braces alone, so a page's two counters share a slot and {@link #stats} reads both
 * with one MGET on one node, where untagged keys would be split into one command per
 * slot. The many {@code seen:} keys have no tag, so that they spread over the cluster.
 */
@Service
public final class PageViews {

    static final String PREFIX = "sample:";

    static final String LEADERBOARD = PREFIX + "leaderboard";

    private static final Duration UNIQUE_VISITOR_WINDOW = Duration.ofDays(1);

    private static final Pattern PAGE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final int MAX_LEADERBOARD = 100;

    private final RedisClient client;

    private final RedisCommands<String, String> redis;

    public PageViews(RedisClient client) {
        this.client = client;
        this.redis = client.commands();
    }

    /**
     * Counts one view of a page.
     * @param page the page, lower-case letters, digits and dashes
     * @param visitor who viewed it
     * @return the page's counts after this view
     */
    public PageView record(String page, String visitor) {
        requireValidPage(page);
        long views = this.redis.incr(viewsKey(page));
        // ZINCRBY has no typed method yet; any command runs through execute().
        this.client.execute("ZINCRBY", LEADERBOARD, "1", page);
        String seen = PREFIX + "seen:" + page + ":" + ClientIds.sanitize(visitor);
        boolean firstVisit = Boolean.TRUE
            .equals(this.redis.set(seen, "1", SetOptions.none().ifAbsent().expireAfter(UNIQUE_VISITOR_WINDOW)));
        String uniquesKey = uniquesKey(page);
        long uniques = firstVisit ? this.redis.incr(uniquesKey) : parse(this.redis.get(uniquesKey));
        return new PageView(page, views, uniques, firstVisit);
    }

    /**
     * Reads a page's counts.
     * @param page the page
     * @return its counts, zero for a page never viewed
     */
    public PageStats stats(String page) {
        requireValidPage(page);
        List<String> values = this.redis.mget(List.of(viewsKey(page), uniquesKey(page)));
        return new PageStats(page, parse(values.get(0)), parse(values.get(1)));
    }

    /**
     * Reads the most viewed pages.
     * @param limit how many, 1 to 100
     * @return the pages, most viewed first
     */
    public List<PageScore> top(int limit) {
        if (limit < 1 || limit > MAX_LEADERBOARD) {
            throw new IllegalArgumentException(
                    "'limit' must be between 1 and " + MAX_LEADERBOARD + " but was " + limit);
        }
        List<ScoredValue<String>> lowestFirst = this.redis.zrangeWithScores(LEADERBOARD, -limit, -1);
        List<PageScore> top = new ArrayList<>(lowestFirst.size());
        for (int i = lowestFirst.size() - 1; i >= 0; i--) {
            ScoredValue<String> entry = lowestFirst.get(i);
            top.add(new PageScore(entry.value(), (long) entry.score()));
        }
        return top;
    }

    static String viewsKey(String page) {
        return PREFIX + "views:{" + page + "}";
    }

    static String uniquesKey(String page) {
        return PREFIX + "uniques:{" + page + "}";
    }

    private static void requireValidPage(String page) {
        if (page == null || !PAGE.matcher(page).matches()) {
            throw new IllegalArgumentException(
                    "'page' must be 1 to 64 lower-case letters, digits or dashes but was '" + page + "'");
        }
    }

    private static long parse(String count) {
        return (count != null) ? Long.parseLong(count) : 0;
    }

    /**
     * A page's counts right after a view.
     *
     * @param page the page
     * @param views views ever
     * @param uniqueVisitors distinct visitors, each counted once a day
     * @param firstVisit whether this visitor had not viewed the page in the last day
     */
    public record PageView(String page, long views, long uniqueVisitors, boolean firstVisit) {
    }

    /**
     * A page's counts.
     *
     * @param page the page
     * @param views views ever
     * @param uniqueVisitors distinct visitors, each counted once a day
     */
    public record PageStats(String page, long views, long uniqueVisitors) {
    }

    /**
     * A leaderboard entry.
     *
     * @param page the page
     * @param views its views
     */
    public record PageScore(String page, long views) {
    }

}
