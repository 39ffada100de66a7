package io.redispool.commands.stream;

/**
 * A stream, as XINFO STREAM describes it.
 *
 * @param length how many entries it holds
 * @param radixTreeKeys the keys of its radix tree
 * @param radixTreeNodes the nodes of its radix tree
 * @param groups how many consumer groups it has
 * @param lastGeneratedId the greatest ID ever added, even if deleted since
 * @param maxDeletedEntryId the greatest ID deleted
 * @param entriesAdded how many entries were ever added
 * @param recordedFirstEntryId the ID of the first entry
 * @param firstEntry the first entry, or {@code null} when the stream is empty
 * @param lastEntry the last entry, or {@code null} when the stream is empty
 * @param <K> the field type
 * @param <V> the value type
 */
public record StreamInfo<K, V>(long length, long radixTreeKeys, long radixTreeNodes, long groups,
        String lastGeneratedId, String maxDeletedEntryId, long entriesAdded, String recordedFirstEntryId,
        StreamEntry<K, V> firstEntry, StreamEntry<K, V> lastEntry) {
}
