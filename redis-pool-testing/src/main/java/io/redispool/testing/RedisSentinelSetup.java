package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A real Redis Sentinel set-up on this machine: a master, its replicas and the sentinels
 * that watch them, each a {@link RedisServer} on a port of its own.
 *
 * <p>
 * Why real processes: following a failover means reading what real sentinels publish
 * ({@code +switch-master}), in the order and with the delays they publish it, and meeting
 * a demoted master that still answers. {@link #start()} returns once every sentinel sees
 * the master, every replica and every other sentinel, so a failover can start at once.
 * The failure detection is fast ({@code down-after-milliseconds} 1000 by default), so a
 * failover takes seconds.
 *
 * <pre>{@code
 * try (RedisSentinelSetup setup = RedisSentinelSetup.builder().replicas(1).start()) {
 *     connect(setup.masterName(), setup.sentinelAddresses());
 *     RedisServer promoted = setup.failover();
 * }
 * }</pre>
 */
public final class RedisSentinelSetup implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final SentinelLayout layout;

    private final List<RedisServer> dataServers = new ArrayList<>();

    private final List<RedisServer> sentinels = new ArrayList<>();

    private final SentinelWatch watch;

    private RedisSentinelSetup(SentinelLayout layout, Duration failoverWait) {
        this.layout = layout;
        this.watch = new SentinelWatch(layout, failoverWait, this.dataServers, this.sentinels);
    }

    /**
     * Starts describing a set-up.
     * @return a builder with the defaults: master {@code mymaster}, one replica, three
     * sentinels, quorum 2, no passwords
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the name the sentinels monitor the master by.
     * @return the master's name
     */
    public String masterName() {
        return this.layout.masterName();
    }

    /**
     * Returns the sentinels' addresses, as a client's {@code sentinel-nodes} setting
     * takes them.
     * @return {@code 127.0.0.1:<port>} for each sentinel
     */
    public List<String> sentinelAddresses() {
        return this.sentinels.stream().map((sentinel) -> HOST + ":" + sentinel.port()).toList();
    }

    /**
     * Returns the sentinel processes.
     * @return the sentinels
     */
    public List<RedisServer> sentinels() {
        return List.copyOf(this.sentinels);
    }

    /**
     * Returns the master and the replicas, in the order they were started: the first was
     * the master then.
     * @return the data servers
     */
    public List<RedisServer> dataServers() {
        return List.copyOf(this.dataServers);
    }

    /**
     * Returns the server the sentinels now name as master.
     * @return the current master
     * @throws IllegalStateException if no sentinel answers with the port of one of this
     * set-up's servers
     */
    public RedisServer master() {
        return this.watch.currentMaster()
            .orElseThrow(() -> new IllegalStateException("No sentinel of " + this
                    + " names one of its servers as master '" + this.layout.masterName() + "'"));
    }

    /**
     * Returns the running data servers that the sentinels do not name as master.
     * @return the replicas
     */
    public List<RedisServer> replicas() {
        RedisServer master = master();
        return this.dataServers.stream().filter((server) -> server != master && server.isRunning()).toList();
    }

    /**
     * Asks a sentinel for {@code SENTINEL FAILOVER} and waits until every sentinel names
     * a new master that says it is one.
     * <p>
     * It first {@linkplain #awaitReplicas() waits for the replicas}: the sentinels may
     * promote a demoted master that is not a replica yet, and with it lose every write
     * since the last failover.
     * @return the promoted server
     * @throws IllegalStateException if the sentinels refuse or the failover does not
     * complete within the failover wait
     */
    public RedisServer failover() {
        awaitReplicas();
        RedisServer old = master();
        this.watch.requestFailover();
        this.watch.awaitNewMaster(old, "SENTINEL FAILOVER");
        return master();
    }

    /**
     * Kills the master with SIGKILL, as a crash would, and waits until the sentinels have
     * promoted a replica; {@link RedisServer#restart()} on the killed server brings it
     * back, and the sentinels then make it a replica. Like {@link #failover()}, it first
     * waits for the replicas.
     * @return the promoted server
     * @throws IllegalStateException if no replica is promoted within the failover wait
     */
    public RedisServer killMaster() {
        awaitReplicas();
        RedisServer old = master();
        old.kill();
        this.watch.awaitNewMaster(old, "killing the master on port " + old.port());
        return master();
    }

    /**
     * Waits until every running data server but the master replicates from it with its
     * link up, as after a failover the sentinels reconfigure them one by one; a demoted
     * master may take ten seconds, the sentinels' INFO period, to be converted.
     * @throws IllegalStateException if they do not within the failover wait
     */
    public void awaitReplicas() {
        RedisServer master = master();
        this.watch.awaitReplicasLinked(master, replicas());
    }

    /**
     * Stops every process and deletes their directories.
     */
    @Override
    public void close() {
        List<RedisServer> all = new ArrayList<>(this.sentinels);
        all.addAll(this.dataServers);
        RedisServer.closeAll(all);
    }

    @Override
    public String toString() {
        return "RedisSentinelSetup[" + this.layout.masterName() + ", data servers on "
                + this.dataServers.stream().map(RedisServer::port).toList() + ", sentinels on "
                + this.sentinels.stream().map(RedisServer::port).toList() + "]";
    }

    private void startAll() {
        RedisServer master = this.layout.dataServer().start();
        this.dataServers.add(master);
        for (int i = 0; i < this.layout.replicas(); i++) {
            this.dataServers.add(this.layout.replicaOf(master).start());
        }
        this.watch.awaitReplicasConnected(master);
        List<String> config = this.layout.sentinelConfig(master);
        for (int i = 0; i < this.layout.sentinels(); i++) {
            this.sentinels.add(RedisServer.builder().sentinel(config).start());
        }
        this.watch.awaitSeenByEverySentinel(this);
    }

    /**
     * Describes a {@link RedisSentinelSetup}.
     */
    public static final class Builder {

        private String masterName = "mymaster";

        private int replicas = 1;

        private int sentinels = 3;

        private int quorum = 2;

        private Duration downAfter = Duration.ofSeconds(1);

        private Duration failoverTimeout = Duration.ofSeconds(4);

        private Duration failoverWait = Duration.ofSeconds(30);

        private String password;

        private String sentinelPassword;

        private Builder() {
        }

        /**
         * Sets the name the sentinels monitor the master by; {@code mymaster} by default.
         * @param masterName the name
         * @return this builder
         */
        public Builder masterName(String masterName) {
            Objects.requireNonNull(masterName, "'masterName' must not be null");
            if (masterName.isEmpty() || masterName.chars().anyMatch((c) -> c <= ' ')) {
                throw new IllegalArgumentException(
                        "'masterName' must be non-empty without spaces but was '" + masterName + "'");
            }
            this.masterName = masterName;
            return this;
        }

        /**
         * Sets how many replicas the master has; 1 by default.
         * @param replicas at least 1, so that there is one to promote
         * @return this builder
         */
        public Builder replicas(int replicas) {
            this.replicas = atLeast("replicas", 1, replicas);
            return this;
        }

        /**
         * Sets how many sentinels watch; 3 by default, with a quorum of 2.
         * @param sentinels at least 1
         * @param quorum how many must agree that the master is down, 1 to
         * {@code sentinels}
         * @return this builder
         */
        public Builder sentinels(int sentinels, int quorum) {
            atLeast("sentinels", 1, sentinels);
            if (quorum < 1 || quorum > sentinels) {
                throw new IllegalArgumentException(
                        "'quorum' must be between 1 and sentinels (" + sentinels + ") but was " + quorum);
            }
            this.sentinels = sentinels;
            this.quorum = quorum;
            return this;
        }

        /**
         * Sets the sentinels' {@code down-after-milliseconds} and
         * {@code failover-timeout}; 1s and 4s by default.
         * @param downAfter how long the master may not answer before it is down
         * @param failoverTimeout how long one failover may take
         * @return this builder
         */
        public Builder timing(Duration downAfter, Duration failoverTimeout) {
            this.downAfter = positive("downAfter", downAfter);
            this.failoverTimeout = positive("failoverTimeout", failoverTimeout);
            return this;
        }

        /**
         * Sets how long {@link #start()}, {@link RedisSentinelSetup#failover()} and
         * {@link RedisSentinelSetup#killMaster()} wait for the sentinels; 30s by default.
         * @param failoverWait the limit
         * @return this builder
         */
        public Builder failoverWait(Duration failoverWait) {
            this.failoverWait = positive("failoverWait", failoverWait);
            return this;
        }

        /**
         * Sets the password of the master and replicas ({@code requirepass}, and
         * {@code masterauth} and {@code auth-pass} so the others can reach them); none by
         * default.
         * @param password the data servers' password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "'password' must not be null");
            return this;
        }

        /**
         * Sets the sentinels' own password ({@code requirepass} and
         * {@code sentinel-pass}), apart from the data servers'; none by default.
         * @param sentinelPassword the sentinels' password
         * @return this builder
         */
        public Builder sentinelPassword(String sentinelPassword) {
            this.sentinelPassword = Objects.requireNonNull(sentinelPassword, "'sentinelPassword' must not be null");
            return this;
        }

        /**
         * Starts the master, its replicas and the sentinels, and waits until the
         * sentinels see them all and each other.
         * @return the running set-up
         * @throws RedisLaunchException if a process does not come up
         * @throws IllegalStateException if the sentinels do not see the set-up in time
         */
        public RedisSentinelSetup start() {
            RedisSentinelSetup setup = new RedisSentinelSetup(
                    new SentinelLayout(this.masterName, this.replicas, this.sentinels, this.quorum, this.downAfter,
                            this.failoverTimeout, this.password, this.sentinelPassword),
                    this.failoverWait);
            try {
                setup.startAll();
                return setup;
            }
            catch (RuntimeException ex) {
                // Keep why the start failed as the error, whatever closing the rest
                // throws.
                try {
                    setup.close();
                }
                catch (RuntimeException closing) {
                    ex.addSuppressed(closing);
                }
                throw ex;
            }
        }

        private static int atLeast(String name, int minimum, int value) {
            if (value < minimum) {
                throw new IllegalArgumentException("'" + name + "' must be at least " + minimum + " but was " + value);
            }
            return value;
        }

        private static Duration positive(String name, Duration value) {
            Objects.requireNonNull(value, () -> "'" + name + "' must not be null");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("'" + name + "' must be positive but was " + value);
            }
            return value;
        }

    }

}
