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
 * A JUnit 5 extension that starts one real {@link RedisCluster} before the tests of a
 * class and closes it after them, so that a class's tests share the seconds a cluster
 * takes to form.
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static final RedisClusterExtension cluster = RedisClusterExtension.create(
 *         (builder) -> builder.masters(3).replicasPerMaster(1));
 * }</pre>
 *
 * <p>
 * A test method, lifecycle method or constructor that declares a {@link RedisCluster}
 * parameter receives the running cluster. Tests that kill or fail over nodes should leave
 * the cluster healthy ({@link RedisCluster#restart}, {@link RedisCluster#awaitHealthy()})
 * for the next test of the class, which gets the same cluster.
 */
public final class RedisClusterExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Consumer<RedisCluster.Builder> customizer;

    private volatile RedisCluster cluster;

    // The unique id of the class context that started the cluster, the one that must
    // close it.
    private volatile String owner;

    /**
     * Creates an extension whose cluster has the defaults (3 masters, no replicas); for
     * {@code @ExtendWith}, otherwise prefer {@link #create(Consumer)}.
     */
    public RedisClusterExtension() {
        this((builder) -> {
        });
    }

    private RedisClusterExtension(Consumer<RedisCluster.Builder> customizer) {
        this.customizer = Objects.requireNonNull(customizer, "'customizer' must not be null");
    }

    /**
     * Creates an extension whose cluster is adjusted by {@code customizer} before it
     * starts.
     * @param customizer what to change, such as
     * {@code (builder) -> builder.masters(3).replicasPerMaster(1)}
     * @return the extension
     */
    public static RedisClusterExtension create(Consumer<RedisCluster.Builder> customizer) {
        return new RedisClusterExtension(customizer);
    }

    /**
     * Returns the cluster started for the current test class.
     * @return the cluster
     * @throws IllegalStateException outside the tests of a class the extension is
     * registered on
     */
    public RedisCluster cluster() {
        RedisCluster current = this.cluster;
        if (current == null) {
            throw new IllegalStateException("No cluster is running: the extension starts one in beforeAll,"
                    + " which runs only when it is registered on a static field or with @ExtendWith");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (this.cluster != null) {
            return;
        }
        RedisCluster.Builder builder = RedisCluster.builder();
        this.customizer.accept(builder);
        this.cluster = builder.start();
        this.owner = context.getUniqueId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RedisCluster current = this.cluster;
        if (current != null && context.getUniqueId().equals(this.owner)) {
            this.cluster = null;
            this.owner = null;
            current.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RedisCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        RedisCluster current = this.cluster;
        if (current == null) {
            throw new ParameterResolutionException("No cluster is running for " + parameterContext.getParameter()
                    + "; register RedisClusterExtension on a static field or with @ExtendWith");
        }
        return current;
    }

}
