package io.redispool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.testing.RedisServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Server errors are typed by their first word, so callers catch what they handle.
 */
class ServerErrorTypesTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "WRONGTYPE Operation against a key holding the wrong kind of value | RedisWrongTypeException",
                    "NOSCRIPT No matching script. Please use EVAL. | RedisNoScriptException",
                    "BUSY Redis is busy running a script. | RedisBusyException",
                    "READONLY You can't write against a read only replica. | RedisReadOnlyException",
                    "LOADING Redis is loading the dataset in memory | RedisLoadingException",
                    "NOPERM this user has no permissions to run the 'set' command | RedisNoPermissionException",
                    "OOM command not allowed when used memory > 'maxmemory'. | RedisOutOfMemoryException",
                    "EXECABORT Transaction discarded because of previous errors. | RedisExecAbortException",
                    "TRYAGAIN Multiple keys request during rehashing of slot | RedisTryAgainException",
                    "CLUSTERDOWN The cluster is down | RedisClusterDownException",
                    "NOAUTH Authentication required. | RedisAuthenticationException",
                    "WRONGPASS invalid username-password pair | RedisAuthenticationException",
                    "ERR unknown command 'FOO' | RedisServerException", "MOVED not-a-slot | RedisServerException" })
    void errorIsTypedByItsFirstWord(String message, String type) {
        RedisServerException typed = RedisServerException.of(message);
        assertThat(typed.getClass().getSimpleName()).isEqualTo(type);
        assertThat(typed.getMessage()).isEqualTo(message);
        assertThat(typed.errorCode()).isEqualTo(message.substring(0, message.indexOf(' ')));
    }

    @Test
    void movedAndAskCarryTheSlotAndTheTarget() {
        RedisRedirectionException moved = (RedisRedirectionException) RedisServerException
            .of("MOVED 3999 127.0.0.1:6381");
        assertThat(moved.isMoved()).isTrue();
        assertThat(moved.slot()).isEqualTo(3999);
        assertThat(moved.host()).isEqualTo("127.0.0.1");
        assertThat(moved.port()).isEqualTo(6381);
        RedisRedirectionException ask = (RedisRedirectionException) RedisServerException.of("ASK 12 ::1:7000");
        assertThat(ask.isMoved()).isFalse();
        assertThat(ask.host()).isEqualTo("::1");
        assertThat(ask.port()).isEqualTo(7000);
    }

    @Test
    void realServerErrorsArriveTyped() {
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            client.execute("DEL", "a-list");
            client.execute("RPUSH", "a-list", "x");
            assertThatExceptionOfType(RedisWrongTypeException.class).isThrownBy(() -> client.commands().get("a-list"));
            assertThatExceptionOfType(RedisNoScriptException.class)
                .isThrownBy(() -> client.execute("EVALSHA", "0000000000000000000000000000000000000000", "0"));
            assertThat(client.commands().ping()).as("the connection stays healthy").isEqualTo("PONG");
        }
    }

}
