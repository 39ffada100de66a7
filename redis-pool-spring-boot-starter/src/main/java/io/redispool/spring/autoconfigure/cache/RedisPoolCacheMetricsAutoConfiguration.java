package io.redispool.spring.autoconfigure.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.spring.cache.RedisPoolCache;
import io.redispool.spring.cache.RedisPoolCacheManager;
import io.redispool.spring.metrics.RedisPoolCacheMeterBinderProvider;
import io.redispool.spring.metrics.RedisPoolCacheMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.SimpleAutowireCandidateResolver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.cache.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the meters of every {@link RedisPoolCache} that counts
 * statistics ({@code enable-statistics}), tagged as Spring Boot tags its caches' meters:
 * {@code cache} and {@code name} with the cache's name, {@code cache.manager} with its
 * manager's bean name.
 *
 * <p>
 * With Spring Boot's cache module, Boot's own cache metrics bind the caches through a
 * {@link RedisPoolCacheMeterBinderProvider}; without it, a binder of ours does the same.
 * Either way the caches that exist at startup are bound, as Boot does: name them in
 * {@code redis.pool.cache.cache-names}.
 */
@AutoConfiguration(after = RedisPoolCacheAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        beforeName = "org.springframework.boot.cache.autoconfigure.metrics.CacheMetricsAutoConfiguration")
@ConditionalOnClass({ MeterRegistry.class, RedisPoolCacheManager.class })
@ConditionalOnBean(RedisPoolCacheManager.class)
public final class RedisPoolCacheMetricsAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.cache.metrics.CacheMeterBinderProvider")
    static class BootCacheMetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RedisPoolCacheMeterBinderProvider redisPoolCacheMeterBinderProvider() {
            return new RedisPoolCacheMeterBinderProvider();
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.boot.cache.metrics.CacheMeterBinderProvider")
    @ConditionalOnBean(MeterRegistry.class)
    static class StandaloneCacheMetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RedisPoolCachesMeterBinder redisPoolCachesMeterBinder(ConfigurableListableBeanFactory beanFactory) {
            return new RedisPoolCachesMeterBinder(beanFactory);
        }

    }

    /**
     * Binds the caches of every {@link RedisPoolCacheManager} bean, found when the
     * registry is bound, once all singletons exist.
     */
    static final class RedisPoolCachesMeterBinder implements MeterBinder {

        private static final String CACHE_MANAGER_SUFFIX = "cacheManager";

        private final ConfigurableListableBeanFactory beanFactory;

        private List<MeterBinder> binders;

        RedisPoolCachesMeterBinder(ConfigurableListableBeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public synchronized void bindTo(MeterRegistry registry) {
            if (this.binders == null) {
                this.binders = new ArrayList<>();
                Map<String, RedisPoolCacheManager> managers = SimpleAutowireCandidateResolver
                    .resolveAutowireCandidates(this.beanFactory, RedisPoolCacheManager.class, false, true);
                managers.forEach((beanName, manager) -> {
                    for (String cacheName : manager.getCacheNames()) {
                        Cache cache = manager.getCache(cacheName);
                        if (cache instanceof RedisPoolCache ours && ours.getStatistics().isEnabled()) {
                            this.binders.add(new RedisPoolCacheMetrics(ours, Tags
                                .of(Tag.of("cache.manager", managerName(beanName)), Tag.of("name", cacheName))));
                        }
                    }
                });
            }
            this.binders.forEach((binder) -> binder.bindTo(registry));
        }

        /**
         * As Spring Boot names a cache manager in its tag: the bean name less
         * "cacheManager".
         */
        private static String managerName(String beanName) {
            boolean suffixed = beanName.length() > CACHE_MANAGER_SUFFIX.length()
                    && beanName.regionMatches(true, beanName.length() - CACHE_MANAGER_SUFFIX.length(),
                            CACHE_MANAGER_SUFFIX, 0, CACHE_MANAGER_SUFFIX.length());
            return suffixed ? beanName.substring(0, beanName.length() - CACHE_MANAGER_SUFFIX.length()) : beanName;
        }

    }

}
