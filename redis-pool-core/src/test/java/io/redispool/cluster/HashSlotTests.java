package io.redispool.cluster;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashSlotTests {

    @Test
    void crc16MatchesTheClusterSpecificationsTestVector() {
        byte[] data = bytes("123456789");
        assertThat(HashSlot.crc16(data, 0, data.length)).isEqualTo(0x31C3);
    }

    @Test
    void slotsMatchWhatRedisComputes() {
        // Values from CLUSTER KEYSLOT on redis-server 7.0.
        assertThat(HashSlot.of(bytes("foo"))).isEqualTo(12182);
        assertThat(HashSlot.of(bytes("bar"))).isEqualTo(5061);
        assertThat(HashSlot.of(bytes("user"))).isEqualTo(5474);
        assertThat(HashSlot.of(bytes(""))).isEqualTo(0);
    }

    @Test
    void hashTagIsTheFirstNonEmptyBracedPart() {
        assertThat(HashSlot.of(bytes("{user}:1"))).isEqualTo(HashSlot.of(bytes("user")));
        assertThat(HashSlot.of(bytes("{user}:2"))).isEqualTo(HashSlot.of(bytes("user")));
        assertThat(HashSlot.of(bytes("foo{bar}{zap}"))).isEqualTo(HashSlot.of(bytes("bar")));
        assertThat(HashSlot.of(bytes("foo{{bar}}zap"))).isEqualTo(HashSlot.of(bytes("{bar")));
    }

    @Test
    void emptyOrUnclosedTagHashesTheWholeKey() {
        byte[] emptyTag = bytes("foo{}{bar}");
        assertThat(HashSlot.of(emptyTag)).isEqualTo(HashSlot.crc16(emptyTag, 0, emptyTag.length) & 16383);
        byte[] unclosed = bytes("foo{bar");
        assertThat(HashSlot.of(unclosed)).isEqualTo(HashSlot.crc16(unclosed, 0, unclosed.length) & 16383);
        assertThat(HashSlot.of(emptyTag)).isNotEqualTo(HashSlot.of(bytes("bar")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
