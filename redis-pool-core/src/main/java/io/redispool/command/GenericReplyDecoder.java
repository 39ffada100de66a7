package io.redispool.command;

import io.redispool.RedisServerException;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BigNumberReply;
import io.redispool.protocol.RespReply.BooleanReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.DoubleReply;
import io.redispool.protocol.RespReply.ErrorReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.MapReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.PushReply;
import io.redispool.protocol.RespReply.SetReply;
import io.redispool.protocol.RespReply.SimpleString;
import io.redispool.protocol.RespReply.VerbatimString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Any reply as plain Java values, for commands the client has no type for; see
 * {@link ReplyDecoders#generic(Function)}.
 */
final class GenericReplyDecoder implements ReplyDecoder<Object> {

    private final Function<byte[], ?> bulkDecoder;

    GenericReplyDecoder(Function<byte[], ?> bulkDecoder) {
        this.bulkDecoder = bulkDecoder;
    }

    @Override
    public Object decode(RespReply reply) {
        if (reply instanceof SimpleString status) {
            return status.value();
        }
        if (reply instanceof IntegerReply integer) {
            return integer.value();
        }
        if (reply instanceof BulkString bulk) {
            return this.bulkDecoder.apply(bulk.value());
        }
        if (reply instanceof ArrayReply array) {
            return list(array.elements());
        }
        if (reply instanceof ErrorReply error) {
            return RedisServerException.of(error.message());
        }
        return (reply instanceof NullReply) ? null : decodeResp3(reply);
    }

    private Object decodeResp3(RespReply reply) {
        if (reply instanceof MapReply map) {
            Map<Object, Object> values = new LinkedHashMap<>();
            List<RespReply> keysAndValues = map.keysAndValues();
            for (int i = 0; i < keysAndValues.size(); i += 2) {
                values.put(decode(keysAndValues.get(i)), decode(keysAndValues.get(i + 1)));
            }
            return Collections.unmodifiableMap(values);
        }
        if (reply instanceof SetReply set) {
            Set<Object> values = new LinkedHashSet<>();
            for (RespReply element : set.elements()) {
                values.add(decode(element));
            }
            return Collections.unmodifiableSet(values);
        }
        if (reply instanceof VerbatimString verbatim) {
            return this.bulkDecoder.apply(verbatim.value());
        }
        if (reply instanceof PushReply push) {
            return list(push.elements());
        }
        if (reply instanceof DoubleReply number) {
            return number.value();
        }
        if (reply instanceof BooleanReply bool) {
            return bool.value();
        }
        return ((BigNumberReply) reply).value();
    }

    private List<Object> list(List<RespReply> elements) {
        List<Object> values = new ArrayList<>(elements.size());
        for (RespReply element : elements) {
            values.add(decode(element));
        }
        return Collections.unmodifiableList(values);
    }

}
