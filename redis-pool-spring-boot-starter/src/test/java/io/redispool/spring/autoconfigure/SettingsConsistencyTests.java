package io.redispool.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.redispool.RedisClientConfig;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.ReflectionUtils;

/**
 * Proves that each setting is one setting: the core's builder,
 * {@link RedisPoolProperties} and the generated configuration metadata name the same
 * settings with the same defaults ({@code DocumentationTests} holds docs/configuration.md
 * to the metadata). Each test enumerates both sides and fails listing every difference.
 */
class SettingsConsistencyTests {

    private static final Path METADATA = Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json");

    private static final String PREFIX = "redis.pool.";

    /** Builder methods that are not one property, and why. */
    private static final Map<String, String> NOT_A_PROPERTY = Map.of("poolName",
            "the pool is named after its bean, redisClient", "charset",
            "String arguments are UTF-8, as Spring's own codecs", "keepAlive",
            "socket-keepalive and keepalive.* together", "limits", "limits.* together", "ssl",
            "ssl.enabled, and on with ssl.bundle or a rediss:// url", "sslContext", "ssl.bundle names an SSL bundle",
            "verifyHostname", "ssl.verify-hostname");

    /** Properties that configure the starter, not the client. */
    private static final Set<String> STARTER_ONLY = Set.of("enabled", "dev-server.enabled",
            "dev-server.cluster.masters", "dev-server.cluster.replicas-per-master", "ssl.enabled");

    @Test
    void defaultPropertiesBuildTheCoresDefaultConfiguration() {
        RedisPoolProperties properties = new RedisPoolProperties();
        RedisClientConfig fromProperties = new RedisClientConfigFactory(properties,
                new PropertiesRedisPoolConnectionDetails(properties), List.of(), new StandardEnvironment(),
                new StaticListableBeanFactory().getBeanProvider(SslBundles.class))
            .create("pool");
        RedisClientConfig fromBuilder = RedisClientConfig.builder().poolName("pool").build();
        List<String> differences = new ArrayList<>();
        compare("", fromProperties, fromBuilder, differences);
        assertThat(differences).as("defaults that differ between RedisPoolProperties and RedisClientConfig.builder()")
            .isEmpty();
    }

    @Test
    void everyBuilderMethodIsAPropertyOrListedWithItsReason() throws IOException {
        Set<String> properties = metadataNames();
        Set<String> propertiesInCamelCase = properties.stream()
            .map(SettingsConsistencyTests::camelCase)
            .collect(Collectors.toSet());
        List<String> missing = Stream.of(RedisClientConfig.Builder.class.getDeclaredMethods())
            .filter((method) -> Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 1)
            .map(Method::getName)
            .filter((name) -> !NOT_A_PROPERTY.containsKey(name))
            .filter((name) -> !properties.contains(kebabCase(name)) && !propertiesInCamelCase.contains(name))
            .sorted()
            .toList();
        assertThat(missing).as("builder methods without a redis.pool property; add one or list it with its reason")
            .isEmpty();
        assertThat(NOT_A_PROPERTY.keySet())
            .allSatisfy((name) -> assertThat(RedisClientConfig.Builder.class.getMethods()).extracting(Method::getName)
                .as("listed builder method")
                .contains(name));
    }

    @Test
    void everyClientPropertyIsABuilderMethod() throws IOException {
        Set<String> builderMethods = Stream.of(RedisClientConfig.Builder.class.getMethods())
            .map(Method::getName)
            .collect(Collectors.toSet());
        List<String> missing = metadataNames().stream()
            .filter((name) -> !name.startsWith("cache.") && !name.startsWith("client-side-cache.")
                    && !STARTER_ONLY.contains(name))
            .filter((name) -> !name.startsWith("keepalive.") && !name.startsWith("limits.") && !name.startsWith("ssl."))
            .filter((name) -> !name.equals("socket-keepalive"))
            .filter((name) -> !builderMethods.contains(camelCase(name)))
            .sorted()
            .toList();
        assertThat(missing).as("properties with no builder method of the same name").isEmpty();
    }

    @Test
    void metadataGivesEveryPropertyTheDefaultItsFieldHolds() throws IOException {
        RedisPoolProperties properties = new RedisPoolProperties();
        ConversionService conversion = ApplicationConversionService.getSharedInstance();
        List<Map<String, Object>> metadata = JsonPath.read(METADATA.toFile(),
                "$.properties[?(@.name =~ /redis\\.pool\\..*/)]");
        List<String> differences = new ArrayList<>();
        for (Map<String, Object> property : metadata) {
            String name = ((String) property.get("name")).substring(PREFIX.length());
            Field field = null;
            Object actual = properties;
            for (String segment : name.split("\\.")) {
                field = ReflectionUtils.findField(actual.getClass(), camelCase(segment));
                if (field == null) {
                    break;
                }
                ReflectionUtils.makeAccessible(field);
                actual = ReflectionUtils.getField(field, actual);
            }
            if (field == null) {
                differences.add(name + ": in the metadata but not in RedisPoolProperties");
                continue;
            }
            Class<?> type = field.getType();
            Object documented = property.get("defaultValue");
            Object expected = (documented != null) ? conversion.convert(String.valueOf(documented), type) : null;
            boolean none = actual == null || (actual instanceof Collection<?> collection && collection.isEmpty());
            if ((expected == null) ? !none : !expected.equals(actual)) {
                differences.add(name + ": metadata says " + documented + ", the field holds " + actual);
            }
        }
        assertThat(metadata).hasSizeGreaterThan(30);
        assertThat(differences).isEmpty();
    }

    private static void compare(String path, Object actual, Object expected, List<String> differences) {
        if (actual == null || expected == null || !actual.getClass().isRecord()) {
            if (!Objects.equals(actual, expected)) {
                differences.add(path + ": properties give " + actual + ", the builder " + expected);
            }
            return;
        }
        for (RecordComponent component : actual.getClass().getRecordComponents()) {
            try {
                compare(path + "/" + component.getName(), component.getAccessor().invoke(actual),
                        component.getAccessor().invoke(expected), differences);
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private static Set<String> metadataNames() throws IOException {
        List<String> names = JsonPath.read(METADATA.toFile(), "$.properties[*].name");
        return names.stream()
            .filter((name) -> name.startsWith(PREFIX))
            .map((name) -> name.substring(PREFIX.length()))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String kebabCase(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String camelCase(String kebab) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-' || c == '.') {
                upper = true;
            }
            else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

}
