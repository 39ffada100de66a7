package io.redispool.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;

/**
 * A small web application that counts page views, keeps a leaderboard and rate-limits its
 * clients with Redis, and caches a leaderboard summary there with {@code @Cacheable},
 * through nothing but the redis-pool starter; its pool shows on {@code /actuator/health},
 * {@code /actuator/metrics} and {@code /actuator/prometheus}, and {@code POST /load} (or
 * {@code --load}) drives it to saturation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

}
