package io.redispool.spring.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.convert.DurationUnit;

/**
 * TCP keepalive timings; each needs {@code socket-keepalive} and takes whole seconds.
 */
public class RedisPoolKeepaliveProperties {

    /**
     * Idle time before the first keepalive probe (TCP_KEEPIDLE), in seconds when no unit
     * is given.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration idle;

    /**
     * Time between keepalive probes (TCP_KEEPINTVL), in seconds when no unit is given.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration interval;

    /**
     * Number of unanswered keepalive probes before the connection is dropped
     * (TCP_KEEPCNT).
     */
    private Integer count;

    public Duration getIdle() {
        return this.idle;
    }

    public void setIdle(Duration idle) {
        this.idle = idle;
    }

    public Duration getInterval() {
        return this.interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    public Integer getCount() {
        return this.count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

}
