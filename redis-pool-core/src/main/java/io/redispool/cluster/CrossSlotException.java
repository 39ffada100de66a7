package io.redispool.cluster;

/**
 * A command's keys are in different hash slots of a cluster, and the command cannot be
 * split over them; nothing was sent.
 */
public final class CrossSlotException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    CrossSlotException(String command) {
        super(command + " has keys in different hash slots of the cluster, which no single node serves; "
                + "give the keys a common hash tag, such as {user}:1 and {user}:2, so that they share a slot");
    }

}
