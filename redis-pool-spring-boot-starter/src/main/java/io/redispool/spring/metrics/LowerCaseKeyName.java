package io.redispool.spring.metrics;

import java.util.Locale;

import io.micrometer.common.docs.KeyName;

/**
 * A tag key, implemented by an enum, whose text is its constant's name in lower case.
 */
public interface LowerCaseKeyName extends KeyName {

    /**
     * The enum constant's name, which {@link Enum} provides.
     * @return the constant's name
     */
    String name();

    @Override
    default String asString() {
        return name().toLowerCase(Locale.ROOT);
    }

}
