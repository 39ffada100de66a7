package io.redispool.sentinel;

import io.redispool.RedisException;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.protocol.RespReader;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.ErrorReply;
import io.redispool.protocol.RespWriter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Listens on one sentinel for {@code +switch-master} and {@code +promoted-slave}, and for
 * replica reads the replicas' comings and goings, on a connection and a daemon thread of
 * its own, and reconnects with a growing pause when the sentinel goes away.
 *
 * <p>
 * Why a raw socket rather than a pooled connection: a subscribed connection receives
 * messages nobody asked for, which a pooled connection, that owes exactly one reply per
 * command, would take for a protocol error. A PING every {@value #HEARTBEAT_MILLIS}ms of
 * silence tells a sentinel that is gone from one that has nothing to say.
 */
final class SwitchMasterSubscriber implements AutoCloseable {

    private static final System.Logger logger = System.getLogger(SwitchMasterSubscriber.class.getName());

    private static final String CHANNEL = "+switch-master";

    // Published by the leading sentinel once the chosen replica says it is a master:
    // from then on the failover cannot be undone, and following it here rather than at
    // +switch-master, after the other replicas are reconfigured, shortens the time writes
    // still go to the old master, where they are lost.
    private static final String PROMOTED_CHANNEL = "+promoted-slave";

    // What the sentinels publish when a replica joins, is reconfigured after a failover
    // (a demoted master included), or goes down and comes back: each may change where
    // reads can go.
    private static final List<String> REPLICA_CHANNELS = List.of("+slave", "+slave-reconf-done", "+convert-to-slave",
            "+sdown", "-sdown");

    private static final long HEARTBEAT_MILLIS = 2000;

    private static final long FIRST_PAUSE_MILLIS = 100;

    private static final long LONGEST_PAUSE_MILLIS = 5000;

    private final SentinelConfig sentinel;

    private final ConnectionConfig settings;

    private final Endpoint.Tcp node;

    private final Handler handler;

    private final List<String> channels;

    private final Thread thread;

    private volatile Socket socket;

    private volatile boolean closed;

    /**
     * Prepares a subscription; nothing connects before {@link #start()}.
     * @param poolName the pool's name, for the thread's name
     * @param sentinel the sentinels' credentials and the master's name
     * @param settings timeouts and TLS, as for connections to the sentinel
     * @param node the sentinel to listen on
     * @param replicaEvents whether to listen for replicas joining and leaving too
     * @param handler what to do with what it hears
     */
    SwitchMasterSubscriber(String poolName, SentinelConfig sentinel, ConnectionConfig settings, Endpoint.Tcp node,
            boolean replicaEvents, Handler handler) {
        this.sentinel = sentinel;
        this.settings = settings;
        this.node = node;
        this.handler = handler;
        List<String> channels = new ArrayList<>(List.of(CHANNEL, PROMOTED_CHANNEL));
        if (replicaEvents) {
            channels.addAll(REPLICA_CHANNELS);
        }
        this.channels = List.copyOf(channels);
        this.thread = new Thread(this::run, "redis-pool-sentinel-" + poolName + "-" + node);
        this.thread.setDaemon(true);
    }

    void start() {
        this.thread.start();
    }

    @Override
    public void close() {
        this.closed = true;
        closeSocket();
        this.thread.interrupt();
    }

    private void run() {
        long pause = FIRST_PAUSE_MILLIS;
        boolean subscribedBefore = false;
        while (!this.closed) {
            try (Socket opened = open()) {
                this.socket = opened;
                RespReader reader = new RespReader(new BufferedInputStream(opened.getInputStream()),
                        this.settings.limits());
                RespWriter writer = new RespWriter(opened.getOutputStream());
                subscribe(reader, writer);
                pause = FIRST_PAUSE_MILLIS;
                this.handler.subscribed(this.node, subscribedBefore);
                subscribedBefore = true;
                listen(opened, reader, writer);
            }
            catch (IOException | RedisException ex) {
                if (this.closed) {
                    return;
                }
                logger.log(subscribedBefore ? Level.INFO : Level.DEBUG,
                        "Listening for {0} on sentinel {1} failed, trying again in {2}ms: {3}", CHANNEL, this.node,
                        pause, ex.getMessage());
            }
            if (!sleep(pause)) {
                return;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private Socket open() throws IOException {
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(this.node.host(), this.node.port()),
                    (int) Math.min(Integer.MAX_VALUE, this.settings.connectTimeout().toMillis()));
            plain.setSoTimeout((int) HEARTBEAT_MILLIS);
            if (this.settings.tls() == null) {
                return plain;
            }
            SSLSocket tls = (SSLSocket) this.settings.tls()
                .context()
                .getSocketFactory()
                .createSocket(plain, this.node.host(), this.node.port(), true);
            if (this.settings.tls().verifyHostname()) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
            }
            tls.startHandshake();
            return tls;
        }
        catch (IOException | RuntimeException ex) {
            plain.close();
            throw ex;
        }
    }

    private void subscribe(RespReader reader, RespWriter writer) throws IOException {
        if (this.sentinel.password() != null) {
            List<byte[]> auth = new ArrayList<>(List.of(bytes("AUTH")));
            if (this.sentinel.username() != null) {
                auth.add(bytes(this.sentinel.username()));
            }
            auth.add(bytes(this.sentinel.password()));
            writer.write(auth.toArray(new byte[0][]));
        }
        List<byte[]> subscribe = new ArrayList<>(List.of(bytes("SUBSCRIBE")));
        this.channels.forEach((channel) -> subscribe.add(bytes(channel)));
        writer.write(subscribe.toArray(new byte[0][]));
        writer.flush();
        if (this.sentinel.password() != null && reader.read() instanceof ErrorReply error) {
            throw new IOException(
                    "AUTH was refused; check 'sentinel.username' and 'sentinel.password': " + error.message());
        }
        for (int channel = 0; channel < this.channels.size(); channel++) {
            RespReply confirmation = reader.read();
            if (!(confirmation instanceof ArrayReply)) {
                throw new IOException(
                        "SUBSCRIBE " + String.join(" ", this.channels) + " was answered with " + confirmation);
            }
        }
    }

    private void listen(Socket opened, RespReader reader, RespWriter writer) throws IOException {
        boolean pingOwed = false;
        while (!this.closed) {
            RespReply reply;
            try {
                reply = reader.read();
            }
            catch (SocketTimeoutException ex) {
                if (pingOwed) {
                    throw new IOException("no reply to PING within " + HEARTBEAT_MILLIS + "ms", ex);
                }
                writer.write(new byte[][] { bytes("PING") });
                writer.flush();
                pingOwed = true;
                continue;
            }
            pingOwed = false;
            handle(reply);
        }
    }

    private void handle(RespReply reply) {
        if (!(reply instanceof ArrayReply array) || array.elements().size() != 3
                || !"message".equals(text(array.elements().get(0)))) {
            return;
        }
        String channel = text(array.elements().get(1));
        String[] fields = text(array.elements().get(2)).split(" ");
        // "<master name> <old ip> <old port> <new ip> <new port>"
        if (channel.equals(CHANNEL) && fields.length == 5 && fields[0].equals(this.sentinel.masterName())) {
            this.handler.switched(new Endpoint.Tcp(fields[1], Integer.parseInt(fields[2])),
                    new Endpoint.Tcp(fields[3], Integer.parseInt(fields[4])), channel, this.node);
        }
        // "slave <ip:port> <ip> <port> @ <master name> <master ip> <master port>"
        if (channel.equals(PROMOTED_CHANNEL) && fields.length == 8 && fields[4].equals("@")
                && fields[5].equals(this.sentinel.masterName())) {
            this.handler.switched(new Endpoint.Tcp(fields[6], Integer.parseInt(fields[7])),
                    new Endpoint.Tcp(fields[2], Integer.parseInt(fields[3])), channel, this.node);
        }
        // The same shape, for a replica of this master.
        if (REPLICA_CHANNELS.contains(channel) && fields.length == 8 && fields[0].equals("slave")
                && fields[4].equals("@") && fields[5].equals(this.sentinel.masterName())) {
            this.handler.replicasChanged(channel, new Endpoint.Tcp(fields[2], Integer.parseInt(fields[3])), this.node);
        }
    }

    private void closeSocket() {
        Socket current = this.socket;
        if (current != null) {
            try {
                current.close();
            }
            catch (IOException ex) {
                // Closing is all that was wanted; the thread sees the socket fail.
            }
        }
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return !this.closed;
        }
        catch (InterruptedException ex) {
            return false;
        }
    }

    private static String text(RespReply reply) {
        return (reply instanceof BulkString bulk) ? new String(bulk.value(), StandardCharsets.UTF_8) : "";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What a subscriber reports.
     */
    interface Handler {

        /**
         * The sentinel is listened to, for the first time or again after a break.
         * @param node the sentinel
         * @param again whether it had been subscribed before, so a switch may have been
         * missed
         */
        void subscribed(Endpoint.Tcp node, boolean again);

        /**
         * The sentinel announced that the master moved.
         * @param from the old master
         * @param to the new master
         * @param channel how it said so: {@code +promoted-slave} or
         * {@code +switch-master}
         * @param node the sentinel that said so
         */
        void switched(Endpoint.Tcp from, Endpoint.Tcp to, String channel, Endpoint.Tcp node);

        /**
         * The sentinel announced a change among the master's replicas.
         * @param channel such as {@code +sdown} or {@code +slave}
         * @param replica the replica it concerns
         * @param node the sentinel that said so
         */
        void replicasChanged(String channel, Endpoint.Tcp replica, Endpoint.Tcp node);

    }

}
