package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a {@link RedisSentinelSetup} (the master's name, how many replicas and
 * sentinels, the quorum, the sentinels' timing, the passwords) and the settings each of
 * its processes starts with.
 *
 * @param masterName the name the sentinels monitor the master by
 * @param replicas how many replicas the master has
 * @param sentinels how many sentinels watch
 * @param quorum how many sentinels must agree that the master is down
 * @param downAfter the sentinels' {@code down-after-milliseconds}
 * @param failoverTimeout the sentinels' {@code failover-timeout}
 * @param password the data servers' password, or {@code null}
 * @param sentinelPassword the sentinels' own password, or {@code null}
 */
record SentinelLayout(String masterName, int replicas, int sentinels, int quorum, Duration downAfter,
        Duration failoverTimeout, String password, String sentinelPassword) {

    /**
     * Describes a data server, master or replica, with the data servers' password.
     * @return the server's builder
     */
    RedisServer.Builder dataServer() {
        RedisServer.Builder server = RedisServer.builder();
        if (this.password != null) {
            server.setting("requirepass", this.password).setting("masterauth", this.password);
        }
        return server;
    }

    /**
     * Describes a replica of the first master.
     * @param master the running master
     * @return the replica's builder
     */
    RedisServer.Builder replicaOf(RedisServer master) {
        return dataServer().setting("replicaof", master.host(), Integer.toString(master.port()));
    }

    /**
     * Returns the lines of every sentinel's sentinel.conf.
     * @param master the running master the sentinels are to monitor
     * @return the configuration
     */
    List<String> sentinelConfig(RedisServer master) {
        String name = this.masterName;
        List<String> lines = new ArrayList<>();
        lines.add("sentinel monitor " + name + " " + master.host() + " " + master.port() + " " + this.quorum);
        lines.add("sentinel down-after-milliseconds " + name + " " + this.downAfter.toMillis());
        lines.add("sentinel failover-timeout " + name + " " + this.failoverTimeout.toMillis());
        lines.add("sentinel parallel-syncs " + name + " " + this.replicas);
        if (this.password != null) {
            lines.add("sentinel auth-pass " + name + " " + this.password);
        }
        if (this.sentinelPassword != null) {
            lines.add("requirepass " + this.sentinelPassword);
            lines.add("sentinel sentinel-pass " + this.sentinelPassword);
        }
        return lines;
    }

    @Override
    public String toString() {
        return "SentinelLayout[" + this.masterName + ", " + this.replicas + " replica(s), " + this.sentinels
                + " sentinel(s), quorum " + this.quorum + "]";
    }

}
