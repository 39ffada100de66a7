package io.redispool.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.redispool.RedisClientConfig;
import io.redispool.spring.metrics.PrometheusNames;
import io.redispool.spring.metrics.ClientSideCacheMeters;
import io.redispool.spring.metrics.RedisPoolMeters;
import io.redispool.spring.metrics.RedisPoolMetrics;
import java.io.IOException;
import java.lang.reflect.Method;
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
 * configuration metadata, the meter table with {@link RedisPoolMeters}, the health page
 * with the indicator's details.
 */
class DocumentationTests {

    private static final Path DOCS = Path.of("..", "docs");

    private static final Path METADATA = Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json");

    private static final Pattern PROPERTY_ROW = Pattern
        .compile("^\\| `([a-z.-]+)` \\| ([^|]+) \\| ([^|]+) \\| (.+) \\|$");

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (.+?) \\| (.+) \\|$");

    private static final Pattern BACKTICKED = Pattern.compile("`([a-z.-]+)`");

    private static final List<Path> TEST_SOURCES = List.of(Path.of("src", "test", "java"),
            Path.of("..", "redis-pool-core", "src", "test", "java"),
            Path.of("..", "redis-pool-testing", "src", "test", "java"),
            Path.of("..", "sample-app", "src", "test", "java"));

    private static final Pattern TEST_REFERENCE = Pattern.compile("`([A-Z][A-Za-z]*Tests)(?:#([a-z][A-Za-z0-9]*))?`");

    private static final Pattern DISABLED = Pattern.compile("@([\\w.]+\\.)?Disabled\\b");

    private static final Pattern PARENT_VERSION = Pattern
        .compile("<artifactId>redis-pool-parent</artifactId>\\s*<version>([^<]+)</version>");

    private static final Pattern MAVEN_DEPENDENCY = Pattern.compile("(?s)<dependency>.*?</dependency>");

    private static final Pattern GRADLE_DEPENDENCY = Pattern.compile("\"io\\.redispool:([a-z-]+)(?::([^\"]*))?\"");

    /**
     * References to other projects' trackers, such as "redis-py #261, #1140", which the
     * docs may cite.
     */
    private static final Pattern OTHER_PROJECTS_ISSUES = Pattern
        .compile("(?:Jedis|Lettuce|redis-py|hiredis|Spring Boot|Grafana)(?: before)? #\\d+(?:, #\\d+)*");

    private static final Pattern ISSUE_REFERENCE = Pattern
        .compile("(?i)(?<!\\w)#\\d+(?![\\w-])|\\bissues?\\s+#?\\d+|\\b(?:PR|pull request)\\s+#?\\d+");

    /** A link to a Java source, on the line before a code block that shows it. */
    private static final Pattern SOURCE_LINK = Pattern.compile("\\]\\(([^)]+\\.java)\\):?$");

