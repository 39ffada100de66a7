package io.redispool.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;

class RedisPoolSanitizingFunctionTests {

    private final RedisPoolSanitizingFunction function = new RedisPoolSanitizingFunction();

    @ParameterizedTest
    @ValueSource(strings = { "redis.pool.password", "REDIS_POOL_PASSWORD", "redis.pool.Password",
            "redis.pool.sentinel.password", "REDIS_POOL_SENTINEL_PASSWORD" })
    void masksThePasswordInAnyRelaxedForm(String key) {
        assertThat(this.function.apply(new SanitizableData(null, key, "s3cret")).getValue())
            .isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @ParameterizedTest
    @CsvSource({ "redis.pool.url, redis://app:s3cret@cache:6379/2, redis://****@cache:6379/2",
            "REDIS_POOL_URL, redis://:s3cret@cache:6379, redis://****@cache:6379",
            "redis.pool.url, redis://cache:6379, redis://cache:6379",
            "redis.pool.url, unix:///run/redis.sock, unix:///run/redis.sock" })
    void masksTheUserInfoOfTheUrlOnly(String key, String value, String shown) {
        assertThat(this.function.apply(new SanitizableData(null, key, value)).getValue()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = { "redis.pool.host", "redis.pool.username", "spring.data.redis.password", "password" })
    void leavesOtherPropertiesAlone(String key) {
        assertThat(this.function.apply(new SanitizableData(null, key, "value")).getValue()).isEqualTo("value");
    }

}
