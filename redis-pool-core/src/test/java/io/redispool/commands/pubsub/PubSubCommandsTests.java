package io.redispool.commands.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.commands.Commands;
import io.redispool.pubsub.Subscriber;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PUBLISH, SPUBLISH and the PUBSUB introspection commands against a real server, with a
 * subscriber to count.
 */
class PubSubCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(redis.server().url());
        this.commands = this.client.commands();
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void withoutSubscribersPublishReachesNobodyAndNothingIsActive() {
        assertThat(this.commands.publish("nobody", "hello")).isZero();
        assertThat(this.commands.spublish("nobody", "hello")).isZero();
        assertThat(this.commands.pubsubChannels()).isEmpty();
        assertThat(this.commands.pubsubShardchannels()).isEmpty();
        assertThat(this.commands.pubsubNumsub(List.of("nobody"))).containsExactly(java.util.Map.entry("nobody", 0L));
    }

    @Test
    void theIntrospectionCommandsSeeASubscribersChannelsPatternsAndShardChannels() throws InterruptedException {
        try (Subscriber<String, String> subscriber = this.client.subscriber((channel, message) -> {
        })) {
            subscriber.subscribe("news.eu", "news.us", "sport");
            subscriber.psubscribe("news.*");
            subscriber.ssubscribe("orders:{1}");
            assertThat(subscriber.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            assertThat(this.commands.pubsubChannels()).containsExactlyInAnyOrder("news.eu", "news.us", "sport");
            assertThat(this.commands.pubsubChannels("news.*")).containsExactlyInAnyOrder("news.eu", "news.us");
            assertThat(this.commands.pubsubNumsub(List.of("sport", "weather")))
                .containsExactly(java.util.Map.entry("sport", 1L), java.util.Map.entry("weather", 0L));
            assertThat(this.commands.pubsubNumpat()).isEqualTo(1);
            assertThat(this.commands.pubsubShardchannels()).containsExactly("orders:{1}");
            assertThat(this.commands.pubsubShardchannels("orders:*")).containsExactly("orders:{1}");
            assertThat(this.commands.pubsubShardnumsub(List.of("orders:{1}"))).containsEntry("orders:{1}", 1L);
            // The channel's subscriber and the pattern's both receive it.
            assertThat(this.commands.publish("news.eu", "x")).isEqualTo(2);
            assertThat(this.commands.spublish("orders:{1}", "y")).isEqualTo(1);
        }
    }

    @Test
    void numsubWithoutChannelsIsRefusedBeforeAnythingIsSent() {
        assertThatIllegalArgumentException().isThrownBy(() -> Commands.utf8().pubSub().pubsubNumsub(List.of()))
            .withMessage("PUBSUB NUMSUB needs at least one of 'keys' but got none");
    }

}