    private static final Pattern METHOD_CALL = Pattern.compile("(?<![\\w.])([a-z][A-Za-z]*)\\(");

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
        queries.forEach((query) -> Pattern.compile("redis_pool_[a-z_]+")
            .matcher(query)
            .results()
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
    void grafanaDashboardAsksForItsPrometheusOnImportAndQueriesOnlyThatOne() throws IOException {
        String dashboard = Files.readString(DOCS.resolve("grafana").resolve("redis-pool-dashboard.json"));
        List<Map<String, Object>> inputs = JsonPath.read(dashboard, "$.__inputs[*]");
        assertThat(inputs).singleElement()
            .satisfies((input) -> assertThat(input).containsEntry("name", "DS_PROMETHEUS")
                .containsEntry("type", "datasource")
                .containsEntry("pluginId", "prometheus"));
        List<Object> datasources = JsonPath.read(dashboard, "$..datasource");
        assertThat(datasources).as("data sources of panels, queries and variables")
            .hasSizeGreaterThan(JsonPath.<List<Object>>read(dashboard, "$.panels[*]").size())
            .allSatisfy((datasource) -> assertThat(datasource)
                .isEqualTo(Map.of("type", "prometheus", "uid", "${DS_PROMETHEUS}")));
        assertThat(Files.readString(DOCS.resolve("metrics.md"))).contains("`DS_PROMETHEUS`");
    }

    @Test
    void healthDocumentsEveryDetailAndTheSwitch() throws IOException {
        String doc = Files.readString(DOCS.resolve("health.md"));
        for (String detail : List.of("version", "connections", "inUse", "idle", "pending", "max", "tooManyConnections",
                "error")) {
            assertThat(doc).contains("| `" + detail + "` |");
        }
        assertThat(doc).contains("management.health.redispool.enabled=false").contains("/actuator/health/redisPool");
    }

    @Test
    void migrationNamesTheBuilderMethodOfEveryPropertyThatIsNotTheBuildersOwnName() throws IOException {
        Set<String> builderMethods = Stream.of(RedisClientConfig.Builder.class.getMethods())
            .map(Method::getName)
            .collect(Collectors.toSet());
        Map<String, String> exceptions = new LinkedHashMap<>();
        section("migration.md", "## Outside Spring: builder methods").map(TABLE_ROW::matcher)
            .filter(Matcher::matches)
            .filter((row) -> row.group(1).startsWith("`"))
            .forEach((row) -> BACKTICKED.matcher(row.group(1))
                .results()
                .forEach((name) -> exceptions.put(name.group(1), row.group(2))));
        assertThat(exceptions).as("properties listed under 'Outside Spring' in migration.md").isNotEmpty();
        Set<String> properties = metadataNames().stream()
            .map((name) -> name.startsWith("redis.pool.") ? name.substring("redis.pool.".length()) : name)
            .collect(Collectors.toSet());
        assertThat(properties).containsAll(exceptions.keySet());
        for (String property : properties) {
            String method = camelCase(property);
            if (exceptions.containsKey(property)) {
                assertThat(builderMethods)
                    .as("'%s' is listed as named otherwise, but the builder has %s(...)", property, method)
                    .doesNotContain(method);
            }
            else {
                assertThat(builderMethods)
                    .as("builder method %s(...) for '%s', or a row for it under 'Outside" + " Spring' in migration.md",
                            method, property)
                    .contains(method);
            }
        }
        exceptions.values()
            .forEach((cell) -> METHOD_CALL.matcher(cell)
                .results()
                .forEach((call) -> assertThat(builderMethods).as(cell).contains(call.group(1))));
    }

    @Test
    void docsNameOnlyTestsThatExistAndAreNotDisabled() throws IOException {
        Map<String, Path> sources = new LinkedHashMap<>();
        for (Path root : TEST_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter((file) -> file.getFileName().toString().endsWith("Tests.java"))
                    .forEach((file) -> sources.put(file.getFileName().toString().replace(".java", ""), file));
            }
        }
        for (String doc : List.of("reliability.md", "testing.md", "two-clients.md")) {
            Matcher reference = TEST_REFERENCE.matcher(Files.readString(DOCS.resolve(doc)));
            while (reference.find()) {
                String name = reference.group(1);
                String test = reference.group(2);
                assertThat(sources).as("%s names %s", doc, name).containsKey(name);
                String code = Files.readString(sources.get(name));
                int declaration = code.indexOf("class " + name);
                assertThat(code.substring(0, declaration)).as("%s names %s", doc, name).doesNotContainPattern(DISABLED);
                if (test != null) {
                    int method = code.indexOf(" void " + test + "(");
                    assertThat(method).as("%s names %s#%s", doc, name, test).isPositive();
                    String annotations = code.substring(code.lastIndexOf("\n\n", method), method);
                    assertThat(annotations).as("%s names %s#%s", doc, name, test).doesNotContainPattern(DISABLED);
                }
            }
        }
    }

