package io.redispool.pubsub;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.cluster.ClusterRouter;
import io.redispool.cluster.HashSlot;
import io.redispool.cluster.SlotMap;
import io.redispool.connection.Endpoint;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shard channels of a subscriber on a cluster, each held on a connection to the
 * master that serves its slot: one connection per such master, opened when its first
 * channel is subscribed to and closed when its last is given up.
 *
 * <p>
 * Why a connection per node: a cluster node delivers SPUBLISHed messages only to the
 * subscribers of its own slots and answers SSUBSCRIBE of another node's slot with MOVED.
 * Channels and patterns need no such care (a cluster broadcasts PUBLISH to every node),
 * so they stay on the subscriber's main connection.
 *
 * <p>
 * Channels follow their slot: when a node's connection is lost, when the server ends a
 * channel's subscription (Redis does so when the slot migrates away) or refuses one
 * (MOVED), the slot map is read again and every channel whose master changed is
 * subscribed to on the new master, then given up on the old one. While any connection
 * does not hold all its channels (a master that died and is not yet replaced), the map is
 * read again every half second; see {@link OwnerChecks}.
 *
 * @param <K> the channel type
 * @param <V> the message type
 */
final class ShardChannelNodes<K, V> {

    private static final System.Logger logger = System.getLogger(ShardChannelNodes.class.getName());

    private final String name;

    private final ClusterRouter cluster;

    private final Delivery<K, V> delivery;

    private final Gaps<K, V> gaps;

    private final SubscriberOptions options;

    private final ReentrantLock lock = new ReentrantLock();

    /**
     * Every wanted channel, in the order first subscribed, and the node holding it, or
     * {@code null} while none is known.
     */
    private final Map<String, Endpoint.Tcp> placed = new LinkedHashMap<>();

    private final Map<Endpoint.Tcp, SubscriberConnection<K, V>> nodes = new ConcurrentHashMap<>();

    private final OwnerChecks checks;

    /** Totals of the connections already closed, so that the sums never go down. */
    private long retiredReceived;

    private long retiredReconnects;

    /** Wanted channels whose master is not known yet: the map could not be read. */
    private volatile int unplaced;

    private volatile boolean closed;

    ShardChannelNodes(String name, ClusterRouter cluster, Delivery<K, V> delivery, Gaps<K, V> gaps,
            SubscriberOptions options) {
        this.name = name;
        this.cluster = cluster;
        this.delivery = delivery;
        this.gaps = gaps;
        this.options = options;
        this.checks = new OwnerChecks(name + "-shards", this::follow);
    }

    /**
     * Subscribes to shard channels, each on the connection to its slot's master; when the
     * slot map cannot be read, they wait, unplaced, for a later read. The first starts
     * the owner checks. Once closed, does nothing.
     */
    void add(List<byte[]> channels) {
        this.checks.start();
        SlotMap map = mapOrNull();
        this.lock.lock();
        try {
            // Checked under the lock that close() takes after setting it, so no
            // connection is opened after close() closed the others.
            if (this.closed) {
                return;
            }
            Map<Endpoint.Tcp, List<byte[]>> byNode = new LinkedHashMap<>();
            for (byte[] channel : channels) {
                String key = text(channel);
                if (!this.placed.containsKey(key)) {
                    Endpoint.Tcp owner = ownerOf(map, channel, null);
                    this.placed.put(key, owner);
                    if (owner != null) {
                        byNode.computeIfAbsent(owner, (node) -> new ArrayList<>()).add(channel);
                    }
                }
            }
            byNode
                .forEach((node, names) -> connection(node).subscriptions().add(SubscriptionKind.SHARD_CHANNEL, names));
            countUnplaced();
        }
        finally {
            this.lock.unlock();
        }
        if (this.unplaced > 0) {
            this.checks.later();
        }
    }

    /**
     * Unsubscribes from shard channels; a node left with none has its connection closed.
     * Once closed, does nothing: the connections are gone.
     */
    void remove(List<byte[]> channels) {
        this.lock.lock();
        try {
            if (this.closed) {
                return;
            }
            Map<Endpoint.Tcp, List<byte[]>> byNode = new LinkedHashMap<>();
            for (byte[] channel : channels) {
                Endpoint.Tcp node = this.placed.remove(text(channel));
                if (node != null) {
                    byNode.computeIfAbsent(node, (key) -> new ArrayList<>()).add(channel);
                }
            }
            byNode.forEach((node,
                    names) -> this.nodes.get(node).subscriptions().remove(SubscriptionKind.SHARD_CHANNEL, names));
            closeUnused();
            countUnplaced();
        }
        finally {
            this.lock.unlock();
        }
        this.gaps.closeIfHeld();
    }

