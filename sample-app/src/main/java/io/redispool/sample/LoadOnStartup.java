package io.redispool.sample;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar redis-pool-sample-app.jar --load}: runs one load with the
 * {@code sample.load.*} settings as soon as the application is up, prints its summary,
 * and leaves the application running so that its metrics can be read.
 */
@Component
final class LoadOnStartup implements ApplicationRunner {

    private final LoadGenerator loadGenerator;

    private final SampleProperties.Load settings;

    LoadOnStartup(LoadGenerator loadGenerator, SampleProperties properties) {
        this.loadGenerator = loadGenerator;
        this.settings = properties.load();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("load")) {
            System.out.println(this.loadGenerator.run(this.settings.threads(), this.settings.duration()).summary());
        }
    }

}
