package io.redispool.launcher;

import java.util.List;

/**
 * One-off commands to one node of a cluster, each over a plain connection of its own, and
 * the readings of their replies that forming and watching a cluster need.
 */
final class NodeQueries {

    private NodeQueries() {
    }

    /**
     * Sends one command to one node.
     * @param node the node
     * @param words the command's name and arguments
     * @return the reply: String, Long, List or {@code null}
     * @throws IllegalStateException if the node replied with an error
     */
    static Object call(RedisServer node, String... words) {
        try (AdminConnection connection = AdminConnection.open(node.host(), node.port())) {
            return connection.call(words);
        }
    }

    static String text(RedisServer node, String... words) {
        return (String) call(node, words);
    }

    /** The node's view of the cluster, one line per node it knows. */
    static List<ClusterNodeLine> view(RedisServer node) {
        return ClusterNodeLine.parseAll(nodesText(node));
    }

    static String nodesText(RedisServer node) {
        return text(node, "CLUSTER", "NODES");
    }

    static String myId(RedisServer node) {
        return text(node, "CLUSTER", "MYID");
    }

    static int busPort(RedisServer node) {
        List<?> reply = (List<?>) call(node, "CONFIG", "GET", "cluster-port");
        return Integer.parseInt((String) reply.get(1));
    }

    static boolean isMaster(RedisServer node) {
        return text(node, "INFO", "replication").contains("role:master");
    }

}
