package io.redispool.commands.stream;

import java.util.List;

/**
 * A stream with its entries and groups in detail, as XINFO STREAM FULL describes it.
 *
 * @param length how many entries it holds
 * @param radixTreeKeys the keys of its radix tree
 * @param radixTreeNodes the nodes of its radix tree
 * @param lastGeneratedId the greatest ID ever added, even if deleted since
 * @param maxDeletedEntryId the greatest ID deleted
 * @param entriesAdded how many entries were ever added
 * @param recordedFirstEntryId the ID of the first entry
 * @param entries its entries, as many as the COUNT asked for
 * @param groups its consumer groups with their pending entries and consumers
 * @param <K> the field type
 * @param <V> the value type
 */
public record StreamFullInfo<K, V>(long length, long radixTreeKeys, long radixTreeNodes, String lastGeneratedId,
        String maxDeletedEntryId, long entriesAdded, String recordedFirstEntryId, List<StreamEntry<K, V>> entries,
        List<StreamGroupDetail> groups) {
}
