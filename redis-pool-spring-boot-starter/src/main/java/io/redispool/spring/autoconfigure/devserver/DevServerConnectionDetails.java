package io.redispool.spring.autoconfigure.devserver;

import io.redispool.spring.autoconfigure.RedisPoolConnectionDetails;
import io.redispool.launcher.LocalRedisCluster;
import io.redispool.launcher.RedisServer;

/**
 * Points the auto-configured client at the dev server or dev cluster that was started, in
 * place of the configured address and its credentials; a server keeps the configured
 * database.
 */
final class DevServerConnectionDetails implements RedisPoolConnectionDetails {

    private final Standalone standalone;

    private final Cluster cluster;

    private DevServerConnectionDetails(Standalone standalone, Cluster cluster) {
        this.standalone = standalone;
        this.cluster = cluster;
    }

    static DevServerConnectionDetails of(RedisServer server, int database) {
        return new DevServerConnectionDetails(new Standalone(server.host(), server.port(), database), null);
    }

    static DevServerConnectionDetails of(LocalRedisCluster cluster) {
        return new DevServerConnectionDetails(null,
                new Cluster(cluster.nodes().stream().map((node) -> new Node(node.host(), node.port())).toList()));
    }

    @Override
    public Standalone getStandalone() {
        return this.standalone;
    }

    @Override
    public Cluster getCluster() {
        return this.cluster;
    }

}
