package io.redispool.benchmarks.cluster;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Counts the replies each master of a cluster has written to its sockets
 * ({@code total_writes_processed} of {@code INFO stats}): a server answers a pipelined
 * batch that arrived in one read with one write, and each command of an unpipelined
 * client with one write of its own, so the count tells whether a client pipelines.
 */
final class ServerWrites {

    private final List<HostAndPort> masters;

    private ServerWrites(List<HostAndPort> masters) {
        this.masters = masters;
    }

    /**
     * Finds the masters of a cluster from {@code CLUSTER NODES} on one of its nodes.
     * @param seed {@code host:port} of any node
     * @return a counter over the masters
     */
    static ServerWrites ofMasters(String seed) {
        List<HostAndPort> masters = new ArrayList<>();
        try (Jedis jedis = new Jedis(HostAndPort.from(seed))) {
            for (String line : jedis.clusterNodes().split("\n")) {
                String[] fields = line.strip().split(" ");
                if (fields.length > 2 && fields[2].contains("master")) {
                    masters.add(HostAndPort.from(fields[1].substring(0, fields[1].indexOf('@'))));
                }
            }
        }
        return new ServerWrites(List.copyOf(masters));
    }

    /**
     * How many masters the cluster has.
     * @return the count
     */
    int masters() {
        return this.masters.size();
    }

    /**
     * Reads each master's count. Each reading is itself one write on each master, counted
     * by the next reading.
     * @return the counts, one per master in the order of {@code CLUSTER NODES}
     */
    long[] read() {
        long[] counts = new long[this.masters.size()];
        for (int i = 0; i < counts.length; i++) {
            try (Jedis jedis = new Jedis(this.masters.get(i))) {
                counts[i] = writesIn(jedis.info("stats"));
            }
        }
        return counts;
    }

    private static long writesIn(String info) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("total_writes_processed:")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        throw new IllegalStateException("INFO stats has no total_writes_processed (Redis 6.0 or later has it)");
    }

}
