package io.redispool.spring.cache;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.util.ObjectUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Turns a cache key of any type into the String that follows the cache's prefix, exactly
 * as Spring Data Redis's {@code RedisCache} does with its default configuration.
 *
 * <p>
 * Why a copy of its rules rather than something simpler: an entry is found only if both
 * sides spell its key the same, so an application can move between Spring Data Redis and
 * this cache without a cold cache only if the rules match, quirks included. Strings stay
 * as they are; other keys go through the same conversion service
 * ({@link DefaultFormattingConversionService} with {@link SimpleKey} as its
 * {@code toString()}); collections and maps that it cannot convert are written element by
 * element; anything else needs its own {@code toString()}.
 */
final class CacheKeyConverter {

    private final ConversionService conversionService;

    CacheKeyConverter(ConversionService conversionService) {
        this.conversionService = conversionService;
    }

    /**
     * The converter with Spring Data Redis's default conversion service.
     * @return a new converter
     */
    static CacheKeyConverter withDefaultConversions() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        conversions.addConverter(String.class, byte[].class, (source) -> source.getBytes(StandardCharsets.UTF_8));
        conversions.addConverter(SimpleKey.class, String.class, SimpleKey::toString);
        return new CacheKeyConverter(conversions);
    }

    String convert(Object key) {
        if (key instanceof String string) {
            return string;
        }
        TypeDescriptor source = TypeDescriptor.forObject(key);
        if (this.conversionService.canConvert(source, TypeDescriptor.valueOf(String.class))) {
            try {
                return this.conversionService.convert(key, String.class);
            }
            catch (ConversionFailedException ex) {
                if (source.isArray() || source.isCollection() || source.isMap()) {
                    return convertElements(key, source);
                }
                throw ex;
            }
        }
        if (declaresToString(key.getClass())) {
            return key.toString();
        }
        throw new IllegalStateException("Cannot turn a cache key of type " + key.getClass().getName()
                + " into a String: give it a toString() method");
    }

    private String convertElements(Object key, TypeDescriptor source) {
        if (source.isMap()) {
            // Spring Data Redis's format, kept as it is so that both write the same key.
            int count = 0;
            StringBuilder target = new StringBuilder("{");
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) key).entrySet()) {
                target.append(convert(entry.getKey())).append("=").append(convert(entry.getValue()));
                target.append((++count > 1) ? ", " : "");
            }
            return target.append("}").toString();
        }
        Collection<?> elements = source.isCollection() ? (Collection<?>) key
                : Arrays.asList(ObjectUtils.toObjectArray(key));
        StringJoiner joiner = new StringJoiner(",");
        for (Object element : elements) {
            joiner.add(convert(element));
        }
        return "[" + joiner + "]";
    }

    private static boolean declaresToString(Class<?> type) {
        Method toString = ReflectionUtils.findMethod(type, "toString");
        return toString != null && !Object.class.equals(toString.getDeclaringClass());
    }

}