    @Test
    void everyRedisPoolDependencyInTheDocsGivesTheProjectVersion() throws IOException {
        Matcher parent = PARENT_VERSION.matcher(Files.readString(Path.of("..", "pom.xml")));
        assertThat(parent.find()).as("the version in ../pom.xml").isTrue();
        String version = parent.group(1);
        for (Path doc : markdown()) {
            String text = Files.readString(doc);
            Matcher maven = MAVEN_DEPENDENCY.matcher(text);
            while (maven.find()) {
                if (maven.group().contains("<groupId>io.redispool</groupId>")) {
                    assertThat(maven.group()).as("Maven dependency in %s", doc)
                        .contains("<version>" + version + "</version>");
                }
            }
            Matcher gradle = GRADLE_DEPENDENCY.matcher(text);
            while (gradle.find()) {
                assertThat(gradle.group(2)).as("Gradle dependency %s in %s", gradle.group(), doc).isEqualTo(version);
            }
        }
    }

    @Test
    void docsReferToNoIssueOfOurOwnTracker() throws IOException {
        for (Path doc : markdown()) {
            String text = OTHER_PROJECTS_ISSUES.matcher(Files.readString(doc)).replaceAll("");
            assertThat(text).as("%s: users read the docs, not our tracker; explain instead", doc)
                .doesNotContainPattern(ISSUE_REFERENCE);
        }
    }

    @Test
    void codeShownFromASourceFileIsThatFileVerbatim() throws IOException {
        int shown = 0;
        for (Path doc : markdown()) {
            List<String> lines = Files.readAllLines(doc);
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).equals("```java")) {
                    continue;
                }
                int before = i - 1;
                while (before > 0 && lines.get(before).isBlank()) {
                    before--;
                }
                Matcher link = SOURCE_LINK.matcher(lines.get(before));
                if (!link.find()) {
                    continue;
                }
                int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
                Path source = doc.getParent().resolve(link.group(1)).normalize();
                assertThat(String.join("\n", lines.subList(i + 1, end)) + "\n").as("%s, as %s shows it", source, doc)
                    .isEqualTo(Files.readString(source));
                shown++;
            }
        }
        assertThat(shown).as("code blocks in the docs shown from a linked source file").isGreaterThanOrEqualTo(2);
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

    @Test
    void metricsDocumentsEveryClientSideCacheMeterWithTypeUnitAndDescription() throws IOException {
        String doc = Files.readString(DOCS.resolve("metrics.md"));
        for (ClientSideCacheMeters meter : ClientSideCacheMeters.values()) {
            String type = (meter.getType() == Meter.Type.COUNTER) ? "function counter" : "gauge";
            assertThat(doc).contains("| `" + meter.getName() + "` | " + type + " | " + meter.getBaseUnit()
                    + " | `pool` | " + meter.getDescription() + " |");
        }
    }

    private static String documentedDefault(Map<String, Object> property) {
        Object value = property.get("defaultValue");
        return (value != null) ? "`" + value + "`" : "—";
    }

    private static Stream<String> lines(String file) throws IOException {
        return Files.readAllLines(DOCS.resolve(file)).stream();
    }

    private static Set<String> metadataNames() throws IOException {
        List<String> names = JsonPath.read(METADATA.toFile(), "$.properties[*].name");
        return new HashSet<>(names);
    }

    /** The lines of a doc from a heading up to the next heading of the same level. */
    private static Stream<String> section(String file, String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve(file));
        int start = lines.indexOf(heading);
        assertThat(start).as("'%s' in %s", heading, file).isNotNegative();
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith(level)) {
            end++;
        }
        return lines.subList(start + 1, end).stream();
    }

    private static String camelCase(String property) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : property.toCharArray()) {
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

    /** README.md and every page under docs/. */
    private static List<Path> markdown() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return Stream
                .concat(Stream.of(Path.of("..", "README.md")),
                        files.filter((file) -> file.toString().endsWith(".md")).sorted())
                .toList();
        }
    }

}
