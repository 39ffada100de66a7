package io.redispool.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.redispool.RedisClient;
import io.redispool.connection.Endpoint;
import io.redispool.metrics.CommandObserver;
import io.redispool.metrics.CommandOutcome;

/**
 * Observes each command of one {@link RedisClient} as a Micrometer {@link Observation}:
 * started before the command is sent, stopped with its error when it ends.
 *
 * <p>
 * The observation is not opened in scope: nothing runs inside a Redis command that could
 * nest under it, and a scope would cost two thread-local writes per command. The current
 * observation, such as the HTTP request's, becomes its parent.
 */
public final class ObservationCommandObserver implements CommandObserver {

    private static final DefaultRedisCommandObservationConvention DEFAULT_CONVENTION = new DefaultRedisCommandObservationConvention();

    private final ObservationRegistry registry;

    private final RedisCommandObservationConvention convention;

    private final String serverAddress;

    private final int serverPort;

    private final int database;

    private final String poolName;

    /**
     * Creates an observer for one client.
     * @param client the client whose commands are observed, for its server and pool name
     * @param registry where observations are made
     * @param convention a convention that replaces the default one, or {@code null}
     */
    public ObservationCommandObserver(RedisClient client, ObservationRegistry registry,
            RedisCommandObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
        Endpoint endpoint = client.config().connection().endpoint();
        if (endpoint instanceof Endpoint.Tcp tcp) {
            this.serverAddress = tcp.host();
            this.serverPort = tcp.port();
        }
        else {
            this.serverAddress = ((Endpoint.UnixSocket) endpoint).path().toString();
            this.serverPort = -1;
        }
        this.database = client.config().connection().database();
        this.poolName = client.config().pool().name();
    }

    @Override
    public Object commandStarted(String command) {
        RedisCommandObservationContext context = new RedisCommandObservationContext(command, this.serverAddress,
                this.serverPort, this.database, this.poolName);
        return RedisCommandObservation.COMMAND
            .observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
            .start();
    }

    @Override
    public void commandEnded(Object observation, CommandOutcome outcome, Throwable error) {
        Observation ended = (Observation) observation;
        if (ended.getContext() instanceof RedisCommandObservationContext context) {
            context.setOutcome(outcome);
        }
        if (error != null) {
            ended.error(error);
        }
        ended.stop();
    }

}
