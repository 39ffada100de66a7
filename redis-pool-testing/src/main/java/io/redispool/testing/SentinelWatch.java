package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The watch a {@link RedisSentinelSetup} keeps on its sentinels and servers: which server
 * the sentinels name as master, and the waits until they agree (the replicas linked, the
 * set-up seen by every sentinel, a failover accepted, a new master named), each failing
 * with what was seen when the wait runs out.
 *
 * <p>
 * It reads the set-up's own lists of servers, which fill up while the set-up starts.
 */
final class SentinelWatch {

    private final SentinelLayout layout;

    private final Duration failoverWait;

    private final SentinelQueries queries;

    private final List<RedisServer> dataServers;

    private final List<RedisServer> sentinels;

    /**
     * Creates the watch of one set-up.
     * @param layout the set-up's shape
     * @param failoverWait how long each wait may take
     * @param dataServers the set-up's master and replicas, the first master first
     * @param sentinels the set-up's sentinels
     */
    SentinelWatch(SentinelLayout layout, Duration failoverWait, List<RedisServer> dataServers,
            List<RedisServer> sentinels) {
        this.layout = layout;
        this.failoverWait = failoverWait;
        this.queries = new SentinelQueries(layout.masterName(), layout.password(), layout.sentinelPassword());
        this.dataServers = dataServers;
        this.sentinels = sentinels;
    }

    /**
     * Returns the data server that the first sentinel to answer names as master.
     * @return the master, or empty if no sentinel names one of the data servers
     */
    Optional<RedisServer> currentMaster() {
        for (RedisServer sentinel : this.sentinels) {
            Optional<RedisServer> named = this.queries.masterPort(sentinel).flatMap(this::dataServer);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * Waits until every data server but the first replicates from the first master, as
     * the set-up starts.
     * @param master the first master
     * @throws IllegalStateException if they do not within the failover wait
     */
    void awaitReplicasConnected(RedisServer master) {
        if (!SentinelQueries.await(this.failoverWait,
                () -> this.dataServers.stream()
                    .skip(1)
                    .allMatch((replica) -> this.queries.replicates(replica, master.port())))) {
            throw new IllegalStateException("The replicas of " + master.url() + " did not connect within "
                    + this.failoverWait.toMillis() + "ms; see their logs: "
                    + this.dataServers.stream().skip(1).map(RedisServer::logFile).toList());
        }
    }

    /**
     * Waits until every sentinel sees the master, every replica and every other sentinel.
     * @param setup the set-up, for the failure message
     * @throws IllegalStateException if they do not within the failover wait
     */
    void awaitSeenByEverySentinel(Object setup) {
        int replicas = this.layout.replicas();
        int otherSentinels = this.layout.sentinels() - 1;
        boolean ready = SentinelQueries.await(this.failoverWait,
                () -> this.sentinels.stream()
                    .map(this.queries::master)
                    .allMatch((view) -> "master".equals(view.get("flags"))
                            && Integer.toString(replicas).equals(view.get("num-slaves"))
                            && Integer.toString(otherSentinels).equals(view.get("num-other-sentinels"))));
        if (!ready) {
            throw new IllegalStateException("The sentinels of " + setup + " did not all see the master, " + replicas
                    + " replica(s) and each other within " + this.failoverWait.toMillis() + "ms; they see " + views());
        }
    }

    /**
     * Waits until every one of {@code replicas} replicates from {@code master} with its
     * link up.
     * @param master the master
     * @param replicas its replicas
     * @throws IllegalStateException if they do not within the failover wait
     */
    void awaitReplicasLinked(RedisServer master, List<RedisServer> replicas) {
        if (!SentinelQueries.await(this.failoverWait,
                () -> replicas.stream().allMatch((replica) -> this.queries.replicates(replica, master.port())))) {
            throw new IllegalStateException("Not every replica of " + master.url() + " has its link up after "
                    + this.failoverWait.toMillis() + "ms: "
                    + replicas.stream()
                        .map((replica) -> replica.port() + "=" + this.queries.role(replica).orElse(List.of()))
                        .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Asks the first sentinel for {@code SENTINEL FAILOVER} until it accepts.
     * @throws IllegalStateException if it refuses for the whole failover wait
     */
    void requestFailover() {
        List<String> refusals = new ArrayList<>();
        boolean accepted = SentinelQueries.await(this.failoverWait, () -> {
            Optional<String> refusal = this.queries.requestFailover(this.sentinels.get(0));
            refusal.ifPresent(refusals::add);
            return refusal.isEmpty();
        });
        if (!accepted) {
            throw new IllegalStateException(
                    "The sentinels refused SENTINEL FAILOVER " + this.layout.masterName() + " for "
                            + this.failoverWait.toMillis() + "ms; last refusal: " + refusals.get(refusals.size() - 1));
        }
    }

    /**
     * Waits until every sentinel names the same new master, and that server says it is
     * one.
     * @param old the master before
     * @param cause what made the master change, for the failure message
     * @throws IllegalStateException if that does not happen within the failover wait
     */
    void awaitNewMaster(RedisServer old, String cause) {
        boolean promoted = SentinelQueries.await(this.failoverWait, () -> {
            List<Integer> named = this.sentinels.stream()
                .map((sentinel) -> this.queries.masterPort(sentinel).orElse(old.port()))
                .distinct()
                .toList();
            return named.size() == 1 && named.get(0) != old.port()
                    && dataServer(named.get(0)).map(this.queries::isMaster).orElse(false);
        });
        if (!promoted) {
            throw new IllegalStateException("No replica was promoted within " + this.failoverWait.toMillis() + "ms of "
                    + cause + "; the sentinels see " + views());
        }
    }

    private Optional<RedisServer> dataServer(int port) {
        return this.dataServers.stream().filter((server) -> server.port() == port).findFirst();
    }

    private String views() {
        return this.sentinels.stream().map((sentinel) -> {
            Map<String, String> view = this.queries.master(sentinel);
            return sentinel.port() + "={master=" + view.get("port") + ", flags=" + view.get("flags") + ", replicas="
                    + view.get("num-slaves") + ", other sentinels=" + view.get("num-other-sentinels") + "}";
        }).collect(Collectors.joining(", ", "[", "]"));
    }

}
