package io.redispool.connection;

import java.nio.file.Path;

/**
 * Where a Redis server listens: a TCP host and port, or a unix domain socket.
 */
public sealed interface Endpoint permits Endpoint.Tcp, Endpoint.UnixSocket {

    /**
     * A TCP endpoint; the host is resolved on every connect, and each address tried in
     * turn.
     *
     * @param host a host name or IP literal
     * @param port the TCP port
     */
    record Tcp(String host, int port) implements Endpoint {

        @Override
        public String toString() {
            return (this.host.indexOf(':') >= 0) ? "[" + this.host + "]:" + this.port : this.host + ":" + this.port;
        }
    }

    /**
     * A unix domain socket.
     *
     * @param path the socket file
     */
    record UnixSocket(Path path) implements Endpoint {

        @Override
        public String toString() {
            return "unix:" + this.path;
        }
    }

}
