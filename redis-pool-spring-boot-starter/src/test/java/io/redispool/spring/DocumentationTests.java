package io.redispool.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.redispool.spring.metrics.PrometheusNames;
import io.redispool.spring.metrics.RedisPoolMeters;
import io.redispool.spring.metrics.RedisPoolMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/} in step with the code: the property table with the generated
 * configuration metadata, the meter table with {@link RedisPoolMeters}, the health page with
 * the indicator's details.
 */
class DocumentationTests {

    private static final Path DOCS = Path.of("..", "docs");

    private static final Path METADATA = Path.of("target", "classes", "META-INF",
            "spring-configuration-metadata.json");

    private static final Pattern PROPERTY_ROW = Pattern
        .compile("^\\| `([a-z.-]+)` \\| ([^|]+) \\| ([^|]+) \\| (.+) \\|$");

    @Test
    void configurationDocumentsEveryPropertyWithItsDefaultAndDescription() throws IOException {
        Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();
        List<Map<String, Object>> properties = JsonPath.read(METADATA.toFile(), "$.properties[*]");
        properties.forEach((property) -> metadata.put((String) property.get("name"), property));
        Map<String, Matcher> rows = lines("configuration.md").map(PROPERTY_ROW::matcher)
            .filter(Matcher::matches)
            .collect(Collectors.toMap((row) -> row.group(1), (row) -> row));
        assertThat(metadata).isNotEmpty();
        assertThat(rows.keySet()).as("properties in docs/configuration.md")
            .containsExactlyInAnyOrderElementsOf(metadata.keySet());
        metadata.forEach((name, property) -> {
            Matcher row = rows.get(name);
            assertThat(row.group(2).trim()).as("default of " + name).isEqualTo(documentedDefault(property));
            assertThat(row.group(4).trim()).as("description of " + name).isEqualTo(property.get("description"));
        });
    }

    @Test
    void metricsDocumentsEveryMeterWithTypeUnitTagsAndPrometheusName() throws IOException {
        String doc = Files.readString(DOCS.resolve("metrics.md"));
        for (RedisPoolMeters meter : RedisPoolMeters.values()) {
            String tags = Stream.of(meter.getKeyNames())
                .map(KeyName::asString)
                .map((key) -> "`" + key + "`")
                .collect(Collectors.joining(", "));
            String row = "| `" + meter.getName() + "` | " + meter.getType().name().toLowerCase(Locale.ROOT) + " | "
                    + meter.getBaseUnit() + " | " + tags + " | `" + PrometheusNames.family(meter) + "` | "
                    + meter.getDescription() + " |";
            assertThat(doc).as(meter.getName()).contains(row);
            assertThat(doc).as("PromQL example for " + meter.getName())
                .containsPattern("(?s)```promql\\n[^`]*" + Pattern.quote(PrometheusNames.family(meter)));
        }
        assertThat(doc).contains("the first " + RedisPoolMetrics.DEFAULT_MAX_COMMAND_TAGS + " distinct names");
    }

    @Test
    void grafanaDashboardQueriesEveryMeterByItsPrometheusNameAndMetricsDescribesEveryPanel() throws IOException {
        String dashboard = Files.readString(DOCS.resolve("grafana").resolve("redis-pool-dashboard.json"));
        Set<String> published = new HashSet<>();
        for (RedisPoolMeters meter : RedisPoolMeters.values()) {
            String family = PrometheusNames.family(meter);
            boolean timer = meter.getType() == Meter.Type.TIMER;
            published.addAll(timer ? List.of(family + "_bucket", family + "_count", family + "_sum", family + "_max")
                    : List.of(family));
        }
        List<String> queries = JsonPath.read(dashboard, "$.panels[*].targets[*].expr");
        Set<String> queried = new HashSet<>();
        queries.forEach((query) -> Pattern.compile("redis_pool_[a-z_]+").matcher(query).results()
            .forEach((match) -> queried.add(match.group())));
        assertThat(published).as("Prometheus names the starter publishes").containsAll(queried);
        for (RedisPoolMeters meter : RedisPoolMeters.values()) {
            assertThat(queried).as("panels querying " + meter.getName())
                .anyMatch((name) -> name.startsWith(PrometheusNames.family(meter)));
        }
        String metrics = Files.readString(DOCS.resolve("metrics.md"));
        List<String> titles = JsonPath.read(dashboard, "$.panels[*].title");
        assertThat(titles).isNotEmpty()
            .allSatisfy((title) -> assertThat(metrics).as("panel description").contains("- **" + title + "**: "));
    }

    @Test
    void healthDocumentsEveryDetailAndTheSwitch() throws IOException {
        String doc = Files.readString(DOCS.resolve("health.md"));
        for (String detail : List.of("version", "connections", "inUse", "idle", "pending", "max",
                "tooManyConnections", "error")) {
            assertThat(doc).contains("| `" + detail + "` |");
        }
        assertThat(doc).contains("management.health.redispool.enabled=false").contains("/actuator/health/redisPool");
    }

    @Test
    void cachingDocumentsEveryCachePropertyWithItsDefaultAndEveryCacheMeter() throws IOException {
        String doc = Files.readString(DOCS.resolve("caching.md"));
        List<Map<String, Object>> properties = JsonPath.read(METADATA.toFile(), "$.properties[*]");
        List<Map<String, Object>> cacheProperties = properties.stream()
            .filter((property) -> ((String) property.get("name")).startsWith("redis.pool.cache."))
            .toList();
        assertThat(cacheProperties).hasSize(7);
        for (Map<String, Object> property : cacheProperties) {
            assertThat(doc).as(property.get("name").toString())
                .contains("| `" + property.get("name") + "` | " + documentedDefault(property) + " |");
        }
        for (String meter : List.of("cache.gets", "cache.puts", "cache.evictions")) {
            assertThat(doc).contains("| `" + meter + "` | function counter |");
        }
    }

    private static String documentedDefault(Map<String, Object> property) {
        Object value = property.get("defaultValue");
        return (value != null) ? "`" + value + "`" : "—";
    }

    private static Stream<String> lines(String file) throws IOException {
        return Files.readAllLines(DOCS.resolve(file)).stream();
    }
}
