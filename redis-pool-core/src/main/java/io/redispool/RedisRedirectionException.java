package io.redispool;

/**
 * A cluster node answered that another node serves the key's slot: {@code MOVED} (the
 * slot has moved for good) or {@code ASK} (it is moving; ask the target once, after
 * ASKING).
 *
 * <p>
 * Carries the slot and the target, so a caller (or a cluster client) can follow it.
 */
public class RedisRedirectionException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    private final boolean moved;

    private final int slot;

    private final String host;

    private final int port;

    /**
     * Parses {@code MOVED <slot> <host>:<port>} or {@code ASK <slot> <host>:<port>}.
     * @param serverMessage the error reply without its leading {@code -}
     * @throws IllegalArgumentException if the message is not a redirection
     */
    public RedisRedirectionException(String serverMessage) {
        super(serverMessage);
        String[] parts = serverMessage.split(" ");
        int colon = (parts.length == 3) ? parts[2].lastIndexOf(':') : -1;
        if (colon < 0 || !(parts[0].equals("MOVED") || parts[0].equals("ASK"))) {
            throw new IllegalArgumentException("Not a MOVED or ASK redirection: '" + serverMessage + "'");
        }
        this.moved = parts[0].equals("MOVED");
        this.slot = Integer.parseInt(parts[1]);
        this.host = parts[2].substring(0, colon);
        this.port = Integer.parseInt(parts[2].substring(colon + 1));
    }

    /**
     * Whether the slot moved for good (MOVED) rather than being migrated (ASK).
     * @return {@code true} for MOVED
     */
    public boolean isMoved() {
        return this.moved;
    }

    /**
     * The hash slot of the command's key.
     * @return the slot, 0 to 16383
     */
    public int slot() {
        return this.slot;
    }

    /**
     * The node to ask instead.
     * @return its host; empty when the server means the host the command was sent to
     */
    public String host() {
        return this.host;
    }

    /**
     * The port of the node to ask instead.
     * @return the port
     */
    public int port() {
        return this.port;
    }

}
