package io.redispool.spring.autoconfigure;

import io.redispool.RedisClientConfig;

/**
 * Adjusts the auto-configured client's {@link RedisClientConfig.Builder} after the
 * {@code redis.pool.*} properties have been applied, for settings that have no property,
 * such as the charset or the RESP limits.
 *
 * <p>
 * Customizers run in {@link org.springframework.core.annotation.Order @Order}; the result
 * is validated afterwards, so a bad value set here fails startup as a bad property would.
 */
@FunctionalInterface
public interface RedisClientConfigBuilderCustomizer {

    /**
     * Customizes the builder.
     * @param builder the builder, with the properties already applied
     */
    void customize(RedisClientConfig.Builder builder);

}
