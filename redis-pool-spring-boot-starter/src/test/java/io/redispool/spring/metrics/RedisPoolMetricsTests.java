package io.redispool.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.sun.management.ThreadMXBean;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisPoolMetricsTests {

    private final RedisClient client = RedisClient.create(RedisClientConfig.builder().maxConnections(5).build());

    private final ListeningPool pool = new ListeningPool(this.client.pool());

    private final MeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        this.client.close();
    }

    private RedisPoolMetrics metrics(Iterable<io.micrometer.core.instrument.Tag> tags, int maxCommandTags) {
        return new RedisPoolMetrics(this.pool, "cache", tags, maxCommandTags);
    }

    @Test
    void commandTagIsBoundedAndTheRestShareOther() {
        metrics(Tags.empty(), 2).bindTo(this.registry);
        PoolListener listener = this.pool.listener();
        listener.commandCompleted("GET", 1_000, CommandOutcome.SUCCESS);
        listener.commandCompleted("SET", 1_000, CommandOutcome.SUCCESS);
        listener.commandCompleted("HGET", 1_000, CommandOutcome.SUCCESS);
        listener.commandCompleted("HSET", 1_000, CommandOutcome.SUCCESS);
        listener.commandCompleted("GET", 1_000, CommandOutcome.SUCCESS);
        assertThat(count("GET")).isEqualTo(2);
        assertThat(count("SET")).isEqualTo(1);
        assertThat(count(MicrometerPoolListener.OTHER)).isEqualTo(2);
        assertThat(this.registry.find("redis.pool.commands").tag("command", "HGET").timer()).isNull();
    }

    @Test
    void namesThatDoNotLookLikeCommandsAreTaggedOther() {
        metrics(Tags.empty(), RedisPoolMetrics.DEFAULT_MAX_COMMAND_TAGS).bindTo(this.registry);
        PoolListener listener = this.pool.listener();
        listener.commandCompleted("GET USER:42", 1_000, CommandOutcome.ERROR);
        listener.commandCompleted("X".repeat(33), 1_000, CommandOutcome.ERROR);
        listener.commandCompleted("", 1_000, CommandOutcome.ERROR);
        listener.commandCompleted("JSON.GET", 1_000, CommandOutcome.SUCCESS);
        assertThatNoException().isThrownBy(() -> listener.commandCompleted(null, 1_000, CommandOutcome.ERROR));
        assertThat(this.registry.get("redis.pool.commands")
            .tag("command", "OTHER")
            .tag("outcome", "error")
            .timer()
            .count()).isEqualTo(4);
        assertThat(count("JSON.GET")).isEqualTo(1);
    }

    @Test
    void bindingTheSameRegistryTwiceRecordsEachEventOnce() {
        RedisPoolMetrics metrics = metrics(Tags.of("region", "eu"), RedisPoolMetrics.DEFAULT_MAX_COMMAND_TAGS);
        metrics.bindTo(this.registry);
        metrics.bindTo(this.registry);
        this.pool.listener().commandCompleted("GET", 1_000, CommandOutcome.SUCCESS);
        assertThat(this.registry.get("redis.pool.commands").tag("region", "eu").timer().count()).isEqualTo(1);
    }

    @Test
    void timersRecordTheListenersNanoseconds() {
        metrics(Tags.empty(), RedisPoolMetrics.DEFAULT_MAX_COMMAND_TAGS).bindTo(this.registry);
        PoolListener listener = this.pool.listener();
        listener.connectionCreated(3_000_000);
        listener.connectionBorrowed(2_000_000);
        listener.connectionReleased(5_000_000);
        assertThat(this.registry.get("redis.pool.connections.creation").timer().totalTime(TimeUnit.MILLISECONDS))
            .isEqualTo(3.0);
        assertThat(this.registry.get("redis.pool.acquire").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2.0);
        assertThat(this.registry.get("redis.pool.connections.usage").timer().totalTime(TimeUnit.MILLISECONDS))
            .isEqualTo(5.0);
    }

    @Test
    void recordingAKnownCommandAllocatesNothingOnTheHotPath() {
        metrics(Tags.empty(), RedisPoolMetrics.DEFAULT_MAX_COMMAND_TAGS).bindTo(this.registry);
        PoolListener listener = this.pool.listener();
        String[] commands = { "GET", "SET", "INCR", "HGET" };
        for (int i = 0; i < 20_000; i++) {
            listener.commandCompleted(commands[i & 3], i, CommandOutcome.SUCCESS);
            listener.connectionBorrowed(i);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(threadId);
        for (int i = 0; i < 100_000; i++) {
            listener.commandCompleted(commands[i & 3], i, CommandOutcome.SUCCESS);
            listener.connectionBorrowed(i);
        }
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;
        // 200,000 events; a single allocation per event would be several megabytes.
        assertThat(allocated).isLessThan(200_000);
    }

    private long count(String command) {
        return this.registry.get("redis.pool.commands").tag("pool", "cache").tag("command", command).timer().count();
    }

}
