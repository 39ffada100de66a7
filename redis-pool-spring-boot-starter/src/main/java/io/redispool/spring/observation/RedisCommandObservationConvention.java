package io.redispool.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a command; define a bean of this type to replace
 * {@link DefaultRedisCommandObservationConvention}.
 */
public interface RedisCommandObservationConvention extends ObservationConvention<RedisCommandObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof RedisCommandObservationContext;
    }

}
