package io.redispool.spring.autoconfigure;

/**
 * A redis-server, or a small Redis Cluster, started for the application's lifetime, for
 * development only.
 */
public class RedisPoolDevServerProperties {

    /**
     * Whether to start a local redis-server for the application's lifetime when nothing
     * answers at the configured address; needs redis-pool-launcher on the class path.
     */
    private boolean enabled = false;

    private final Cluster cluster = new Cluster();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Cluster getCluster() {
        return this.cluster;
    }

    /**
     * A local Redis Cluster started in place of one server.
     */
    public static class Cluster {

        /**
         * Masters of a local Redis Cluster to start in place of one server, 0 for one
         * server; with 0, 3 are started when redis.pool.cluster.nodes is set and nothing
         * answers there.
         */
        private int masters = 0;

        /**
         * Replicas of each master of the local Redis Cluster.
         */
        private int replicasPerMaster = 0;

        public int getMasters() {
            return this.masters;
        }

        public void setMasters(int masters) {
            this.masters = masters;
        }

        public int getReplicasPerMaster() {
            return this.replicasPerMaster;
        }

        public void setReplicasPerMaster(int replicasPerMaster) {
            this.replicasPerMaster = replicasPerMaster;
        }

    }

}
