package io.redispool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redispool.FakeRedisServer.Action;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.Commands;
import io.redispool.connection.Connection;
import io.redispool.connection.SocketConnectionFactory;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.PushReply;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RESP3 on the wire: HELLO 3 in the handshake against a real server, its refusals, and
 * push frames that arrive ahead of a reply and must never be taken for it.
 */
class Resp3ConnectionTests {

    private static final String PASSWORD = "s3cret-pa55";

    @RegisterExtension
    static final RedisServerExtension secured = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", PASSWORD)
            .setting("user", "app", "on", ">app-pa55", "~*", "+@all"));

    private static RedisClientConfig.Builder config() {
        return RedisClientConfig.builder()
            .host(secured.server().host())
            .port(secured.server().port())
            .protocol(3)
            .maxConnections(2);
    }

    @Test
    void helloAuthenticatesAnAclUserNamesTheClientAndSelectsTheDatabase() {
        try (RedisClient client = RedisClient
            .create(config().username("app").password("app-pa55").clientName("orders-api").database(2).build())) {
            String info = client.execute("CLIENT", "INFO").toString();
            assertThat(info).contains("resp=3", "db=2", "name=orders-api", "user=app");
            assertThat(client.execute("ACL", "WHOAMI")).isEqualTo("app");
        }
    }

    @Test
    void protocolFromTheUrlSpeaksResp3AndTheDefaultStaysResp2() {
        String url = "redis://:" + PASSWORD + "@127.0.0.1:" + secured.server().port();
        try (RedisClient resp3 = RedisClient.create(url + "?protocol=3"); RedisClient resp2 = RedisClient.create(url)) {
            assertThat(resp3.execute("CLIENT", "INFO").toString()).contains("resp=3");
            assertThat(resp2.execute("CLIENT", "INFO").toString()).contains("resp=2");
            assertThat(resp3.config().connection().protocol()).isEqualTo(3);
            assertThat(resp2.config().connection().protocol()).isEqualTo(2);
        }
    }

    @Test
    void aWrongPasswordInHelloIsAnAuthenticationErrorThatNeverShowsThePassword() {
        try (RedisClient client = RedisClient.create(config().password("wrong-" + PASSWORD).build())) {
            Throwable thrown = catchThrowable(() -> client.commands().ping());
            assertThat(thrown).isInstanceOf(RedisAuthenticationException.class)
                .hasMessageContaining("Authentication as user 'default' failed")
                .hasMessageContaining("check 'username' and 'password'")
                .hasMessageNotContaining(PASSWORD);
            assertThat(String.valueOf(client.config())).doesNotContain(PASSWORD);
        }
    }

    @Test
    void helloWithoutCredentialsOnAServerThatNeedsThemAsksForThePassword() {
        try (RedisClient client = RedisClient.create(config().build())) {
            assertThatExceptionOfType(RedisAuthenticationException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("requires authentication; set 'password'");
        }
    }

    @Test
    void aServerThatRefusesResp3IsATypedErrorNamingTheSettingAndNothingElseIsSent() throws IOException {
        for (String refusal : List.of("-NOPROTO sorry, this protocol version is not supported\r\n",
                "-ERR unknown command 'HELLO', with args beginning with: '3'\r\n")) {
            try (FakeRedisServer server = new FakeRedisServer((index, command) -> Action.reply(refusal));
                    RedisClient client = RedisClient.create(RedisClientConfig.builder()
                        .port(server.port())
                        .host("127.0.0.1")
                        .protocol(3)
                        .password(PASSWORD)
                        .retryAttempts(0)
                        .build())) {
                Throwable thrown = catchThrowable(() -> client.commands().ping());
                assertThat(thrown).isInstanceOf(RedisProtocolVersionException.class)
                    .hasMessageContaining("does not speak RESP3 (HELLO 3 was refused); set 'protocol' to 2")
                    .hasMessageNotContaining(PASSWORD);
                assertThat(server.received()).extracting((command) -> command.get(0)).containsOnly("HELLO");
            }
        }
    }

    @Test
    void aBadProtocolIsRefusedWhenTheConfigIsBuilt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> RedisClientConfig.builder().protocol(4).build())
            .withMessage("'protocol' must be 2 (RESP2) or 3 (RESP3) but was 4");
    }

    @Test
    void pushFramesAheadOfAReplyGoToTheHandlerAndTheReplyToItsCaller() throws IOException {
        String push = ">2\r\n$10\r\ninvalidate\r\n*1\r\n$3\r\nkey\r\n";
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> switch (command.get(0)) {
            case "HELLO" -> Action.reply("%1\r\n$5\r\nproto\r\n:3\r\n");
            case "GET" -> Action.reply(push + push + "$5\r\nfresh\r\n");
            default -> Action.reply(push + "+PONG\r\n");
        });
                RedisClient client = RedisClient.create(RedisClientConfig.builder()
                    .host("127.0.0.1")
                    .port(server.port())
                    .protocol(3)
                    .maxConnections(1)
                    .build())) {
            // Pooled connections have no handler: the pushes are dropped, never returned.
            assertThat(client.commands().get("key")).isEqualTo("fresh");
            assertThat(client.commands().ping()).isEqualTo("PONG");
            assertThat(client.commands().get("key")).isEqualTo("fresh");

            Connection connection = new SocketConnectionFactory(client.config().connection()).connect();
            List<PushReply> pushes = new CopyOnWriteArrayList<>();
            connection.onPush(pushes::add);
            assertThat(connection.execute(Commands.utf8().strings().get("key"))).isEqualTo("fresh");
            assertThat(pushes).hasSize(2).allSatisfy((each) -> assertThat(each.kind()).isEqualTo("invalidate"));
            connection.disconnect();
        }
    }

    @Test
    void invalidationsFromClientTrackingArriveBetweenRepliesAndNeverReplaceThem() {
        try (RedisClient writer = RedisClient.create(config().password(PASSWORD).build())) {
            Connection tracked = new SocketConnectionFactory(config().password(PASSWORD).build().connection())
                .connect();
            List<String> invalidated = new CopyOnWriteArrayList<>();
            tracked.onPush((push) -> {
                assertThat(push.kind()).isEqualTo("invalidate");
                for (RespReply key : ReplyDecoders.elements(push.elements().get(1))) {
                    invalidated.add(new String(ReplyDecoders.bulk(key), StandardCharsets.UTF_8));
                }
            });
            try {
                tracked.execute(Commands.utf8().strings().get("warm-up"));
                tracked.send(new byte[][] { bytes("CLIENT"), bytes("TRACKING"), bytes("ON") });
                assertThat(tracked.read()).isEqualTo(RespReply.SimpleString.OK);
                int rounds = 300;
                for (int i = 0; i < rounds; i++) {
                    writer.commands().set("key:" + i, "v" + i);
                    // Read (and so track) the key, then let another client change it: the
                    // invalidation comes ahead of the next reply on this connection.
                    assertThat(tracked.execute(Commands.utf8().strings().get("key:" + i))).isEqualTo("v" + i);
                    writer.commands().set("key:" + i, "changed");
                    assertThat(tracked.execute(Commands.utf8().server().echo("echo-" + i))).isEqualTo("echo-" + i);
                }
                assertThat(invalidated).hasSize(rounds).startsWith("key:0").endsWith("key:" + (rounds - 1));
                assertThat(tracked.isReusable()).isTrue();
            }
            finally {
                tracked.disconnect();
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

}
