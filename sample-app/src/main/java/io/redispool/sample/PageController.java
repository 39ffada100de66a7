package io.redispool.sample;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page-view endpoints: record a view, read a page's counts, read the leaderboard and
 * its cached summary.
 */
@RestController
final class PageController {

    private final PageViews pageViews;

    private final LeaderboardReport leaderboardReport;

    PageController(PageViews pageViews, LeaderboardReport leaderboardReport) {
        this.pageViews = pageViews;
        this.leaderboardReport = leaderboardReport;
    }

    @PostMapping("/pages/{page}/views")
    PageViews.PageView recordView(@PathVariable String page, HttpServletRequest request) {
        return this.pageViews.record(page, ClientIds.of(request));
    }

    @GetMapping("/pages/{page}")
    PageViews.PageStats stats(@PathVariable String page) {
        return this.pageViews.stats(page);
    }

    @GetMapping("/leaderboard")
    List<PageViews.PageScore> leaderboard(@RequestParam(defaultValue = "10") int limit) {
        return this.pageViews.top(limit);
    }

    @GetMapping("/leaderboard/summary")
    LeaderboardReport.Summary leaderboardSummary() {
        return this.leaderboardReport.summary();
    }

}
