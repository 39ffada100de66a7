package io.redispool.commands.scripting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.command.Command;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.Commands;
import io.redispool.commands.server.FlushMode;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Lua script commands against a real server, the {@link Script} that falls back to
 * EVAL, and the argument checks that need no server.
 */
class ScriptingCommandsTests {

    /**
     * Runs for up to ten seconds unless killed; it never writes, so SCRIPT KILL may stop
     * it.
     */
    static final String BUSY = "local start = redis.call('TIME')[1] "
            + "while redis.call('TIME')[1] - start < 10 do end return 'finished'";

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
        this.commands.scriptFlush();
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void evalDecodesEveryReplyTypeAsPlainJavaValues() {
        Object reply = this.commands.eval("return {1, 'two', {3}, redis.error_reply('BAD thing'), false, true, 4.7}",
                List.of(), List.of());

        assertThat(reply).isInstanceOf(List.class);
        List<Object> values = new ArrayList<>((List<?>) reply);
        assertThat(values).hasSize(7);
        assertThat(values.subList(0, 3)).containsExactly(1L, "two", List.of(3L));
        assertThat(values.get(3)).isInstanceOfSatisfying(RedisServerException.class,
                (error) -> assertThat(error.errorCode()).isEqualTo("BAD"));
        assertThat(values.subList(4, 7)).as("false, true, and a number cut to an integer")
            .containsExactly(null, 1L, 4L);
        assertThat(this.commands.eval("return redis.status_reply('FINE')", List.of(), List.of())).isEqualTo("FINE");
        assertThat(this.commands.eval("return nil", List.of(), List.of())).isNull();
    }

    @Test
    void evalPassesKeysThenArgumentsAndMayWrite() {
        Object reply = this.commands.eval(
                "redis.call('SET', KEYS[1], ARGV[1]) return {KEYS[1], KEYS[2], ARGV[1], ARGV[2]}", List.of("k1", "k2"),
                List.of("v\u00e9", "a2"));

        assertThat(reply).isEqualTo(List.of("k1", "k2", "v\u00e9", "a2"));
        assertThat(this.commands.get("k1")).isEqualTo("v\u00e9");
    }

    @Test
    void evalWithADecoderGivesItsType() {
        Long sum = this.commands.eval("return ARGV[1] + ARGV[2]", List.of(), List.of("40", "2"), ReplyDecoders.INTEGER);

        assertThat(sum).isEqualTo(42L);
    }

