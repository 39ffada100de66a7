package io.redispool.spring.autoconfigure.devserver;

import io.redispool.spring.autoconfigure.RedisPoolConnectionDetails;
import io.redispool.launcher.RedisServer;

/**
 * Points the auto-configured client at the dev server that was started, in place of the
 * configured address and its credentials; keeps the configured database.
 */
final class DevServerConnectionDetails implements RedisPoolConnectionDetails {

    private final RedisServer server;

    private final int database;

    DevServerConnectionDetails(RedisServer server, int database) {
        this.server = server;
        this.database = database;
    }

    @Override
    public Standalone getStandalone() {
        return new Standalone(this.server.host(), this.server.port(), this.database);
    }

}
