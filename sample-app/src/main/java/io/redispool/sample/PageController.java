package io.redispool.sample;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page-view endpoints: record a view, read a page's counts, read the leaderboard.
 */
@RestController
final class PageController {

    private final PageViews pageViews;

    PageController(PageViews pageViews) {
        this.pageViews = pageViews;
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
}
