package io.redispool.commands.scripting;

import static io.redispool.commands.scripting.ScriptingCommandsTests.untilBusy;
import static io.redispool.commands.scripting.ScriptingCommandsTests.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.Commands;
import io.redispool.commands.server.FlushMode;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The function commands against a real server: loading, calling, listing, dumping and
 * restoring libraries, their statistics and FUNCTION KILL.
 */
class FunctionCommandsTests {

    private static final String LIBRARY = """
            #!lua name=shop
            redis.register_function{function_name='price', callback=function(keys, args)
              return redis.call('GET', keys[1]) end, flags={'no-writes'}, description='reads a price'}
            redis.register_function('setprice', function(keys, args) return redis.call('SET', keys[1], args[1]) end)
            """;

    private static final String OTHER = """
            #!lua name=tools
            redis.register_function{function_name='busy', callback=function(keys, args)
              %s end, flags={'no-writes'}}
            """.formatted(ScriptingCommandsTests.BUSY);

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension
        .create((server) -> server.setting("busy-reply-threshold", "50"));

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.commands.flushall();
        this.commands.functionFlush();
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void functionLoadNamesTheLibraryAndFcallRunsItsFunctions() {
        assertThat(this.commands.functionLoad(LIBRARY)).isEqualTo("shop");

        assertThat(this.commands.fcall("setprice", List.of("apple"), List.of("3"))).isEqualTo("OK");
        assertThat(this.commands.fcall("price", List.of("apple"), List.of())).isEqualTo("3");
        assertThat(this.commands.fcall("price", List.of("apple"), List.of(), ReplyDecoders.TEXT)).isEqualTo("3");
        assertThat(this.commands.fcallRo("price", List.of("apple"), List.of())).isEqualTo("3");
        assertThat(this.commands.fcallRo("price", List.of("pear"), List.of(), ReplyDecoders.TEXT)).isNull();
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.fcallRo("setprice", List.of("apple"), List.of("4")))
            .withMessageContaining("write flag using *_ro command");
        assertThat(this.commands.get("apple")).isEqualTo("3");
    }

    @Test
    void functionLoadRefusesAnExistingLibraryUnlessReplace() {
        this.commands.functionLoad(LIBRARY);

        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.functionLoad(LIBRARY))
            .withMessageContaining("already exists");
        assertThat(this.commands.functionLoadReplace(LIBRARY.replace("reads a price", "new"))).isEqualTo("shop");
        assertThat(this.commands.functionList().get(0).functions()).extracting(FunctionInfo::description)
            .containsExactlyInAnyOrder("new", null);
    }

    @Test
    void functionListDescribesLibrariesAndFiltersByName() {
        this.commands.functionLoad(LIBRARY);
        this.commands.functionLoad(OTHER);

        List<LibraryInfo> all = this.commands.functionList();
        assertThat(all).extracting(LibraryInfo::name).containsExactlyInAnyOrder("shop", "tools");
        LibraryInfo shop = this.commands.functionList(FunctionListOptions.none().libraryName("sh*")).get(0);
        assertThat(shop.name()).isEqualTo("shop");
        assertThat(shop.engine()).isEqualTo("LUA");
        assertThat(shop.code()).isNull();
        assertThat(shop.functions()).containsExactlyInAnyOrder(
                new FunctionInfo("price", "reads a price", Set.of("no-writes")),
                new FunctionInfo("setprice", null, Set.of()));
        List<LibraryInfo> withCode = this.commands
            .functionList(FunctionListOptions.none().withCode().libraryName("tools"));
        assertThat(withCode).singleElement().satisfies((tools) -> assertThat(tools.code()).isEqualTo(OTHER));
    }

    @Test
    void functionDeleteAndFlushRemoveLibraries() {
        this.commands.functionLoad(LIBRARY);
        this.commands.functionLoad(OTHER);

        assertThat(this.commands.functionDelete("shop")).isEqualTo("OK");
        assertThat(this.commands.functionList()).extracting(LibraryInfo::name).containsExactly("tools");
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.functionDelete("shop"))
            .withMessageContaining("not found");
        for (FlushMode mode : FlushMode.values()) {
            this.commands.functionLoad(LIBRARY);
            assertThat(this.commands.functionFlush(mode)).isEqualTo("OK");
            assertThat(this.commands.functionList()).isEmpty();
        }
    }

    @Test
    void functionDumpRestoresUnderEachPolicy() {
        this.commands.functionLoad(LIBRARY);
        byte[] dump = this.commands.functionDump();
        this.commands.functionFlush();

        assertThat(this.commands.functionRestore(dump)).isEqualTo("OK");
        assertThat(this.commands.functionList()).extracting(LibraryInfo::name).containsExactly("shop");
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.functionRestore(dump, RestorePolicy.APPEND))
            .withMessageContaining("already exists");
        assertThat(this.commands.functionRestore(dump, RestorePolicy.REPLACE)).isEqualTo("OK");
        this.commands.functionLoad(OTHER);
        assertThat(this.commands.functionRestore(dump, RestorePolicy.FLUSH)).isEqualTo("OK");
        assertThat(this.commands.functionList()).extracting(LibraryInfo::name).containsExactly("shop");
    }

    @Test
    void functionStatsCountsPerEngineAndShowsNoRunningFunctionWhenIdle() {
        this.commands.functionLoad(LIBRARY);
        this.commands.functionLoad(OTHER);

        FunctionStats stats = this.commands.functionStats();

        assertThat(stats.running()).isNull();
        assertThat(stats.engines()).isEqualTo(Map.of("LUA", new FunctionStats.Engine(2, 3)));
    }

    @Test
    void functionStatsShowsTheBusyFunctionAndFunctionKillStopsIt() throws Exception {
        this.commands.functionLoad(OTHER);
        try (RedisClient other = RedisClient.create(redis.server().url())) {
            other.commands().ping();
            CompletableFuture<Object> busy = CompletableFuture
                .supplyAsync(() -> this.commands.fcallRo("busy", List.of(), List.of("x")));

            FunctionStats stats = untilBusy(() -> {
                FunctionStats now = other.commands().functionStats();
                if (now.running() == null) {
                    throw new RedisServerException("NOTBUSY no function is running yet");
                }
                return now;
            });
            assertThat(other.commands().functionKill()).isEqualTo("OK");

            assertThat(stats.running().name()).isEqualTo("busy");
            assertThat(stats.running().command()).containsExactly("FCALL_RO", "busy", "0", "x");
            assertThat(stats.running().duration()).isLessThan(Duration.ofSeconds(10));
            assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> busy.get(5, TimeUnit.SECONDS))
                .havingCause()
                .isInstanceOf(RedisServerException.class)
                .withMessageContaining("killed");
        }
    }

    // ---- arguments, no server

    @Test
    void functionCommandsSendTheirOptionsInOrder() {
        Commands<String, String> builders = Commands.utf8();

        assertThat(words(builders.functions().fcall("f", List.of("k"), List.of("a", "b")))).containsExactly("FCALL",
                "f", "1", "k", "a", "b");
        assertThat(words(builders.functions().functionLoadReplace("code"))).containsExactly("FUNCTION", "LOAD",
                "REPLACE", "code");
        assertThat(words(builders.functions().functionList(FunctionListOptions.none().withCode().libraryName("a*"))))
            .containsExactly("FUNCTION", "LIST", "LIBRARYNAME", "a*", "WITHCODE");
        assertThat(words(builders.functions().functionRestore(new byte[] { 'x' }, RestorePolicy.FLUSH)))
            .containsExactly("FUNCTION", "RESTORE", "x", "FLUSH");
        assertThat(words(builders.functions().functionFlush(FlushMode.SYNC))).containsExactly("FUNCTION", "FLUSH",
                "SYNC");
    }

    @Test
    void badFunctionArgumentsAreRefusedNamingThem() {
        Commands<String, String> builders = Commands.utf8();

        assertThatNullPointerException().isThrownBy(() -> builders.functions().fcall(null, List.of(), List.of()))
            .withMessage("'function' must not be null");
        assertThatNullPointerException().isThrownBy(() -> builders.functions().functionRestore(null))
            .withMessage("'payload' must not be null");
        assertThatNullPointerException().isThrownBy(() -> builders.functions().functionLoad(null))
            .withMessage("'code' must not be null");
        assertThatIllegalStateException().isThrownBy(() -> FunctionListOptions.none().libraryName("a").libraryName("b"))
            .withMessage("A LIBRARYNAME pattern is already set (a)");
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
