package io.redispool.commands.stream;

/**
 * A consumer group of a stream, as XINFO GROUPS describes it.
 *
 * @param name the group's name
 * @param consumers how many consumers it has
 * @param pending how many entries it delivered that are not yet acknowledged
 * @param lastDeliveredId the ID of the last entry delivered to it
 * @param entriesRead the logical read counter of the last entry delivered, or
 * {@code null} when the server cannot tell
 * @param lag how many entries are still to be delivered, or {@code null} when the server
 * cannot tell
 */
public record StreamGroupInfo(String name, long consumers, long pending, String lastDeliveredId, Long entriesRead,
        Long lag) {
}
