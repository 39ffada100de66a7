package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.codec.ByteArrayCodec;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.command.ScanResult;
import io.redispool.command.ScoredValue;
import io.redispool.commands.string.SetOptions;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every everyday command, the generic and binary paths and pipelines, against a real
 * server.
 */
class RedisClientTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(redis.server().url());
        this.commands = this.client.commands();
        this.commands.flushdb();
    }

    @AfterEach
    void closeClient() {
        assertAtRest(this.client.pool());
        this.client.close();
    }

    @Test
    void pingAndEchoAnswer() {
        assertThat(this.commands.ping()).isEqualTo("PONG");
        assertThat(this.commands.echo("héllo")).isEqualTo("héllo");
    }

    @Test
    void stringCommandsRoundTrip() {
        assertThat(this.commands.get("missing")).isNull();
        assertThat(this.commands.set("k", "v")).isTrue();
        assertThat(this.commands.get("k")).isEqualTo("v");
        assertThat(this.commands.set("k", "other", SetOptions.none().ifAbsent())).isFalse();
        assertThat(this.commands.set("absent", "x", SetOptions.none().ifPresent())).isFalse();
        assertThat(this.commands.set("k", "w", SetOptions.none().ifPresent().expireAfter(Duration.ofSeconds(100))))
            .isTrue();
        assertThat(this.commands.ttl("k")).isBetween(99L, 100L);
        assertThat(this.commands.set("p", "x", SetOptions.none().expireAfter(Duration.ofMillis(1500)))).isTrue();
        assertThat(this.commands.ttl("p")).isBetween(0L, 2L);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("a", "1");
        entries.put("b", "2");
        assertThat(this.commands.mset(entries)).isEqualTo("OK");
        assertThat(this.commands.mget(List.of("a", "missing", "b"))).containsExactly("1", null, "2");
        assertThat(this.commands.exists(List.of("a", "b", "missing"))).isEqualTo(2);
        assertThat(this.commands.del(List.of("a", "missing"))).isEqualTo(1);
        assertThat(this.commands.expire("b", Duration.ofSeconds(50))).isTrue();
        assertThat(this.commands.expire("missing", Duration.ofSeconds(50))).isFalse();
        assertThat(this.commands.ttl("missing")).isEqualTo(-2);
    }

    @Test
    void countersCount() {
        assertThat(this.commands.incr("n")).isEqualTo(1);
        assertThat(this.commands.incrby("n", 41)).isEqualTo(42);
        assertThat(this.commands.decr("n")).isEqualTo(41);
        assertThat(this.commands.incrby("n", Long.MAX_VALUE - 41)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void hashCommandsRoundTrip() {
        assertThat(this.commands.hset("h", "f1", "v1")).isEqualTo(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("f2", "v2");
        fields.put("f3", "v3");
        assertThat(this.commands.hset("h", fields)).isEqualTo(2);
        assertThat(this.commands.hget("h", "f2")).isEqualTo("v2");
        assertThat(this.commands.hget("h", "missing")).isNull();
        assertThat(this.commands.hgetall("h")).containsExactly(Map.entry("f1", "v1"), Map.entry("f2", "v2"),
                Map.entry("f3", "v3"));
        assertThat(this.commands.hdel("h", List.of("f1", "missing"))).isEqualTo(1);
        assertThat(this.commands.hgetall("missing")).isEmpty();
    }

    @Test
    void listCommandsRoundTrip() {
        assertThat(this.commands.rpush("l", List.of("b", "c"))).isEqualTo(2);
        assertThat(this.commands.lpush("l", List.of("a"))).isEqualTo(3);
        assertThat(this.commands.lrange("l", 0, -1)).containsExactly("a", "b", "c");
        assertThat(this.commands.lpop("l")).isEqualTo("a");
        assertThat(this.commands.rpop("l")).isEqualTo("c");
        assertThat(this.commands.lpop("missing")).isNull();
    }

    @Test
    void setCommandsRoundTrip() {
        assertThat(this.commands.sadd("s", List.of("x", "y", "x"))).isEqualTo(2);
        assertThat(this.commands.smembers("s")).containsExactlyInAnyOrder("x", "y");
        assertThat(this.commands.srem("s", List.of("x", "z"))).isEqualTo(1);
        assertThat(this.commands.smembers("missing")).isEmpty();
    }

    @Test
    void sortedSetCommandsRoundTrip() {
        assertThat(this.commands.zadd("z", 2.5, "b")).isEqualTo(1);
        assertThat(this.commands.zadd("z", List.of(new ScoredValue<>("a", 1), new ScoredValue<>("c", 3)))).isEqualTo(2);
        assertThat(this.commands.zrange("z", 0, -1)).containsExactly("a", "b", "c");
        assertThat(this.commands.zrangeWithScores("z", 0, 1)).containsExactly(new ScoredValue<>("a", 1.0),
                new ScoredValue<>("b", 2.5));
        assertThat(this.commands.zscore("z", "b")).isEqualTo(2.5);
        assertThat(this.commands.zscore("z", "missing")).isNull();
    }

    @Test
    void serverCommandsAnswer() {
        this.commands.set("a", "1");
        assertThat(this.commands.dbsize()).isEqualTo(1);
        assertThat(this.commands.info("server")).contains("redis_version:");
        assertThat(this.commands.info()).contains("# Clients");
        assertThat(this.commands.flushdb()).isEqualTo("OK");
        assertThat(this.commands.dbsize()).isZero();
    }

    @Test
    void scanVisitsEveryKeyOnce() {
        for (int i = 0; i < 250; i++) {
            this.commands.set("scan:" + i, "v");
        }
        this.commands.set("other", "v");
        List<String> seen = new ArrayList<>();
        String cursor = ScanResult.START;
        do {
            ScanResult<String> page = this.client.execute(this.commands.builders().keys().scan(cursor, "scan:*", 50));
            seen.addAll(page.items());
            cursor = page.cursor();
        }
        while (!cursor.equals(ScanResult.START));
        assertThat(seen).hasSize(250).doesNotHaveDuplicates().allMatch((key) -> key.startsWith("scan:"));
    }

    @Test
    void binaryKeysAndValuesHoldingCrlfAndRespRoundTripExactly() {
        RedisCommands<byte[], byte[]> binary = this.client.commands(ByteArrayCodec.INSTANCE);
        byte[] key = "key\r\n*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[256];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) i;
        }
        assertThat(binary.set(key, value)).isTrue();
        assertThat(binary.get(key)).isEqualTo(value);
        assertThat(this.commands.dbsize()).isEqualTo(1);
    }

    @Test
    void genericExecuteDecodesEveryReplyType() {
        assertThat(this.client.execute("SET", "g", "1")).isEqualTo("OK");
        assertThat(this.client.execute("INCR", "g")).isEqualTo(2L);
        assertThat(this.client.execute("GET", "g")).isEqualTo("2");
        assertThat(this.client.execute("GET", "missing")).isNull();
        this.client.execute("RPUSH", "gl", "a", "b");
        assertThat(this.client.execute("LRANGE", "gl", "0", "-1")).isEqualTo(List.of("a", "b"));
        assertThat(this.client.execute("get".getBytes(), "g".getBytes())).isEqualTo("2".getBytes());
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.client.execute(new String[0]))
            .withMessageContaining("'arguments'");
    }

    @Test
    void errorReplyThrowsServerExceptionAndKeepsConnectionPooled() {
        this.commands.lpush("list", List.of("x"));
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.get("list"))
            .withMessageStartingWith("WRONGTYPE")
            .satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("WRONGTYPE"));
        assertThat(this.commands.ping()).isEqualTo("PONG");
        assertThat(this.client.pool().stats().created()).isEqualTo(1);
        assertThat(this.client.pool().stats().closed()).isZero();
    }

    @Test
    void pipelineReturnsEachReplyInOrderWithItsOwnError() {
        Commands<String, String> builders = this.commands.builders();
        this.commands.lpush("list", List.of("x"));
        Pipeline pipeline = this.client.pipeline();
        List<Response<Long>> counts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            counts.add(pipeline.add(builders.strings().incr("counter")));
        }
        Response<String> wrongType = pipeline.add(builders.strings().get("list"));
        Response<Boolean> set = pipeline.add(builders.strings().set("after", "error"));
        Response<String> get = pipeline.add(builders.strings().get("after"));
        assertThat(pipeline.size()).isEqualTo(103);
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(get::get).withMessageContaining("sync()");
        pipeline.sync();
        assertThat(pipeline.size()).isZero();
        for (int i = 0; i < counts.size(); i++) {
            assertThat(counts.get(i).get()).isEqualTo(i + 1);
        }
        assertThat(wrongType.hasReply()).isTrue();
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(wrongType::get)
            .withMessageStartingWith("WRONGTYPE");
        assertThat(set.get()).isTrue();
        assertThat(get.get()).isEqualTo("error");
        assertThat(this.client.pool().stats().created()).isEqualTo(1);
    }

    @Test
    void listenerHearsCommandsWithTheirOutcome() {
        io.redispool.pool.RecordingListener listener = new io.redispool.pool.RecordingListener();
        this.client.pool().addListener(listener);
        this.commands.set("k", "v");
        this.commands.lpush("list", List.of("x"));
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.get("list"));
        this.client.execute("ping");
        assertThat(listener.commands).containsExactly("SET:SUCCESS", "LPUSH:SUCCESS", "GET:ERROR", "PING:SUCCESS");
    }

    @Test
    void toStringNamesPoolAndEndpointOnly() {
        assertThat(this.client).hasToString("RedisClient[redis-pool -> 127.0.0.1:" + redis.server().port() + "]");
    }

}
