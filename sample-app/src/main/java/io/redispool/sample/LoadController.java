package io.redispool.sample;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /load?threads=64&seconds=10}: runs a load, answers with its report when it
 * ends, and logs its summary.
 */
@RestController
final class LoadController {

    private static final Log logger = LogFactory.getLog(LoadController.class);

    private final LoadGenerator loadGenerator;

    private final SampleProperties.Load defaults;

    LoadController(LoadGenerator loadGenerator, SampleProperties properties) {
        this.loadGenerator = loadGenerator;
        this.defaults = properties.load();
    }

    @PostMapping("/load")
    LoadReport load(@RequestParam(required = false) Integer threads, @RequestParam(required = false) Integer seconds) {
        int callers = (threads != null) ? threads : this.defaults.threads();
        Duration duration = (seconds != null) ? Duration.ofSeconds(seconds) : this.defaults.duration();
        LoadReport report = this.loadGenerator.run(callers, duration);
        logger.info(report.summary());
        return report;
    }

}
