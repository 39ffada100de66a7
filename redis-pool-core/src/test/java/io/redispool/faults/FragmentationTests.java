package io.redispool.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisCommands;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replies written in slices of 1 to 3 bytes arrive intact, however large or deeply
 * nested, and binary keys and values that hold CRLF and RESP fragments are data, never
 * commands.
 */
class FragmentationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final long SEED = 20_230_328L;

    private DirectClient direct;

    @BeforeEach
    void connectDirectly() {
        this.direct = DirectClient.fresh(redis.server());
    }

    @AfterEach
    void disconnectDirectly() {
        this.direct.close();
    }

    @Test
    void megabyteReplyWrittenInOneToThreeByteSlicesArrivesIntact() {
        byte[] value = new byte[1024 * 1024];
        new Random(SEED).nextBytes(value);
        byte[] key = "large".getBytes(StandardCharsets.US_ASCII);
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.socketTimeout(Duration.ofSeconds(10)))) {
            RedisCommands<byte[], byte[]> binary = proxied.client().commands(ByteArrayCodec.INSTANCE);
            assertThat(binary.set(key, value)).isTrue();
            proxied.proxy().slice(Direction.TO_CLIENT, SEED);
            long writesBefore = proxied.proxy().writes(Direction.TO_CLIENT);
            assertThat(binary.get(key)).isEqualTo(value);
            assertThat(proxied.proxy().writes(Direction.TO_CLIENT) - writesBefore).isGreaterThan(value.length / 3);
            proxied.assertSettled();
        }
    }

    @Test
    void nestedRepliesWrittenInOneToThreeByteSlicesArriveIntact() {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (config) -> config)) {
            proxied.proxy().slice(Direction.TO_CLIENT, SEED).slice(Direction.TO_SERVER, SEED + 1);
            Object nested = proxied.client()
                .execute("EVAL", "return {1, {'two', {-3, {'four\\r\\n*1\\r\\n', {}}}},"
                        + " false, {'$-1\\r\\n', {5, {6, {7, {8, {9}}}}}}}", "0");
            // Lua's false comes back as a nil bulk string.
            assertThat(nested)
                .isEqualTo(Arrays.asList(1L, List.of("two", List.of(-3L, List.of("four\r\n*1\r\n", List.of()))), null,
                        List.of("$-1\r\n", List.of(5L, List.of(6L, List.of(7L, List.of(8L, List.of(9L))))))));
            Commands<String, String> builders = proxied.commands().builders();
            Pipeline pipeline = proxied.client().pipeline();
            List<Response<Long>> pushes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                pushes.add(pipeline.add(builders.lists().rpush("list", List.of("item-" + i, "\r\n:" + i + "\r\n"))));
            }
            Response<List<String>> range = pipeline.add(builders.lists().lrange("list", 0, -1));
            pipeline.sync();
            for (int i = 0; i < 50; i++) {
                assertThat(pushes.get(i).get()).isEqualTo(2L * (i + 1));
            }
            assertThat(range.get()).hasSize(100).startsWith("item-0", "\r\n:0\r\n").endsWith("item-49", "\r\n:49\r\n");
            proxied.assertSettled();
        }
    }

    @Test
    void binaryKeysHoldingCrlfAndRespFragmentsRoundTripExactlyAndRunNothingElse() {
        List<byte[]> keys = List.of(bytes("\r\n"), bytes("*1\r\n$8\r\nFLUSHALL\r\n"), bytes("$-1\r\n"), bytes(":1\r\n"),
                bytes("+OK\r\n-ERR injected\r\n"), bytes("*3\r\n$3\r\nSET\r\n$1\r\nx\r\n$1\r\ny\r\n"), bytes("\n"),
                bytes("\r"), new byte[] { 0 }, everyByte());
        this.direct.commands().set("sentinel", "survives");
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (config) -> config)) {
            proxied.proxy().slice(Direction.TO_SERVER, SEED).slice(Direction.TO_CLIENT, SEED);
            RedisCommands<byte[], byte[]> binary = proxied.client().commands(ByteArrayCodec.INSTANCE);
            for (byte[] key : keys) {
                binary.set(key, reversed(key));
            }
            for (byte[] key : keys) {
                assertThat(binary.get(key)).isEqualTo(reversed(key));
            }
            proxied.assertSettled();
        }
        assertThat(this.direct.commands().dbsize()).isEqualTo(keys.size() + 1);
        assertThat(this.direct.commands().get("sentinel")).isEqualTo("survives");
        assertThat(this.direct.commands().get("x")).isNull();
        assertThat(this.direct.calls("set")).isEqualTo(keys.size() + 1);
        assertThat(this.direct.calls("get")).isEqualTo(keys.size() + 2);
        assertThat(this.direct.calls("flushall")).isZero();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] everyByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    private static byte[] reversed(byte[] key) {
        byte[] value = Arrays.copyOf(key, key.length + 1);
        for (int i = 0; i < key.length; i++) {
            value[i] = key[key.length - 1 - i];
        }
        value[key.length] = '\n';
        return value;
    }

}
