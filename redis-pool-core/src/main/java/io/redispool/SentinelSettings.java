package io.redispool;

import io.redispool.sentinel.SentinelConfig;
import java.util.List;

/**
 * The part of {@link RedisClientConfig.Builder} that holds the {@code sentinel.*}
 * settings and checks them against the rest.
 */
final class SentinelSettings {

    String master;

    List<String> nodes = List.of();

    String username;

    String password;

    ReadFrom readFrom = ReadFrom.MASTER;

    /**
     * Whether a master name is set, which turns Sentinel on.
     * @return {@code true} with {@code sentinel.master}
     */
    boolean isSet() {
        return this.master != null;
    }

    /**
     * Validates the settings against the connection's and builds them.
     * @param connection the connection settings, whose address must not be set
     * @param multiplexedConnections the {@code multiplexed-connections} setting
     * @return the Sentinel configuration, or {@code null} without a master name
     * @throws InvalidSettingException naming the setting in the way
     */
    SentinelConfig build(ConnectionSettings connection, int multiplexedConnections) {
        if (this.master == null) {
            if (!this.nodes.isEmpty()) {
                throw InvalidSettingException.conflict("sentinel.master", null,
                        "must name the master the sentinels monitor when 'sentinel.nodes' is set", "sentinel.nodes");
            }
            if (this.readFrom == ReadFrom.REPLICA_PREFERRED) {
                throw InvalidSettingException.conflict("sentinel.read-from", this.readFrom,
                        "needs 'sentinel.master': the replicas are those the sentinels list for the master; set"
                                + " 'sentinel.master' and 'sentinel.nodes', or leave 'sentinel.read-from' at MASTER",
                        "sentinel.master");
            }
            return null;
        }
        String other = connection.addressSetting();
        if (other != null) {
            throw InvalidSettingException.conflict("sentinel.master", this.master,
                    "must not be set with '" + other
                            + "': with Sentinel the master's address comes from the sentinels; set 'password' and"
                            + " 'database' instead",
                    other);
        }
        if (this.readFrom == ReadFrom.REPLICA_PREFERRED && multiplexedConnections != 0) {
            throw InvalidSettingException.conflict("sentinel.read-from", this.readFrom,
                    "must be MASTER with 'multiplexed-connections': the multiplexed mode shares connections to the"
                            + " master only; set 'multiplexed-connections' to 0 to read from replicas",
                    "multiplexed-connections");
        }
        return new SentinelConfig(this.master, SentinelConfig.parseNodes(this.nodes), this.username, this.password,
                this.readFrom);
    }

}
