package io.redispool.sentinel;

import io.redispool.ReadFrom;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.commands.Commands;
import io.redispool.connection.Endpoint;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.execution.Transaction;
import io.redispool.launcher.RedisServer;
import io.redispool.pool.PoolMonitor;
import io.redispool.testing.RedisSentinelExtension;
import io.redispool.testing.RedisSentinelSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sentinel.read-from} {@code REPLICA_PREFERRED} against a real set-up (a master,
 * two replicas, three sentinels): where each command ran is read from the servers' own
 * {@code INFO commandstats}, never from the client. The tests run in order on one set-up,
 * each starting where the previous one left it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentinelReplicaReadsTests {

    private static final String KEY = "replica-reads";

    @RegisterExtension
    static final RedisSentinelExtension sentinel = RedisSentinelExtension.create((builder) -> builder.replicas(2));

    /**
     * What the listener heard, in order, as "port added" or "port removed": a replica the
     * sentinels still list can be tried again and dropped again while they catch up.
     */
    private static final List<String> replicaEvents = new CopyOnWriteArrayList<>();

    private static RedisClient client;

    private static RedisCommands<String, String> redis;

    @BeforeAll
    static void connect() {
        client = RedisClient.create(RedisClientConfig.builder()
            .sentinelMaster(sentinel.setup().masterName())
            .sentinelNodes(sentinel.setup().sentinelAddresses())
            .sentinelReadFrom(ReadFrom.REPLICA_PREFERRED)
            .poolName("replica-reads")
            .build());
        redis = client.commands();
        client.sentinel().orElseThrow().addListener(new SentinelListener() {

            @Override
            public void masterSwitched(Endpoint.Tcp from, Endpoint.Tcp to, String cause) {
            }

            @Override
            public void replicaAdded(Endpoint.Tcp replica, PoolMonitor pool) {
                replicaEvents.add(replica.port() + " added");
            }

            @Override
            public void replicaRemoved(Endpoint.Tcp replica) {
                replicaEvents.add(replica.port() + " removed");
            }

        });
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    @Order(1)
    void readsGoToTheReplicasInTurnAndWritesToTheMaster() {
        RedisSentinelSetup setup = sentinel.setup();
        assertThat(Await.isTrue(() -> replicaPorts().equals(ports(setup.replicas())), Duration.ofSeconds(30)))
            .as("replicas read from")
            .isTrue();
        assertThat(client.sentinel().get().replicaPools().values())
            .allSatisfy((pool) -> assertThat(pool.config().name()).startsWith("replica-reads@replica-127.0.0.1:"));
        Map<Integer, Long> getsBefore = calls("get", setup.dataServers());
        Map<Integer, Long> setsBefore = calls("set", List.of(setup.master()));
        for (int i = 0; i < 10; i++) {
            redis.set(KEY, "v" + i);
        }
        awaitReplication();
        List<String> read = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            read.add(redis.get(KEY));
        }
        assertThat(read).containsOnly("v9");
        Map<Integer, Long> gets = delta(getsBefore, calls("get", setup.dataServers()));
        assertThat(gets.get(setup.master().port())).as("GETs on the master").isZero();
        for (RedisServer replica : setup.replicas()) {
            assertThat(gets.get(replica.port())).as("GETs on replica %d", replica.port()).isEqualTo(50);
        }
        assertThat(delta(setsBefore, calls("set", List.of(setup.master()))).get(setup.master().port()))
            .as("SETs on the master")
            .isEqualTo(10);
    }

    @Test
    @Order(2)
    void pipelinesTransactionsAndHeldConnectionsStayOnTheMaster() {
        RedisSentinelSetup setup = sentinel.setup();
        Map<Integer, Long> before = calls("get", setup.dataServers());
        Pipeline pipeline = client.pipeline();
        Response<String> piped = pipeline.add(Commands.utf8().strings().get(KEY));
        pipeline.sync();
        Transaction transaction = client.multi();
        Response<String> inTransaction = transaction.add(Commands.utf8().strings().get(KEY));
        assertThat(transaction.exec()).isTrue();
        String held = client.withConnection((scope) -> scope.get(KEY));
        assertThat(List.of(piped.get(), inTransaction.get(), held)).containsOnly("v9");
        Map<Integer, Long> gets = delta(before, calls("get", setup.dataServers()));
        assertThat(gets.get(setup.master().port())).as("GETs on the master").isEqualTo(3);
        assertThat(setup.replicas()).allSatisfy((replica) -> assertThat(gets.get(replica.port())).isZero());
    }

    @Test
    @Order(3)
    void aKilledReplicaIsSkippedAndComesBackWhenItRecovers() {
        RedisSentinelSetup setup = sentinel.setup();
        RedisServer killed = setup.replicas().get(0);
        RedisServer survivor = setup.replicas().get(1);
        killed.kill();
        long killedAt = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertThat(redis.get(KEY)).isEqualTo("v9");
        }
        assertThat(Await.isTrue(() -> replicaPorts().equals(Set.of(survivor.port())), Duration.ofSeconds(30)))
            .as("replicas read from after %d was killed", killed.port())
            .isTrue();
        System.out.printf("Replica killed: 50 reads right after, no error; left the reads %dms after the kill%n",
                Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
        // The replica list is published before the listeners are called, so the event can
        // trail it.
        assertThat(Await.isTrue(() -> replicaEvents.contains(killed.port() + " removed"), Duration.ofSeconds(30)))
            .as("listener told %d was removed, heard %s", killed.port(), replicaEvents)
            .isTrue();
        Map<Integer, Long> before = calls("get", List.of(setup.master(), survivor));
        for (int i = 0; i < 20; i++) {
            assertThat(redis.get(KEY)).isEqualTo("v9");
        }
        Map<Integer, Long> gets = delta(before, calls("get", List.of(setup.master(), survivor)));
        assertThat(gets).containsEntry(survivor.port(), 20L).containsEntry(setup.master().port(), 0L);
        killed.restart();
        long restartedAt = System.nanoTime();
        assertThat(Await.isTrue(() -> replicaPorts().equals(Set.of(killed.port(), survivor.port())),
                Duration.ofSeconds(30)))
            .as("replicas read from after %d came back", killed.port())
            .isTrue();
        System.out.printf("Replica restarted: back in the reads %dms after it was started again%n",
                Duration.ofNanos(System.nanoTime() - restartedAt).toMillis());
        assertThat(Await.isTrue(() -> lastEventOf(killed).equals(Optional.of(killed.port() + " added")),
                Duration.ofSeconds(30)))
            .as("listener told %d was added back, heard %s", killed.port(), replicaEvents)
            .isTrue();
        // It joins only once synced: its data set was empty when it restarted.
        before = calls("get", List.of(killed, survivor));
        for (int i = 0; i < 20; i++) {
            assertThat(redis.get(KEY)).isEqualTo("v9");
        }
        assertThat(delta(before, calls("get", List.of(killed, survivor)))).containsEntry(killed.port(), 10L)
            .containsEntry(survivor.port(), 10L);
    }

    @Test
    @Order(4)
    void afterASentinelFailoverReadsFollowTheNewReplicas() {
        RedisSentinelSetup setup = sentinel.setup();
        RedisServer old = setup.master();
        long askedAt = System.nanoTime();
        RedisServer promoted = setup.failover();
        long promotedAt = System.nanoTime();
        assertThat(Await.isTrue(() -> client.sentinel()
            .get()
            .currentMaster()
            .map(Endpoint.Tcp::port)
            .equals(Optional.of(promoted.port())), Duration.ofSeconds(30))).isTrue();
        setup.awaitReplicas();
        long replicatingAt = System.nanoTime();
        assertThat(Await.isTrue(() -> replicaPorts().equals(ports(setup.replicas())), Duration.ofSeconds(30)))
            .as("replicas read from after the failover, the old master %d among them", old.port())
            .isTrue();
        System.out.printf(
                "SENTINEL FAILOVER: promoted %dms after it was asked for, every replica linked %dms after that,"
                        + " the reads on them %dms after that%n",
                Duration.ofNanos(promotedAt - askedAt).toMillis(),
                Duration.ofNanos(replicatingAt - promotedAt).toMillis(),
                Duration.ofNanos(System.nanoTime() - replicatingAt).toMillis());
        assertThat(replicaPorts()).contains(old.port()).doesNotContain(promoted.port());
        redis.set(KEY, "after-failover");
        awaitReplication();
        Map<Integer, Long> before = calls("get", setup.dataServers());
        for (int i = 0; i < 20; i++) {
            assertThat(redis.get(KEY)).isEqualTo("after-failover");
        }
        Map<Integer, Long> gets = delta(before, calls("get", setup.dataServers()));
        assertThat(gets.get(promoted.port())).as("GETs on the new master").isZero();
        assertThat(setup.replicas()).allSatisfy((replica) -> assertThat(gets.get(replica.port())).isEqualTo(10));
    }

    @Test
    @Order(5)
    void closingTheClientClosesTheReplicaPoolsAndStopsTheRefreshThread() {
        RedisClient closing = RedisClient.create(RedisClientConfig.builder()
            .sentinelMaster(sentinel.setup().masterName())
            .sentinelNodes(sentinel.setup().sentinelAddresses())
            .sentinelReadFrom(ReadFrom.REPLICA_PREFERRED)
            .poolName("closing-replicas")
            .build());
        assertThat(Await.isTrue(() -> !closing.sentinel().get().replicaPools().isEmpty(), Duration.ofSeconds(30)))
            .isTrue();
        List<PoolMonitor> pools = List.copyOf(closing.sentinel().get().replicaPools().values());
        assertThat(threads("redis-pool-sentinel-replicas-closing-replicas")).isNotEmpty();
        closing.close();
        assertThat(pools).allSatisfy((pool) -> assertThat(pool.isClosed()).isTrue());
        assertThat(closing.sentinel().get().replicaPools()).isEmpty();
        assertThat(Await.isTrue(() -> threads("redis-pool-sentinel-replicas-closing-replicas").isEmpty(),
                Duration.ofSeconds(30)))
            .as("refresh thread left after close")
            .isTrue();
    }

    private static List<String> threads(String name) {
        return Thread.getAllStackTraces()
            .keySet()
            .stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(name::equals)
            .toList();
    }

    private static Set<Integer> replicaPorts() {
        return client.sentinel()
            .get()
            .replicaPools()
            .keySet()
            .stream()
            .map((address) -> Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)))
            .collect(Collectors.toSet());
    }

    private static Optional<String> lastEventOf(RedisServer replica) {
        return replicaEvents.stream().filter((event) -> event.startsWith(replica.port() + " ")).reduce((a, b) -> b);
    }

    private static Set<Integer> ports(List<RedisServer> servers) {
        return servers.stream().map(RedisServer::port).collect(Collectors.toSet());
    }

    /** Waits until every replica has the master's writes: WAIT runs on the master. */
    private static void awaitReplication() {
        int replicas = sentinel.setup().replicas().size();
        assertThat(client.execute("WAIT", Integer.toString(replicas), "5000")).isEqualTo((long) replicas);
    }

    /** Each server's count of a command, from its INFO commandstats. */
    private static Map<Integer, Long> calls(String command, List<RedisServer> servers) {
        return servers.stream().collect(Collectors.toMap(RedisServer::port, (server) -> {
            try (RedisClient direct = RedisClient
                .create(RedisClientConfig.builder().host(server.host()).port(server.port()).build())) {
                String stats = (String) direct.execute("INFO", "commandstats");
                return stats.lines()
                    .filter((line) -> line.startsWith("cmdstat_" + command + ":calls="))
                    .map((line) -> Long.parseLong(line.substring(line.indexOf('=') + 1, line.indexOf(','))))
                    .findFirst()
                    .orElse(0L);
            }
        }));
    }

    private static Map<Integer, Long> delta(Map<Integer, Long> before, Map<Integer, Long> after) {
        return after.entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue() - before.get(entry.getKey())));
    }

}
