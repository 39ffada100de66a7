package io.redispool.spring.cache;

import java.util.Arrays;

import org.springframework.cache.support.NullValue;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Turns cached values into bytes and back with Java serialization, byte for byte as
 * Spring Data Redis's default {@code JdkSerializationRedisSerializer} does: the same
 * Spring converters over {@code ObjectOutputStream}, and {@code null} stored as Spring's
 * {@link NullValue}.
 */
final class CacheValueSerializer {

    private static final byte[] EMPTY = new byte[0];

    private final SerializingConverter serializer = new SerializingConverter();

    private final DeserializingConverter deserializer;

    private final byte[] nullValue;

    CacheValueSerializer(ClassLoader classLoader) {
        this.deserializer = new DeserializingConverter(classLoader);
        this.nullValue = this.serializer.convert(NullValue.INSTANCE);
    }

    /**
     * Serializes a store value.
     * @param cacheName for the message if it cannot be serialized
     * @param value a {@link java.io.Serializable} value or {@link NullValue#INSTANCE}
     * @return its bytes
     */
    byte[] serialize(String cacheName, Object value) {
        if (value == NullValue.INSTANCE) {
            return this.nullValue.clone();
        }
        try {
            byte[] bytes = this.serializer.convert(value);
            return (bytes != null) ? bytes : EMPTY;
        }
        catch (SerializationFailedException ex) {
            throw new SerializationFailedException(
                    "Cache '" + cacheName + "' cannot store a " + value.getClass().getName()
                            + ": values are stored with Java serialization, so they must be" + " Serializable",
                    ex);
        }
    }

    /**
     * Deserializes a store value.
     * @param cacheName for the message if it cannot be deserialized
     * @param bytes as read from Redis
     * @return the value, {@link NullValue#INSTANCE} for a stored {@code null}, or
     * {@code null} for an empty string, which Spring Data Redis reads as no entry
     */
    Object deserialize(String cacheName, byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        if (Arrays.equals(bytes, this.nullValue)) {
            return NullValue.INSTANCE;
        }
        try {
            return this.deserializer.convert(bytes);
        }
        catch (SerializationFailedException ex) {
            throw new SerializationFailedException("Cache '" + cacheName + "' cannot read an entry of " + bytes.length
                    + " bytes: not Java serialization, or a class that is missing or changed", ex);
        }
    }

}
