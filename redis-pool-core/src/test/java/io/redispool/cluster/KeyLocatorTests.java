package io.redispool.cluster;

import io.redispool.command.Command;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeyLocatorTests {

    @Test
    void singleKeyCommandHasItsKeyAtIndexOne() {
        assertThat(KeyLocator.positions(command("GET", "a"))).containsExactly(1);
        assertThat(KeyLocator.positions(command("set", "a", "1", "EX", "10"))).containsExactly(1);
    }

    @Test
    void msetHasEveryOtherArgumentAsKey() {
        assertThat(KeyLocator.positions(command("MSET", "a", "1", "b", "2", "c", "3"))).containsExactly(1, 3, 5);
    }

    @Test
    void xreadKeysAreTheFirstHalfAfterStreams() {
        assertThat(KeyLocator.positions(command("XREAD", "COUNT", "2", "STREAMS", "s1", "s2", "0", "0")))
            .containsExactly(4, 5);
    }

    @Test
    void evalKeysAreCountedByNumkeys() {
        assertThat(KeyLocator.positions(command("EVAL", "return 1", "2", "k1", "k2", "arg"))).containsExactly(3, 4);
        assertThat(KeyLocator.positions(command("EVAL", "return 1", "0", "arg"))).isEmpty();
    }

    @Test
    void subcommandKeyCountsFromTheContainerName() {
        assertThat(KeyLocator.positions(command("OBJECT", "ENCODING", "k"))).containsExactly(2);
    }

    @Test
    void shardedPublishRoutesByItsChannel() {
        assertThat(KeyLocator.positions(command("SPUBLISH", "news", "hello"))).containsExactly(1);
    }

    @Test
    void keylessCommandHasNoSlot() {
        assertThat(KeyLocator.slot(command("PING"))).isEqualTo(-1);
        assertThat(KeyLocator.slot(command("DBSIZE"))).isEqualTo(-1);
    }

    @Test
    void keysSharingAHashTagShareTheSlot() {
        assertThat(KeyLocator.slot(command("MGET", "{user}:1", "{user}:2"))).isEqualTo(5474);
    }

    @Test
    void keysInDifferentSlotsAreRefusedNamingHashTags() {
        assertThatExceptionOfType(CrossSlotException.class)
            .isThrownBy(() -> KeyLocator.slot(command("RENAME", "foo", "bar")))
            .withMessageStartingWith("RENAME has keys in different hash slots")
            .withMessageContaining("{user}:1");
    }

    private static Command<Object> command(String... words) {
        byte[][] arguments = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            arguments[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return Command.of(arguments, (reply) -> reply);
    }

}
