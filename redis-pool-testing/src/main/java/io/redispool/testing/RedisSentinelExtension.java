package io.redispool.testing;

import java.util.Objects;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link RedisSentinelSetup} before the tests of a
 * class and closes it after them.
 *
 * <p>
 * A set-up takes a few seconds to start, so a class shares one; tests that fail over
 * leave the master where it went, and ask {@link RedisSentinelSetup#master()} for it.
 * <pre>{@code
 * &#64;RegisterExtension
 * static final RedisSentinelExtension sentinel = RedisSentinelExtension.create(
 *         (builder) -> builder.replicas(2));
 *
 * &#64;Test
 * void followsFailover() {
 *     connect(sentinel.setup().masterName(), sentinel.setup().sentinelAddresses());
 *     sentinel.setup().failover();
 * }
 * }</pre> A test method, lifecycle method or constructor that declares a
 * {@link RedisSentinelSetup} parameter receives the running set-up; {@code @Nested}
 * classes share the set-up of the class that started it.
 */
public final class RedisSentinelExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Consumer<RedisSentinelSetup.Builder> customizer;

    private volatile RedisSentinelSetup setup;

    // The unique id of the class context that started the set-up, the one that must close
    // it.
    private volatile String owner;

    /**
     * Creates an extension whose set-up has the defaults; for {@code @ExtendWith},
     * otherwise prefer {@link #create()}.
     */
    public RedisSentinelExtension() {
        this((builder) -> {
        });
    }

    private RedisSentinelExtension(Consumer<RedisSentinelSetup.Builder> customizer) {
        this.customizer = Objects.requireNonNull(customizer, "'customizer' must not be null");
    }

    /**
     * Creates an extension whose set-up has the defaults: one master, one replica, three
     * sentinels.
     * @return the extension
     */
    public static RedisSentinelExtension create() {
        return new RedisSentinelExtension();
    }

    /**
     * Creates an extension whose set-up is adjusted by {@code customizer} before it
     * starts.
     * @param customizer what to change, such as {@code (builder) -> builder.replicas(2)}
     * @return the extension
     */
    public static RedisSentinelExtension create(Consumer<RedisSentinelSetup.Builder> customizer) {
        return new RedisSentinelExtension(customizer);
    }

    /**
     * Returns the set-up started for the current test class.
     * @return the set-up
     * @throws IllegalStateException outside the tests of a class the extension is
     * registered on
     */
    public RedisSentinelSetup setup() {
        RedisSentinelSetup current = this.setup;
        if (current == null) {
            throw new IllegalStateException("No sentinel set-up is running: the extension starts one in beforeAll,"
                    + " which runs only when it is registered on a static field or with @ExtendWith");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (this.setup != null) {
            return;
        }
        RedisSentinelSetup.Builder builder = RedisSentinelSetup.builder();
        this.customizer.accept(builder);
        this.setup = builder.start();
        this.owner = context.getUniqueId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RedisSentinelSetup current = this.setup;
        if (current != null && context.getUniqueId().equals(this.owner)) {
            this.setup = null;
            this.owner = null;
            current.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RedisSentinelSetup.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        RedisSentinelSetup current = this.setup;
        if (current == null) {
            throw new ParameterResolutionException("No sentinel set-up is running for "
                    + parameterContext.getParameter() + "; register RedisSentinelExtension on a static field");
        }
        return current;
    }

}
