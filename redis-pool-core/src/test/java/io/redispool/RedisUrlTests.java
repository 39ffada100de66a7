package io.redispool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redispool.connection.Endpoint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedisUrlTests {

    private static final String SECRET = "s3cr3tPw";

    @Test
    void parseOfHostOnlyUsesDefaultPortAndDatabaseZeroWithoutCredentials() {
        assertThat(RedisUrl.parse("redis://cache.example.com"))
            .isEqualTo(new RedisUrl(new Endpoint.Tcp("cache.example.com", 6379), null, null, 0));
    }

    @Test
    void parseOfHostAndPortUsesThatPort() {
        assertThat(RedisUrl.parse("redis://cache:6380").endpoint()).isEqualTo(new Endpoint.Tcp("cache", 6380));
    }

    @Test
    void parseOfHostPortAndPathUsesPathAsDatabase() {
        assertThat(RedisUrl.parse("redis://cache:6380/3"))
            .isEqualTo(new RedisUrl(new Endpoint.Tcp("cache", 6380), null, null, 3));
    }

    @Test
    void parseOfTrailingSlashMeansDatabaseZero() {
        assertThat(RedisUrl.parse("redis://cache/").database()).isZero();
    }

    @Test
    void parseOfPasswordWithoutUsernameLeavesUsernameNull() {
        RedisUrl url = RedisUrl.parse("redis://:" + SECRET + "@cache");

        assertThat(url.username()).isNull();
        assertThat(url.password()).isEqualTo(SECRET);
        assertThat(url.endpoint()).isEqualTo(new Endpoint.Tcp("cache", 6379));
    }

    @Test
    void parseOfUserInfoWithoutColonTakesItAsPassword() {
        RedisUrl url = RedisUrl.parse("redis://" + SECRET + "@cache");

        assertThat(url.username()).isNull();
        assertThat(url.password()).isEqualTo(SECRET);
    }

    @Test
    void parseOfUsernamePasswordPortAndDatabaseReadsEveryPart() {
        assertThat(RedisUrl.parse("redis://app:" + SECRET + "@cache:1/2"))
            .isEqualTo(new RedisUrl(new Endpoint.Tcp("cache", 1), "app", SECRET, 2));
    }

    @Test
    void parseDecodesPercentEncodedPassword() {
        RedisUrl url = RedisUrl.parse("redis://app:p%40ss%3Aw%2Frd%25@cache");

        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("p@ss:w/rd%");
    }

    @Test
    void parseDecodesPercentEncodedColonInUsernameAfterSplitting() {
        RedisUrl url = RedisUrl.parse("redis://team%3Aapp:" + SECRET + "@cache");

        assertThat(url.username()).isEqualTo("team:app");
        assertThat(url.password()).isEqualTo(SECRET);
    }

    @Test
    void parseOfIpv6LiteralStripsBracketsAndReadsPort() {
        RedisUrl url = RedisUrl.parse("redis://[::1]:6380");

        assertThat(url.endpoint()).isEqualTo(new Endpoint.Tcp("::1", 6380));
        assertThat(url.endpoint()).hasToString("[::1]:6380");
    }

    @Test
    void parseOfIpv6LiteralWithoutPortUsesDefaultPort() {
        assertThat(RedisUrl.parse("redis://[2001:db8::7]/4"))
            .isEqualTo(new RedisUrl(new Endpoint.Tcp("2001:db8::7", 6379), null, null, 4));
    }

    @Test
    void parseOfUnixUrlUsesSocketPathAndDatabaseZero() {
        assertThat(RedisUrl.parse("unix:///tmp/redis.sock"))
            .isEqualTo(new RedisUrl(new Endpoint.UnixSocket(Path.of("/tmp/redis.sock")), null, null, 0));
    }

    @Test
    void parseOfUnixUrlReadsDatabaseFromQuery() {
        assertThat(RedisUrl.parse("unix:///tmp/redis.sock?db=2"))
            .isEqualTo(new RedisUrl(new Endpoint.UnixSocket(Path.of("/tmp/redis.sock")), null, null, 2));
    }

    @Test
    void parseRejectsUnknownSchemeNamingUrlWithoutPassword() {
        assertThat(rejection("http://:" + SECRET + "@cache:6379")).contains("the scheme must be redis, rediss or unix");
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost:6379", "cache", "" })
    void parseRejectsUrlWithoutRedisScheme(String url) {
        assertThat(rejection(url)).contains("the scheme must be redis, rediss or unix");
    }

    @Test
    void parseOfTlsSchemeTurnsTlsOn() {
        assertThat(RedisUrl.parse("rediss://app:" + SECRET + "@cache:6380/1"))
            .isEqualTo(new RedisUrl(new Endpoint.Tcp("cache", 6380), "app", SECRET, 1, true));
        assertThat(RedisUrl.parse("redis://cache").tls()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "redis://", "redis:///3", "redis://:" + SECRET + "@/0", "redis://app:" + SECRET + "@" })
    void parseRejectsUrlWithoutHost(String url) {
        assertThat(rejection(url)).doesNotContain(SECRET);
    }

    @Test
    void parseRejectsMissingHostSayingSo() {
        assertThat(rejection("redis://:" + SECRET + "@/0")).endsWith("it names no host");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "65536", "99999" })
    void parseRejectsPortOutsideValidRange(String port) {
        assertThat(rejection("redis://app:" + SECRET + "@cache:" + port))
            .endsWith("the port must be between 1 and 65535");
    }

    @ParameterizedTest
    @ValueSource(strings = { "notaport", "-1", "99999999999" })
    void parseRejectsNonNumericPortWithoutRevealingPassword(String port) {
        rejection("redis://app:" + SECRET + "@cache:" + port);
    }

    @ParameterizedTest
    @ValueSource(strings = { "notaport", "-1", "99999999999" })
    void parseRejectsNonNumericPortNamingThePort(String port) {
        String message = rejection("redis://cache:" + port);
        String reason = message.substring(message.lastIndexOf("': ") + 3);

        assertThat(reason).contains("port");
    }

    @ParameterizedTest
    @CsvSource({ "abc, abc", "-1, -1", "2147483648, 2147483648", "1/2, 1/2", "0x1, 0x1" })
    void parseRejectsBadDatabaseQuotingIt(String path, String quoted) {
        assertThat(rejection("redis://:" + SECRET + "@cache:6379/" + path))
            .endsWith("the database must be a number of 0 or more but was '" + quoted + "'");
    }

    @Test
    void parseRejectsNegativeDatabase() {
        assertThat(rejection("redis://app:" + SECRET + "@cache/-3"))
            .endsWith("the database must be a number of 0 or more but was '-3'");
    }

    @ParameterizedTest
    @CsvSource({ "unix:///tmp/redis.sock?database=2, database", "unix:///tmp/redis.sock?x=1&db=2, x",
            "unix:///tmp/redis.sock?db=2&x=1, x" })
    void parseRejectsUnixQueryOtherThanDbNamingTheParameter(String url, String parameter) {
        assertThat(rejection(url))
            .endsWith("the only query parameters are db and protocol, but the URL has '" + parameter + "'");
    }

    @Test
    void parseRejectsUnixPasswordQueryWithoutRevealingIt() {
        assertThat(rejection("unix:///tmp/redis.sock?password=" + SECRET))
            .endsWith("the only query parameters are db and protocol, but the URL has 'password'")
            .doesNotContain(SECRET);
    }

    @Test
    void parseRejectsDatabaseGivenTwiceInTheQuery() {
        assertThat(rejection("unix:///tmp/redis.sock?db=1&db=2")).endsWith("the parameter db is given twice");
    }

    @ParameterizedTest
    @CsvSource({ "unix:///tmp/redis.sock?db=, ''", "unix:///tmp/redis.sock?db=x, x",
            "unix:///tmp/redis.sock?db=-2, -2" })
    void parseRejectsBadUnixDatabase(String url, String quoted) {
        assertThat(rejection(url)).endsWith("the database must be a number of 0 or more but was '" + quoted + "'");
    }

    @Test
    void parseRejectsUnixUrlWithoutPath() {
        assertThat(rejection("unix:relative.sock")).endsWith("it names no socket path");
    }

    @Test
    void parseRejectsSyntaxErrorWithoutRevealingPassword() {
        assertThat(rejection("redis://app:" + SECRET + " x@cache")).contains("Illegal character");
    }

    @Test
    void parseOfUnencodedSlashInPasswordKeepsItInThePassword() {
        assertThat(RedisUrl.parse("redis://:pass/word@cache/2"))
            .isEqualTo(new RedisUrl(new Endpoint.Tcp("cache", 6379), null, "pass/word", 2));
        assertThat(rejection("redis://:pass/word@cache:x")).doesNotContain("pass/word");
    }

    @Test
    void parseOfUnencodedAtInPasswordSplitsAtTheLastAt() {
        assertThat(RedisUrl.parse("redis://:top@secret@cache").password()).isEqualTo("top@secret");
        assertThat(rejection("redis://:top@secret@cache:x")).doesNotContain("secret");
    }

    @Test
    void parseDoesNotSilentlyIgnoreDbQueryOnTcpUrl() {
        IllegalArgumentException rejected = catchThrowableOfType(() -> RedisUrl.parse("redis://cache:6379?db=3"),
                IllegalArgumentException.class);
        if (rejected == null) {
            assertThat(RedisUrl.parse("redis://cache:6379?db=3").database()).isEqualTo(3);
        }
        else {
            assertThat(rejected).hasMessageContaining("'url'");
        }
    }

    @Test
    void parseDoesNotSilentlyDropCredentialsOfUnixUrl() {
        IllegalArgumentException rejected = catchThrowableOfType(
                () -> RedisUrl.parse("unix://:" + SECRET + "@/tmp/redis.sock"), IllegalArgumentException.class);
        if (rejected == null) {
            assertThat(RedisUrl.parse("unix://:" + SECRET + "@/tmp/redis.sock").password()).isEqualTo(SECRET);
        }
        else {
            assertThat(rejected.getMessage()).doesNotContain(SECRET);
        }
    }

    @Test
    void maskReplacesUserInfo() {
        assertThat(RedisUrl.mask("redis://app:" + SECRET + "@cache:6379/2")).isEqualTo("redis://****@cache:6379/2");
        assertThat(RedisUrl.mask("redis://:" + SECRET + "@cache")).isEqualTo("redis://****@cache");
    }

    @Test
    void maskLeavesUrlWithoutCredentialsUnchanged() {
        assertThat(RedisUrl.mask("redis://cache:6379/2")).isEqualTo("redis://cache:6379/2");
        assertThat(RedisUrl.mask("unix:///tmp/redis.sock?db=1")).isEqualTo("unix:///tmp/redis.sock?db=1");
        assertThat(RedisUrl.mask(null)).isNull();
    }

    @Test
    void toStringMasksPasswordButShowsEverythingElse() {
        RedisUrl url = RedisUrl.parse("redis://app:" + SECRET + "@cache:6380/5");

        assertThat(url.toString()).doesNotContain(SECRET)
            .contains("password=****")
            .contains("username=app")
            .contains("cache:6380")
            .contains("database=5");
    }

    @Test
    void toStringShowsMissingPasswordAsNull() {
        assertThat(RedisUrl.parse("redis://cache").toString()).contains("password=null");
    }

    /**
     * Parses a URL that must be rejected, checks what every rejection promises, and
     * returns the message.
     */
    /** Every character with a meaning in a URL, inside a password written raw. */
    static java.util.stream.Stream<String> urlSpecialCharacters() {
        return ":/?#[]@!$&'()*+,;=%".chars().mapToObj((c) -> String.valueOf((char) c));
    }

    @ParameterizedTest(name = "password holding {0}")
    @MethodSource("urlSpecialCharacters")
    void passwordWithAUrlSpecialCharacterNeverAppearsInMaskOrErrors(String special) {
        String password = "pa" + special + "ss" + SECRET;
        for (String url : List.of("redis://:" + password + "@127.0.0.1:6543",
                "redis://:" + password + "@127.0.0.1:6543/2", "redis://user:" + password + "@127.0.0.1:99999",
                "rediss://:" + password + "@[::1", "unix://:" + password + "@/tmp/redis.sock?db=x",
                "redis://:" + password + "@host?db=2&password=" + password)) {
            assertThat(RedisUrl.mask(url)).as("mask of a URL with %s", special).doesNotContain(SECRET);
            try {
                RedisUrl parsed = RedisUrl.parse(url);
                assertThat(parsed.toString()).doesNotContain(SECRET);
            }
            catch (IllegalArgumentException ex) {
                assertThat(ex.getMessage()).as("error for a URL with %s", special).doesNotContain(SECRET);
            }
        }
    }

    @ParameterizedTest(name = "password holding {0}")
    @MethodSource("urlSpecialCharacters")
    void passwordWithAUrlSpecialCharacterOtherThanPercentParsesWhole(String special) {
        org.junit.jupiter.api.Assumptions.assumeFalse(special.equals("%"), "a raw % must start an escape");
        String password = "pa" + special + "ss";
        RedisUrl url = RedisUrl.parse("redis://:" + password + "@127.0.0.1:6543/3");
        assertThat(url.password()).isEqualTo(password);
        assertThat(url.database()).isEqualTo(3);
        assertThat(url.endpoint()).hasToString("127.0.0.1:6543");
    }

    /** The reason of the rejection, which ends with what is wrong with the URL. */
    private static String rejection(String url) {
        InvalidSettingException ex = catchThrowableOfType(() -> RedisUrl.parse(url), InvalidSettingException.class);
        assertThat(ex).as("rejection of %s", url).isNotNull();
        assertThat(ex.getMessage()).startsWith("'url' must look like ").doesNotContain(SECRET);
        assertThat(ex.setting()).isEqualTo("url");
        assertThat(ex.value()).doesNotContain(SECRET);
        return ex.reason();
    }

    @Test
    void rejectionQuotesTheMaskedUrl() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://app:" + SECRET + "@cache/x"))
            .withMessageContaining("but was 'redis://****@cache/x'");
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://cache/x"))
            .withMessageContaining("but was 'redis://cache/x'");
    }

    @Test
    void parseReadsTheProtocolFromTheQueryAloneOrWithTheDatabase() {
        assertThat(RedisUrl.parse("redis://cache:6380?protocol=3").protocol()).isEqualTo(3);
        assertThat(RedisUrl.parse("redis://cache:6380/4?protocol=2"))
            .isEqualTo(new RedisUrl(new Endpoint.Tcp("cache", 6380), null, null, 4, false, 2));
        assertThat(RedisUrl.parse("unix:///tmp/redis.sock?db=2&protocol=3"))
            .isEqualTo(new RedisUrl(new Endpoint.UnixSocket(Path.of("/tmp/redis.sock")), null, null, 2, false, 3));
        assertThat(RedisUrl.parse("redis://cache").protocol()).isZero();
    }

    @ParameterizedTest
    @CsvSource({ "redis://cache?protocol=4, the protocol must be 2 or 3",
            "redis://cache?protocol=, the protocol must be 2 or 3",
            "redis://cache?protocol=3&protocol=3, the parameter protocol is given twice" })
    void parseRejectsABadOrRepeatedProtocol(String url, String reason) {
        assertThat(rejection(url)).endsWith(reason);
    }

    @Test
    void maskLeavesTheProtocolParameterVisible() {
        assertThat(RedisUrl.mask("redis://cache?db=1&protocol=3")).isEqualTo("redis://cache?db=1&protocol=3");
        assertThat(RedisUrl.mask("redis://cache?protocol=3&token=" + SECRET))
            .isEqualTo("redis://cache?protocol=3&token=****");
    }

}
