package io.redispool.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code CLUSTER NODES}: who a node is, what it is, and which slots it
 * serves, as seen by the node that was asked.
 *
 * @param id the node's id
 * @param port its client port
 * @param flags its flags, such as {@code myself}, {@code master}, {@code slave},
 * {@code fail}
 * @param masterId the id of its master, or {@code -} for a master
 * @param slotRanges the slots it serves, each {@code [first, last]}
 */
record ClusterNodeLine(String id, int port, Set<String> flags, String masterId, List<int[]> slotRanges) {

    /**
     * Parses the whole reply of {@code CLUSTER NODES}.
     * @param reply the reply
     * @return one entry per line
     */
    static List<ClusterNodeLine> parseAll(String reply) {
        List<ClusterNodeLine> lines = new ArrayList<>();
        for (String line : reply.split("\n")) {
            if (!line.isBlank()) {
                lines.add(parse(line.strip()));
            }
        }
        return lines;
    }

    private static ClusterNodeLine parse(String line) {
        String[] fields = line.split(" ");
        String address = fields[1];
        int colon = address.lastIndexOf(':', address.indexOf('@'));
        int port = Integer.parseInt(address.substring(colon + 1, address.indexOf('@')));
        List<int[]> slots = new ArrayList<>();
        for (int i = 8; i < fields.length; i++) {
            // Entries in brackets are slots being migrated or imported, not served.
            if (!fields[i].startsWith("[")) {
                int dash = fields[i].indexOf('-');
                int first = Integer.parseInt((dash < 0) ? fields[i] : fields[i].substring(0, dash));
                int last = (dash < 0) ? first : Integer.parseInt(fields[i].substring(dash + 1));
                slots.add(new int[] { first, last });
            }
        }
        return new ClusterNodeLine(fields[0], port, Set.of(fields[2].split(",")), fields[3], List.copyOf(slots));
    }

    boolean isMaster() {
        return this.flags.contains("master");
    }

    boolean isFailing() {
        return this.flags.contains("fail") || this.flags.contains("fail?");
    }

    boolean serves(int slot) {
        for (int[] range : this.slotRanges) {
            if (slot >= range[0] && slot <= range[1]) {
                return true;
            }
        }
        return false;
    }

}
