package io.redispool.multiplex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.RedisClientConfig;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The setting, and which commands the mode shares.
 */
class MultiplexConfigTests {

    private static final Commands<String, String> commands = Commands.utf8();

    @Test
    void theModeIsOffByDefault() {
        assertThat(RedisClientConfig.builder().build().multiplexing()).isEqualTo(MultiplexConfig.OFF);
        assertThat(MultiplexConfig.OFF.isEnabled()).isFalse();
    }

    @Test
    void aNegativeOrHugeCountIsRefusedNamingTheProperty() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisClientConfig.builder().multiplexedConnections(-1).build())
            .withMessage("'multiplexed-connections' must be between 0 (off) and 64 but was -1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisClientConfig.builder().multiplexedConnections(65).build())
            .withMessageContaining("but was 65");
    }

    @Test
    void everydayCommandsAreSharedAndThoseNeedingAConnectionOfTheirOwnAreNot() {
        assertThat(shared(commands.strings().get("k"))).isTrue();
        assertThat(shared(commands.hashes().hgetall("k"))).isTrue();
        assertThat(shared(commands.server().echo("e"))).isTrue();
        assertThat(shared(commands.lists().blpop(List.of("q"), Duration.ofSeconds(1)))).isFalse();
        assertThat(shared(
                Command.of(new byte[][] { "CLIENT".getBytes(), "KILL".getBytes(), "ID".getBytes(), "1".getBytes() },
                        (reply) -> reply)))
            .isFalse();
        assertThat(shared(Command.of(new byte[][] { "MULTI".getBytes() }, (reply) -> reply))).isFalse();
        assertThat(shared(Command.of(new byte[][] { "SUBSCRIBE".getBytes(), "c".getBytes() }, (reply) -> reply)))
            .isFalse();
    }

    private static boolean shared(Command<?> command) {
        return MultiplexedDispatcher.isShared(command.spec());
    }

}
