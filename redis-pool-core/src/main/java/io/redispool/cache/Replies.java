package io.redispool.cache;

import io.redispool.protocol.RespReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Copies of cached replies, so that a caller who changes the {@code byte[]} a byte-array
 * codec hands out cannot change what the next caller reads.
 */
final class Replies {

    private Replies() {
    }

    static RespReply copy(RespReply reply) {
        if (reply instanceof RespReply.BulkString bulk) {
            return new RespReply.BulkString(bulk.value().clone());
        }
        if (reply instanceof RespReply.ArrayReply array) {
            return new RespReply.ArrayReply(copy(array.elements()));
        }
        if (reply instanceof RespReply.MapReply map) {
            return new RespReply.MapReply(copy(map.keysAndValues()));
        }
        if (reply instanceof RespReply.SetReply set) {
            return new RespReply.SetReply(copy(set.elements()));
        }
        return reply;
    }

    private static List<RespReply> copy(List<RespReply> elements) {
        List<RespReply> copies = new ArrayList<>(elements.size());
        for (RespReply element : elements) {
            copies.add(copy(element));
        }
        return Collections.unmodifiableList(copies);
    }

}
