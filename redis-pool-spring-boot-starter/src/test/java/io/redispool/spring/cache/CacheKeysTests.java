package io.redispool.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CacheKeysTests {

    @Test
    void entryIsPrefixFollowedByKeyInUtf8() {
        CacheKeys keys = new CacheKeys("app:scores::");
        assertThat(text(keys.entry("home"))).isEqualTo("app:scores::home");
        assertThat(keys.entry("é")).isEqualTo("app:scores::é".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lockSitsBesideItsEntry() {
        CacheKeys keys = new CacheKeys("scores::");
        assertThat(text(keys.lock(keys.entry("home")))).isEqualTo("scores::home~lock");
    }

    @Test
    void patternEscapesEveryGlobCharacterOfThePrefix() {
        assertThat(text(new CacheKeys("a*b?c[d]e\\f::").pattern())).isEqualTo("a\\*b\\?c\\[d\\]e\\\\f::*");
    }

    @Test
    void patternWithoutPrefixMatchesEveryKey() {
        assertThat(text(new CacheKeys("").pattern())).isEqualTo("*");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
