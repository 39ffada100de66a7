package io.redispool.commands;

import io.redispool.codec.RedisCodec;
import io.redispool.command.BulkReplyDecoder;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A codec as the command builders use it: keys and values into argument bytes, with the
 * argument checks every builder needs, and replies back into keys and values.
 *
 * <p>
 * One per codec, shared by every group's builder; immutable and thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class CommandCodec<K, V> {

    private final RedisCodec<K, V> codec;

    private final ReplyDecoder<K> key;

    private final ReplyDecoder<V> value;

    private final ReplyDecoder<List<K>> keys;

    private final ReplyDecoder<List<V>> values;

    private final ReplyDecoder<Map<K, V>> map;

    CommandCodec(RedisCodec<K, V> codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.key = new BulkReplyDecoder<>(codec::decodeKey);
        this.value = new BulkReplyDecoder<>(codec::decodeValue);
        this.keys = ReplyDecoders.list(this.key);
        this.values = ReplyDecoders.list(this.value);
        this.map = ReplyDecoders.map(this.key, this.value);
    }

    /**
     * The codec itself.
     * @return the codec
     */
    public RedisCodec<K, V> codec() {
        return this.codec;
    }

    /**
     * Encodes a key.
     * @param key the key
     * @return its bytes
     * @throws NullPointerException if the key is {@code null}
     */
    public byte[] key(K key) {
        return this.codec.encodeKey(Objects.requireNonNull(key, "A key must not be null"));
    }

    /**
     * Encodes a value.
     * @param value the value
     * @return its bytes
     * @throws NullPointerException if the value is {@code null}
     */
    public byte[] value(V value) {
        return this.codec.encodeValue(Objects.requireNonNull(value, "A value must not be null"));
    }

    /**
     * Starts a command whose first argument is a key.
     * @param spec the command
     * @param key the key
     * @param more how many arguments will follow the key, a hint
     * @return the arguments so far
     */
    public CommandArgs keyArgs(CommandSpec spec, K key, int more) {
        return CommandArgs.of(spec, more + 1).add(key(key));
    }

    /**
     * A command that takes one or more keys and nothing else.
     * @param spec the command
     * @param keys the keys, at least one
     * @return the arguments
     */
    public CommandArgs keysArgs(CommandSpec spec, Collection<K> keys) {
        requireNotEmpty(spec, "keys", keys);
        CommandArgs args = CommandArgs.of(spec, keys.size());
        keys.forEach((each) -> args.add(key(each)));
        return args;
    }

    /**
     * A command that takes a key and one or more values.
     * @param spec the command
     * @param key the key
     * @param values the values, at least one
     * @return the arguments
     */
    public CommandArgs keyValuesArgs(CommandSpec spec, K key, Collection<V> values) {
        requireNotEmpty(spec, "values", values);
        CommandArgs args = keyArgs(spec, key, values.size());
        values.forEach((each) -> args.add(value(each)));
        return args;
    }

    /**
     * Fails when a command that needs at least one of something was given none.
     * @param spec the command
     * @param what the argument's name
     * @param arguments the arguments
     * @throws IllegalArgumentException naming the command and the argument
     */
    public static void requireNotEmpty(CommandSpec spec, String what, Collection<?> arguments) {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException(
                    spec.displayName() + " needs at least one of '" + what + "' but got none");
        }
    }

    /**
     * Decodes a bulk string as a key; a null reply is {@code null}.
     * @return the decoder
     */
    public ReplyDecoder<K> keyDecoder() {
        return this.key;
    }

    /**
     * Decodes a bulk string as a value; a null reply is {@code null}.
     * @return the decoder
     */
    public ReplyDecoder<V> valueDecoder() {
        return this.value;
    }

    /**
     * Decodes an array of keys.
     * @return the decoder
     */
    public ReplyDecoder<List<K>> keysDecoder() {
        return this.keys;
    }

    /**
     * Decodes an array of values, {@code null} for each missing one.
     * @return the decoder
     */
    public ReplyDecoder<List<V>> valuesDecoder() {
        return this.values;
    }

    /**
     * Decodes a flat array of keys and values (or a RESP3 map) into a map in the server's
     * order.
     * @return the decoder
     */
    public ReplyDecoder<Map<K, V>> mapDecoder() {
        return this.map;
    }

}
