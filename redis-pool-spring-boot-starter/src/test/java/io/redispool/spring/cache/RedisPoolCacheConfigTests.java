package io.redispool.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.InvalidSettingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisPoolCacheConfigTests {

    @Test
    void defaultsAreSpringDataRedisDefaults() {
        RedisPoolCacheConfig defaults = RedisPoolCacheConfig.defaults();
        assertThat(defaults.timeToLive()).isZero();
        assertThat(defaults.expires()).isFalse();
        assertThat(defaults.cacheNullValues()).isTrue();
        assertThat(defaults.keyPrefixFor("scores")).isEqualTo("scores::");
        assertThat(defaults.enableStatistics()).isFalse();
        assertThat(defaults.lockTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void keyPrefixGoesBeforeTheCacheName() {
        assertThat(RedisPoolCacheConfig.defaults().withKeyPrefix("app:").keyPrefixFor("scores"))
            .isEqualTo("app:scores::");
    }

    @Test
    void withoutKeyPrefixKeysAreWrittenAsTheyAre() {
        assertThat(RedisPoolCacheConfig.defaults().withUseKeyPrefix(false).keyPrefixFor("scores")).isEmpty();
    }

    @Test
    void negativeTimeToLiveIsRejectedByName() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofSeconds(-1)))
            .withMessage("'time-to-live' must be 0 (never expire) or at least 1ms but was PT-1S");
    }

    @Test
    void timeToLiveBelowOneMillisecondIsRejectedRatherThanRounded() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofNanos(500_000)))
            .withMessageStartingWith("'time-to-live' must be 0 (never expire) or at least 1ms");
    }

    @Test
    void lockTimeoutOfZeroIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisPoolCacheConfig.defaults().withLockTimeout(Duration.ZERO))
            .withMessage("'lock-timeout' must be at least 1ms but was PT0S");
    }

    @Test
    void keyPrefixThatWouldBeIgnoredIsAContradiction() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisPoolCacheConfig.defaults().withKeyPrefix("app:").withUseKeyPrefix(false))
            .withMessage("'key-prefix' is set but 'use-key-prefix' is false, so the prefix would be ignored")
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("use-key-prefix"));
    }

}