    List<byte[]> wanted() {
        this.lock.lock();
        try {
            return this.placed.keySet().stream().map(ShardChannelNodes::bytes).toList();
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Whether every node's connection is open and holds all its channels. */
    boolean holdsAll() {
        if (this.unplaced > 0) {
            return false;
        }
        for (SubscriberConnection<K, V> node : this.nodes.values()) {
            if (!node.subscriptions().holdsAll()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits until every node's connection holds all its channels, each confirmed by its
     * server's answer to a PING (see {@link Subscriptions#awaitConfirmed}).
     * @param deadlineNanos when to give up, from {@link System#nanoTime()}
     * @return {@code false} if the deadline passed first
     */
    boolean awaitHeld(long deadlineNanos) throws InterruptedException {
        while (!this.closed) {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            // In slices: a connection waited on may be closed when its channels move.
            long sliceEnd = System.nanoTime()
                    + Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(OwnerChecks.RECHECK_MILLIS));
            if (this.unplaced > 0) {
                TimeUnit.NANOSECONDS.sleep(sliceEnd - System.nanoTime());
                continue;
            }
            Set<SubscriberConnection<K, V>> waited = Set.copyOf(this.nodes.values());
            // Then no node came or went meanwhile, and none lost what it confirmed.
            if (allConfirmed(waited, sliceEnd) && waited.equals(Set.copyOf(this.nodes.values())) && holdsAll()) {
                return !this.closed;
            }
        }
        return false;
    }

    private static boolean allConfirmed(Set<? extends SubscriberConnection<?, ?>> connections, long deadlineNanos)
            throws InterruptedException {
        for (SubscriberConnection<?, ?> connection : connections) {
            if (!connection.subscriptions().awaitConfirmed(Duration.ofNanos(deadlineNanos - System.nanoTime()))) {
                return false;
            }
        }
        return true;
    }

    /** Sums over the nodes' connections: open ones, wanted and confirmed channels. */
    Subscriptions.Snapshot snapshot() {
        boolean connected = true;
        int wantedCount = 0;
        int confirmedCount = 0;
        for (SubscriberConnection<K, V> node : this.nodes.values()) {
            Subscriptions.Snapshot each = node.subscriptions().snapshot();
            connected &= each.connected();
            wantedCount += each.wanted();
            confirmedCount += each.confirmed();
        }
        return new Subscriptions.Snapshot(connected, wantedCount + this.unplaced, confirmedCount);
    }

    long received() {
        this.lock.lock();
        try {
            return this.retiredReceived + this.nodes.values().stream().mapToLong(SubscriberConnection::received).sum();
        }
        finally {
            this.lock.unlock();
        }
    }

    long reconnects() {
        this.lock.lock();
        try {
            return this.retiredReconnects
                    + this.nodes.values().stream().mapToLong(SubscriberConnection::reconnects).sum();
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Asks, from a reading thread, whether a channel's node changed: the map is read
     * again on this subscriber's own thread, once for any number of callers.
     */
    void checkOwnersSoon() {
        this.checks.soon();
    }

    void close() {
        this.closed = true;
        this.checks.close();
        this.lock.lock();
        try {
            this.nodes.values().forEach(SubscriberConnection::close);
            this.nodes.clear();
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Moves every channel whose master changed to the new master's connection. */
    private void follow(boolean refresh) {
        if (this.closed) {
            return;
        }
        SlotMap map;
        try {
            map = refresh ? this.cluster.refreshTopology() : this.cluster.slotMap();
        }
        catch (RedisException ex) {
            logger.log(Level.WARNING, "{0}: could not read the cluster''s slot map; trying again: {1}", this.name,
                    ex.getMessage());
            this.checks.later();
            return;
        }
        move(map);
        this.gaps.closeIfHeld();
        if (!holdsAll()) {
            this.checks.later();
        }
    }

    private void move(SlotMap map) {
        this.lock.lock();
        try {
            if (this.closed) {
                return;
            }
            Map<Endpoint.Tcp, List<byte[]>> to = new LinkedHashMap<>();
            Map<Endpoint.Tcp, List<byte[]>> from = new LinkedHashMap<>();
            for (Map.Entry<String, Endpoint.Tcp> entry : this.placed.entrySet()) {
                byte[] channel = bytes(entry.getKey());
                Endpoint.Tcp owner = ownerOf(map, channel, entry.getValue());
                if (owner != null && !owner.equals(entry.getValue())) {
                    to.computeIfAbsent(owner, (node) -> new ArrayList<>()).add(channel);
                    if (entry.getValue() != null) {
                        from.computeIfAbsent(entry.getValue(), (node) -> new ArrayList<>()).add(channel);
                    }
                    entry.setValue(owner);
                }
            }
            if (to.isEmpty()) {
                return;
            }
            // Subscribed to on the new node before given up on the old, so that no moment
            // looks as if everything were held.
            to.forEach((node, names) -> {
                logger.log(Level.INFO, "{0}: {1} shard channel(s) now served by {2}; subscribing there", this.name,
                        names.size(), node);
                connection(node).subscriptions().add(SubscriptionKind.SHARD_CHANNEL, names);
            });
            from.forEach((node, names) -> {
                SubscriberConnection<K, V> old = this.nodes.get(node);
                List<byte[]> wereHeld = (old != null)
                        ? old.subscriptions().release(SubscriptionKind.SHARD_CHANNEL, names) : List.of();
                if (!wereHeld.isEmpty()) {
                    this.gaps.open(new RedisConnectionException(wereHeld.size() + " shard channel(s) moved from " + node
                            + " to another node; subscribing again there", null, false));
                }
            });
            closeUnused();
            countUnplaced();
        }
        finally {
            this.lock.unlock();
        }
    }

    /** The connection to a node, opened on first use; under the lock. */
    private SubscriberConnection<K, V> connection(Endpoint.Tcp node) {
        SubscriberConnection<K, V> existing = this.nodes.get(node);
        if (existing != null) {
            return existing;
        }
        SubscriberConnection<K, V> created = new SubscriberConnection<>(this.name + " on " + node,
                this.name + "-reader-" + node, () -> this.cluster.connectTo(node), this.delivery, this.gaps,
                this::checkOwnersSoon, this.options);
        this.nodes.put(node, created);
        created.start();
        return created;
    }

    /** Closes the connections of nodes left with no channel; under the lock. */
    private void closeUnused() {
        for (Map.Entry<Endpoint.Tcp, SubscriberConnection<K, V>> entry : List.copyOf(this.nodes.entrySet())) {
            if (entry.getValue().subscriptions().snapshot().wanted() == 0) {
                this.nodes.remove(entry.getKey());
                entry.getValue().close();
                this.retiredReceived += entry.getValue().received();
                this.retiredReconnects += entry.getValue().reconnects();
            }
        }
    }

    /** Counts the channels with no node yet; under the lock. */
    private void countUnplaced() {
        this.unplaced = (int) this.placed.values().stream().filter((node) -> node == null).count();
    }

    /**
     * The master of a channel's slot; when the map names none (the slot's master failed
     * and no replica took over yet), {@code current}, else any master, whose MOVED reply
     * will send the channel on; {@code null} when there is no map to ask.
     */
    private static Endpoint.Tcp ownerOf(SlotMap map, byte[] channel, Endpoint.Tcp current) {
        if (map == null) {
            return current;
        }
        SlotMap.Shard shard = map.shardOf(HashSlot.of(channel));
        if (shard != null) {
            return shard.master();
        }
        if (current != null || map.shards().isEmpty()) {
            return current;
        }
        return map.shards().get(0).master();
    }

    private SlotMap mapOrNull() {
        try {
            return this.cluster.slotMap();
        }
        catch (RedisException ex) {
            logger.log(Level.WARNING, "{0}: could not read the cluster''s slot map; shard channels wait for it: {1}",
                    this.name, ex.getMessage());
            return null;
        }
    }

    private static String text(byte[] name) {
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String name) {
        return name.getBytes(StandardCharsets.ISO_8859_1);
    }

}