    @Test
    void scriptErrorsAreThrownWithTheServersText() {
        this.commands.set("text", "x");

        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.eval("return redis.call('INCR', KEYS[1])", List.of("text"), List.of()))
            .withMessageContaining("not an integer")
            .satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("ERR"));
    }

    @Test
    void scriptLoadGivesTheSha1ThatEvalshaRuns() {
        Script script = Script.of("return 'loaded ' .. ARGV[1]");

        assertThat(this.commands.scriptLoad(script.source())).isEqualTo(script.sha1());
        assertThat(this.commands.evalsha(script.sha1(), List.of(), List.of("x"))).isEqualTo("loaded x");
        assertThat(this.commands.evalsha(script.sha1(), List.of(), List.of("y"), ReplyDecoders.TEXT))
            .isEqualTo("loaded y");
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.evalsha(Script.of("return 2").sha1(), List.of(), List.of()))
            .satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("NOSCRIPT"));
    }

    @Test
    void readOnlyFormsRunReadsAndRefuseWrites() {
        this.commands.set("k", "v");
        String write = "return redis.call('SET', KEYS[1], 'w')";
        String sha1 = this.commands.scriptLoad("return redis.call('GET', KEYS[1])");

        assertThat(this.commands.evalRo("return redis.call('GET', KEYS[1])", List.of("k"), List.of())).isEqualTo("v");
        assertThat(this.commands.evalRo("return #ARGV", List.of(), List.of("a", "b"), ReplyDecoders.INTEGER))
            .isEqualTo(2);
        assertThat(this.commands.evalshaRo(sha1, List.of("k"), List.of())).isEqualTo("v");
        assertThat(this.commands.evalshaRo(sha1, List.of("k"), List.of(), ReplyDecoders.TEXT)).isEqualTo("v");
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.evalRo(write, List.of("k"), List.of()))
            .withMessageContaining("Write commands are not allowed from read-only scripts");
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.evalshaRo(this.commands.scriptLoad(write), List.of("k"), List.of()));
        assertThat(this.commands.get("k")).isEqualTo("v");
    }

    @Test
    void scriptExistsAnswersForEachSha1InOrder() {
        String loaded = this.commands.scriptLoad("return 1");

        assertThat(this.commands.scriptExists(List.of(Script.of("return 2").sha1(), loaded, loaded)))
            .containsExactly(false, true, true);
    }

    @Test
    void scriptFlushForgetsEveryScriptInEachMode() {
        for (FlushMode mode : FlushMode.values()) {
            String sha1 = this.commands.scriptLoad("return 1");
            assertThat(this.commands.scriptFlush(mode)).isEqualTo("OK");
            assertThat(this.commands.scriptExists(List.of(sha1))).containsExactly(false);
        }
        String sha1 = this.commands.scriptLoad("return 1");
        assertThat(this.commands.scriptFlush()).isEqualTo("OK");
        assertThat(this.commands.scriptExists(List.of(sha1))).containsExactly(false);
    }

    @Test
    void scriptKillStopsABusyScript() throws Exception {
        try (RedisClient killer = RedisClient.create(redis.server().url())) {
            killer.commands().ping();
            CompletableFuture<Object> busy = CompletableFuture
                .supplyAsync(() -> this.commands.eval(BUSY, List.of(), List.of()));

            assertThat(untilBusy(() -> killer.commands().scriptKill())).isEqualTo("OK");

            assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> busy.get(5, TimeUnit.SECONDS))
                .havingCause()
                .isInstanceOf(RedisServerException.class)
                .withMessageContaining("Script killed by user");
        }
    }

    @Test
    void evalScriptSendsTheSourceOnlyWhenTheServerLacksTheScript() {
        Script script = Script.of("return 'ran ' .. KEYS[1]");
        this.commands.scriptLoad(script.source());
        this.commands.configResetstat();

        assertThat(this.commands.evalScript(script, List.of("a"), List.of())).isEqualTo("ran a");
        assertThat(calls("evalsha")).isEqualTo(1);
        assertThat(calls("eval")).isZero();

        this.commands.scriptFlush();
        assertThat(this.commands.evalScript(script, List.of("b"), List.of(), ReplyDecoders.TEXT)).isEqualTo("ran b");
        assertThat(calls("eval")).isEqualTo(1);
        assertThat(this.commands.scriptExists(List.of(script.sha1()))).containsExactly(true);

        assertThat(this.commands.evalScript(script, List.of("c"), List.of())).isEqualTo("ran c");
        assertThat(calls("eval")).isEqualTo(1);
    }

    @Test
    void evalScriptFallsBackOnNoscriptOnlyAndPassesOtherErrorsOn() {
        Script failing = Script.of("return redis.error_reply('OOPS no')");
        this.commands.configResetstat();

        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.evalScript(failing, List.of(), List.of()))
            .satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("OOPS"));
        assertThat(calls("eval")).isEqualTo(1);
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.evalScript(failing, List.of(), List.of()))
            .satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("OOPS"));
        assertThat(calls("evalsha")).isEqualTo(2);
        assertThat(calls("eval")).isEqualTo(1);
    }

    @Test
    void aBinaryCodecGetsBulkRepliesAsBytes() {
        RedisCommands<byte[], byte[]> binary = this.client.commands(ByteArrayCodec.INSTANCE);
        byte[] value = { 0, (byte) 0xFF, '\r', '\n' };

        Object reply = binary.eval("return {ARGV[1], 7}", List.of(), List.of(value));

        assertThat(reply).isInstanceOf(List.class);
        assertThat(((List<?>) reply).get(0)).isEqualTo(value);
        assertThat(((List<?>) reply).get(1)).isEqualTo(7L);
    }

    @Test
    void scriptSha1IsTheServersOwn() {
        assertThat(Script.of("return 1").sha1()).isEqualTo("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
        assertThat(Script.of("return '\u00e9'").sha1()).isEqualTo(this.commands.scriptLoad("return '\u00e9'"));
        assertThat(Script.of("return 1")).hasToString("Script[e0e1f9fabfc9d4800c877a703b823ac0578ff8db]");
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(this.commands.scriptHelp()).anyMatch((line) -> line.contains("EXISTS"));
        assertThat(this.commands.functionHelp()).anyMatch((line) -> line.contains("RESTORE"));
    }

    // ---- arguments, no server

    @Test
    void scriptCommandsSendTheKeyCountThenKeysThenArguments() {
        Commands<String, String> builders = Commands.utf8();

        assertThat(words(builders.scripting().eval("return 1", List.of("k1", "k2"), List.of("a"))))
            .containsExactly("EVAL", "return 1", "2", "k1", "k2", "a");
        assertThat(words(builders.scripting().evalshaRo("abc", List.of(), List.of("a", "b"))))
            .containsExactly("EVALSHA_RO", "abc", "0", "a", "b");
        assertThat(words(builders.scripting().scriptFlush(FlushMode.ASYNC))).containsExactly("SCRIPT", "FLUSH",
                "ASYNC");
        assertThat(words(builders.scripting().scriptExists(List.of("a", "b")))).containsExactly("SCRIPT", "EXISTS", "a",
                "b");
    }

    @Test
    void nullsAndEmptyListsAreRefusedNamingThem() {
        Commands<String, String> builders = Commands.utf8();

        assertThatNullPointerException().isThrownBy(() -> builders.scripting().eval(null, List.of(), List.of()))
            .withMessage("'script' must not be null");
        assertThatNullPointerException().isThrownBy(() -> builders.scripting().evalsha("abc", null, List.of()))
            .withMessage("'keys' must not be null");
        assertThatNullPointerException().isThrownBy(() -> builders.scripting().evalRo("return 1", List.of(), null))
            .withMessage("'args' must not be null");
        assertThatNullPointerException()
            .isThrownBy(() -> builders.scripting().eval("return 1", Arrays.asList("k", null), List.of()))
            .withMessage("A key must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.scripting().scriptExists(List.of()))
            .withMessage("SCRIPT EXISTS needs at least one of 'sha1s' but got none");
        assertThatNullPointerException().isThrownBy(() -> Script.of(null)).withMessage("'source' must not be null");
    }

    @Test
    void scriptCommandsAreNeverRetried() {
        Commands<String, String> builders = Commands.utf8();

        assertThat(builders.scripting().eval("return 1", List.of(), List.of()).spec().isRetrySafe()).isFalse();
        assertThat(builders.scripting().evalsha("abc", List.of(), List.of()).spec().isRetrySafe()).isFalse();
    }

    // ---- helpers

    private long calls(String command) {
        Matcher matcher = Pattern.compile("cmdstat_" + command + ":calls=(\\d+)")
            .matcher(this.commands.info("commandstats"));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /**
     * Repeats a command refused with NOTBUSY until a script or function is running, for
     * up to five seconds.
     */
    static <T> T untilBusy(Supplier<T> command) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                return command.get();
            }
            catch (RedisServerException ex) {
                if (!ex.errorCode().equals("NOTBUSY") || System.nanoTime() > deadline) {
                    throw ex;
                }
                Thread.sleep(20);
            }
        }
    }

    static List<String> words(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
