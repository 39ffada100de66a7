package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.codec.ByteArrayCodec;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pipeline decodes bulk string replies where the reader holds them: values of every
 * size, over both protocols, land in their own responses, and one value that does not
 * decode fails only its own response while the connection stays in use.
 */
class PipelineDecodingTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    @BeforeEach
    void flush() {
        try (RedisClient admin = RedisClient.create(redis.server().url())) {
            admin.commands().flushdb();
        }
    }

    @AfterEach
    void closeClient() {
        assertAtRest(this.client.pool());
        this.client.close();
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 3 })
    void valuesOfEverySizeComeBackInTheirOwnResponses(int protocol) {
        this.client = RedisClient.create(redis.server().url() + "?protocol=" + protocol);
        RedisCommands<String, String> commands = this.client.commands();
        // Sizes around the reader's 8 KiB buffer, and many small values so that some
        // straddle a buffer boundary.
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int size = (i % 50 == 0) ? 8 * 1024 + i : i % 37;
            values.add(("v" + i + ":" + "\u00e9".repeat(size)).substring(0, Math.max(3, size)));
        }
        for (int i = 0; i < values.size(); i++) {
            commands.set("key:" + i, values.get(i));
        }
        Commands<String, String> builders = commands.builders();
        Pipeline pipeline = this.client.pipeline();
        List<Response<String>> gets = new ArrayList<>();
        List<Response<Long>> lengths = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            gets.add(pipeline.add(builders.strings().get("key:" + i)));
            lengths.add(pipeline.add(builders.strings().strlen("key:" + i)));
        }
        Response<String> missing = pipeline.add(builders.strings().get("missing"));

        pipeline.sync();

        for (int i = 0; i < values.size(); i++) {
            assertThat(gets.get(i).hasReply()).isTrue();
            assertThat(gets.get(i).get()).isEqualTo(values.get(i));
            assertThat(lengths.get(i).get()).isEqualTo(values.get(i).getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(missing.get()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 3 })
    void aValueThatDoesNotDecodeFailsItsOwnResponseOnly(int protocol) {
        this.client = RedisClient.create(redis.server().url() + "?protocol=" + protocol);
        this.client.commands(ByteArrayCodec.INSTANCE).set(bytes("binary"), new byte[] { (byte) 0xc3, 0x28 });
        RedisCommands<String, String> commands = this.client.commands();
        commands.set("before", "one");
        commands.set("after", "two");
        Commands<String, String> builders = commands.builders();
        Pipeline pipeline = this.client.pipeline();
        Response<String> before = pipeline.add(builders.strings().get("before"));
        Response<String> binary = pipeline.add(builders.strings().get("binary"));
        Response<String> after = pipeline.add(builders.strings().get("after"));

        pipeline.sync();

        assertThat(before.get()).isEqualTo("one");
        assertThat(binary.hasReply()).isTrue();
        assertThatExceptionOfType(RedisCodecException.class).isThrownBy(binary::get)
            .withMessageContaining("2 bytes is not valid UTF-8")
            .withMessageContaining("ByteArrayCodec");
        assertThat(after.get()).isEqualTo("two");
        assertThat(commands.get("after")).isEqualTo("two");
        assertThat(this.client.pool().stats().created()).isEqualTo(1);
        assertThat(this.client.pool().stats().closed()).isZero();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
