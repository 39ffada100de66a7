package io.redispool.commands.stream;

import java.util.List;

/**
 * A consumer group in the detail of XINFO STREAM FULL.
 *
 * @param name the group's name
 * @param lastDeliveredId the ID of the last entry delivered to it
 * @param entriesRead the logical read counter of the last entry delivered, or
 * {@code null}
 * @param lag how many entries are still to be delivered, or {@code null}
 * @param pelCount how many entries are pending
 * @param pending the pending entries, as many as the COUNT asked for
 * @param consumers its consumers
 */
public record StreamGroupDetail(String name, String lastDeliveredId, Long entriesRead, Long lag, long pelCount,
        List<StreamDelivery> pending, List<StreamConsumerDetail> consumers) {
}
