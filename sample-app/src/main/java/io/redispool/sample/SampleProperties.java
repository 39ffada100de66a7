package io.redispool.sample;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample's own settings, bound from {@code sample.*}.
 *
 * @param rateLimit how many page views each client may record per window
 * @param load the load generator's defaults, for {@code --load} and {@code POST /load}
 */
@ConfigurationProperties("sample")
public record SampleProperties(@DefaultValue RateLimit rateLimit, @DefaultValue Load load) {

    /**
     * A fixed-window rate limit.
     *
     * @param requests requests allowed per client and window
     * @param window the window's length, whole seconds
     */
    public record RateLimit(@DefaultValue("30") int requests, @DefaultValue("10s") Duration window) {
    }

    /**
     * The load generator's defaults.
     *
     * @param threads concurrent callers
     * @param duration how long they call
     */
    public record Load(@DefaultValue("64") int threads, @DefaultValue("10s") Duration duration) {
    }
}
