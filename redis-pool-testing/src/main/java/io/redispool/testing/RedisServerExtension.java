package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one real {@link RedisServer} before the tests of a
 * class and closes it after them.
 *
 * <p>
 * Registered on a static field, it gives the server to the whole class and may customize
 * it: <pre>{@code
 * &#64;RegisterExtension
 * static final RedisServerExtension redis = RedisServerExtension.create(
 *         (builder) -> builder.setting("requirepass", "s3cret"));
 *
 *

&#64;Test
 * void answers() {
 *     connectTo(redis.server().port());
 * }
 * }</pre>
 *
 * <p>
 * Declared with {@code @ExtendWith(RedisServerExtension.class)}, it starts a server with
 * the defaults. Either way, a test method, lifecycle method or constructor that declares
 * a {@link RedisServer} parameter receives the running server. The server starts in
 * {@code beforeAll}, so an extension registered on an instance field starts none. Its
 * {@code @Nested} classes share the server of the class that started it. Tests that
 * {@linkplain RedisServer#kill() kill} or {@linkplain RedisServer#pause() pause} it
 * should bring it back, as the next test of the class gets the same server. A class with
 * two of these extensions reaches each server through {@link #server()}, since both would
 * offer to resolve a {@code RedisServer} parameter.
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Consumer<RedisServer.Builder> customizer;

    private volatile RedisServer server;

    // The unique id of the class context that started the server, the one that must close
    // it.
    private volatile String owner;

    /**
     * Creates an extension whose server has the defaults; for {@code @ExtendWith},
     * otherwise prefer {@link #create()}.
     */
    public RedisServerExtension() {
        this((builder) -> {
        });
    }

    private RedisServerExtension(Consumer<RedisServer.Builder> customizer) {
        this.customizer = Objects.requireNonNull(customizer, "'customizer' must not be null");
    }

    /**
     * Creates an extension whose server has the defaults.
     * @return the extension
     */
    public static RedisServerExtension create() {
        return new RedisServerExtension();
    }

    /**
     * Creates an extension whose server is adjusted by {@code customizer} before it
     * starts.
     * @param customizer what to change, such as
     * {@code (builder) -> builder.setting("maxmemory", "1mb")}
     * @return the extension
     */
    public static RedisServerExtension create(Consumer<RedisServer.Builder> customizer) {
        return new RedisServerExtension(customizer);
    }

    /**
     * Returns the server started for the current test class.
     * @return the server
     * @throws IllegalStateException outside the tests of a class the extension is
     * registered on
     */
    public RedisServer server() {
        RedisServer current = this.server;
        if (current == null) {
            throw new IllegalStateException("No redis-server is running: the extension starts one in beforeAll,"
                    + " which runs only when it is registered on a static field or with @ExtendWith");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (this.server != null) {
            return;
        }
        RedisServer.Builder builder = RedisServer.builder();
        this.customizer.accept(builder);
        this.server = builder.start();
        this.owner = context.getUniqueId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RedisServer current = this.server;
        if (current != null && context.getUniqueId().equals(this.owner)) {
            this.server = null;
            this.owner = null;
            current.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RedisServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        RedisServer current = this.server;
        if (current == null) {
            throw new ParameterResolutionException("No redis-server is running for " + parameterContext.getParameter()
                    + "; register RedisServerExtension on a static field or with @ExtendWith");
        }
        return current;
    }

}
