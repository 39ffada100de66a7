package io.redispool.benchmarks.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.benchmarks.client.ClusterPipelineBenchmark;
import io.redispool.testing.RedisClusterExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the cluster pipeline benchmark's setup and each benchmark method once per client
 * on one local 3-master cluster, so that it cannot rot, and shows that its check catches
 * a client that does not pipeline or misplaces replies.
 */
class ClusterPipelineBenchmarkTests {

    @RegisterExtension
    static final RedisClusterExtension redis = RedisClusterExtension.create((builder) -> builder.masters(3));

    @ParameterizedTest
    @ValueSource(strings = { "redis-pool", "jedis", "jedis-executor", "lettuce" })
    void everyClientPassesTheCheckAndRunsGetAndSetPipelines(String client) {
        ClusterPipelineBenchmark benchmark = new ClusterPipelineBenchmark();
        benchmark.client = client;
        benchmark.depth = 16;
        benchmark.nodes = String.join(",", redis.cluster().nodeAddresses());
        benchmark.connect();
        try {
            List<String> values = benchmark.get();
            List<Boolean> acknowledged = benchmark.set();

            assertThat(values).hasSize(16).allSatisfy((value) -> assertThat(value).hasSize(KeySpread.VALUE_LENGTH));
            assertThat(values).doesNotHaveDuplicates();
            assertThat(acknowledged).hasSize(16).containsOnly(true);
        }
        finally {
            benchmark.close();
        }
    }

    @Test
    void checkRefusesAClientThatSendsOneCommandAtATime() {
        List<String> seeds = redis.cluster().nodeAddresses();
        try (ClusterPipelineClient oneAtATime = new OneCommandAtATime(seeds, false)) {
            assertThatIllegalStateException()
                .isThrownBy(() -> PipelineCheck.verify("one-at-a-time", oneAtATime, seeds.get(0), new KeySpread(16)))
                .withMessageContaining("sends a command at a time");
        }
    }

    @Test
    void checkRefusesAClientThatMisplacesReplies() {
        List<String> seeds = redis.cluster().nodeAddresses();
        try (ClusterPipelineClient reversed = new OneCommandAtATime(seeds, true)) {
            assertThatIllegalStateException()
                .isThrownBy(() -> PipelineCheck.verify("reversed", reversed, seeds.get(0), new KeySpread(16)))
                .withMessageContaining("but they hold");
        }
    }

    @Test
    void keySpreadCutsEveryKeyIntoBatchesOfTheDepthWithAValueOfItsOwn() {
        KeySpread spread = new KeySpread(100);

        assertThat(spread.batches()).isEqualTo(KeySpread.KEYS / 100);
        assertThat(spread.keys(3)).hasSize(100).startsWith("bench:pipeline:300").endsWith("bench:pipeline:399");
        assertThat(spread.values(3).get(0)).startsWith("value:300:").hasSize(KeySpread.VALUE_LENGTH);
    }

    /**
     * A client that sends GETs and SETs one by one, without a pipeline, and may put the
     * values in reverse order: what the check must catch.
     */
    private static final class OneCommandAtATime implements ClusterPipelineClient {

        private final RedisClient client;

        private final boolean reverse;

        OneCommandAtATime(List<String> seeds, boolean reverse) {
            this.client = RedisClient.create(RedisClientConfig.builder().clusterNodes(seeds).build());
            this.reverse = reverse;
        }

        @Override
        public String get(String key) {
            return this.client.commands().get(key);
        }

        @Override
        public boolean set(String key, String value) {
            return this.client.commands().set(key, value);
        }

        @Override
        public List<String> getAll(List<String> keys) {
            List<String> values = new ArrayList<>();
            for (String key : keys) {
                values.add(this.reverse ? 0 : values.size(), get(key));
            }
            return values;
        }

        @Override
        public List<Boolean> setAll(List<String> keys, List<String> values) {
            List<Boolean> acknowledged = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                acknowledged.add(set(keys.get(i), values.get(i)));
            }
            return acknowledged;
        }

        @Override
        public void close() {
            this.client.close();
        }

    }

}
