package io.redispool.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Lists what there is to try, with full URLs, for whoever opens the root page.
 */
@RestController
final class IndexController {

    @GetMapping("/")
    Map<String, String> index() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("record a view", "POST " + base + "/pages/home/views");
        links.put("a page's counts", "GET " + base + "/pages/home");
        links.put("leaderboard", "GET " + base + "/leaderboard?limit=10");
        links.put("leaderboard summary, cached in Redis", "GET " + base + "/leaderboard/summary");
        links.put("load run", "POST " + base + "/load?threads=64&seconds=10");
        links.put("health", "GET " + base + "/actuator/health");
        links.put("metrics", "GET " + base + "/actuator/metrics/redis.pool.connections.in.use");
        links.put("prometheus", "GET " + base + "/actuator/prometheus");
        return links;
    }

}
