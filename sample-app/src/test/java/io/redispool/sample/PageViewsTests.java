package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.RedisClient;
import io.redispool.testing.RedisServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PageViewsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private PageViews pageViews;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(redis.server().url());
        this.client.commands().flushdb();
        this.pageViews = new PageViews(this.client);
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void everyViewCountsAndEachVisitorCountsOnce() {
        assertThat(this.pageViews.record("home", "alice")).isEqualTo(new PageViews.PageView("home", 1, 1, true));
        assertThat(this.pageViews.record("home", "alice")).isEqualTo(new PageViews.PageView("home", 2, 1, false));
        assertThat(this.pageViews.record("home", "bob")).isEqualTo(new PageViews.PageView("home", 3, 2, true));
        assertThat(this.pageViews.stats("home")).isEqualTo(new PageViews.PageStats("home", 3, 2));
    }

    @Test
    void visitorIsRememberedForADay() {
        this.pageViews.record("home", "alice");
        assertThat(this.client.commands().ttl("sample:seen:home:alice")).isBetween(86_000L, 86_400L);
    }

    @Test
    void pageNeverViewedHasZeroCounts() {
        assertThat(this.pageViews.stats("nowhere")).isEqualTo(new PageViews.PageStats("nowhere", 0, 0));
    }

    @Test
    void leaderboardListsMostViewedFirstUpToTheLimit() {
        view("pricing", 3);
        view("home", 5);
        view("about", 1);
        assertThat(this.pageViews.top(2)).containsExactly(new PageViews.PageScore("home", 5),
                new PageViews.PageScore("pricing", 3));
        assertThat(this.pageViews.top(10)).hasSize(3);
    }

    @Test
    void pageNameThatCouldNotBeAKeyPartIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.pageViews.record("home:*", "alice"))
            .withMessageContaining("'page' must be 1 to 64 lower-case letters, digits or dashes but was 'home:*'");
    }

    @Test
    void leaderboardLimitOutOfRangeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.pageViews.top(0))
            .withMessage("'limit' must be between 1 and 100 but was 0");
    }

    private void view(String page, int times) {
        for (int i = 0; i < times; i++) {
            this.pageViews.record(page, "visitor-" + i);
        }
    }

}
