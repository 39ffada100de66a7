package io.redispool.sentinel;

import io.redispool.RedisConnectionException;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;

/**
 * Opens each connection to the master the {@link MasterFollower} follows now, and asks
 * the sentinels again when the master cannot be reached.
 *
 * <p>
 * A connection opened while the master moved is closed and opened again on the new
 * master, so that none to the old one reaches the pool after the move closed the rest.
 */
final class SentinelConnectionFactory implements ConnectionFactory {

    private static final int ATTEMPTS = 3;

    private final MasterFollower follower;

    SentinelConnectionFactory(MasterFollower follower) {
        this.follower = follower;
    }

    @Override
    public Connection connect() {
        for (int attempt = 1;; attempt++) {
            MasterFollower.Target target = this.follower.target();
            Connection connection;
            try {
                connection = target.factory().connect();
            }
            catch (RedisConnectionException ex) {
                MasterFollower.Target moved = this.follower.relocate(target, ex);
                if (moved == target) {
                    throw ex;
                }
                connection = moved.factory().connect();
                target = moved;
            }
            if (this.follower.target() == target || attempt == ATTEMPTS) {
                return connection;
            }
            connection.disconnect();
        }
    }

    @Override
    public String toString() {
        return "SentinelConnectionFactory[" + this.follower + "]";
    }

}
