package io.redispool.commands.keys;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import io.redispool.commands.TimeArguments;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds the commands that set, read and remove the expiry of keys of any type as data;
 * {@link KeyExpiryCommands} runs them.
 *
 * <p>
 * Relative expiries are Durations and absolute ones Instants; the seconds commands
 * (EXPIRE, EXPIREAT) refuse a fraction of a second rather than round it, the milliseconds
 * commands (PEXPIRE, PEXPIREAT) take any whole number of milliseconds. A time already
 * past deletes the key.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class KeyExpiryCommandBuilder<K, V> {

    private static final CommandSpec EXPIRE = CommandTable.get().spec("expire");

    private static final CommandSpec EXPIREAT = CommandTable.get().spec("expireat");

    private static final CommandSpec EXPIRETIME = CommandTable.get().spec("expiretime");

    private static final CommandSpec PERSIST = CommandTable.get().spec("persist");

    private static final CommandSpec PEXPIRE = CommandTable.get().spec("pexpire");

    private static final CommandSpec PEXPIREAT = CommandTable.get().spec("pexpireat");

    private static final CommandSpec PEXPIRETIME = CommandTable.get().spec("pexpiretime");

    private static final CommandSpec PTTL = CommandTable.get().spec("pttl");

    private static final CommandSpec TTL = CommandTable.get().spec("ttl");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public KeyExpiryCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /**
     * EXPIRE: sets a time to live in whole seconds; {@code false} when the key does not
     * exist.
     */
    public Command<Boolean> expire(K key, Duration timeout) {
        return expiry(EXPIRE, key, TimeArguments.seconds("timeout", timeout)).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * EXPIRE with a condition; {@code false} when the key does not exist or the condition
     * was not met.
     */
    public Command<Boolean> expire(K key, Duration timeout, ExpireCondition condition) {
        return expiry(EXPIRE, key, TimeArguments.seconds("timeout", timeout), condition);
    }

    /**
     * EXPIREAT: sets the Unix time, in whole seconds, the key expires at; {@code false}
     * when it does not exist.
     */
    public Command<Boolean> expireat(K key, Instant timestamp) {
        return expiry(EXPIREAT, key, TimeArguments.epochSeconds("timestamp", timestamp))
            .build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * EXPIREAT with a condition; {@code false} when the key does not exist or the
     * condition was not met.
     */
    public Command<Boolean> expireat(K key, Instant timestamp, ExpireCondition condition) {
        return expiry(EXPIREAT, key, TimeArguments.epochSeconds("timestamp", timestamp), condition);
    }

    /**
     * EXPIRETIME: the Unix time in seconds the key expires at; -1 without expiry, -2 when
     * missing.
     */
    public Command<Long> expiretime(K key) {
        return this.codec.keyArgs(EXPIRETIME, key, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * PERSIST: removes the expiry; {@code false} when the key has none or does not exist.
     */
    public Command<Boolean> persist(K key) {
        return this.codec.keyArgs(PERSIST, key, 0).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * PEXPIRE: sets a time to live in milliseconds; {@code false} when the key does not
     * exist.
     */
    public Command<Boolean> pexpire(K key, Duration timeout) {
        return expiry(PEXPIRE, key, TimeArguments.millis("timeout", timeout)).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * PEXPIRE with a condition; {@code false} when the key does not exist or the
     * condition was not met.
     */
    public Command<Boolean> pexpire(K key, Duration timeout, ExpireCondition condition) {
        return expiry(PEXPIRE, key, TimeArguments.millis("timeout", timeout), condition);
    }

    /**
     * PEXPIREAT: sets the Unix time, in milliseconds, the key expires at; {@code false}
     * when it does not exist.
     */
    public Command<Boolean> pexpireat(K key, Instant timestamp) {
        return expiry(PEXPIREAT, key, TimeArguments.epochMillis("timestamp", timestamp))
            .build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * PEXPIREAT with a condition; {@code false} when the key does not exist or the
     * condition was not met.
     */
    public Command<Boolean> pexpireat(K key, Instant timestamp, ExpireCondition condition) {
        return expiry(PEXPIREAT, key, TimeArguments.epochMillis("timestamp", timestamp), condition);
    }

    /**
     * PEXPIRETIME: the Unix time in milliseconds the key expires at; -1 without expiry,
     * -2 when missing.
     */
    public Command<Long> pexpiretime(K key) {
        return this.codec.keyArgs(PEXPIRETIME, key, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * PTTL: the remaining time to live in milliseconds; -1 without expiry, -2 when
     * missing.
     */
    public Command<Long> pttl(K key) {
        return this.codec.keyArgs(PTTL, key, 0).build(ReplyDecoders.INTEGER);
    }

    /** TTL: the remaining time to live in seconds; -1 without expiry, -2 when missing. */
    public Command<Long> ttl(K key) {
        return this.codec.keyArgs(TTL, key, 0).build(ReplyDecoders.INTEGER);
    }

    private CommandArgs expiry(CommandSpec spec, K key, long amount) {
        return this.codec.keyArgs(spec, key, 2).add(amount);
    }

    private Command<Boolean> expiry(CommandSpec spec, K key, long amount, ExpireCondition condition) {
        Objects.requireNonNull(condition, "'condition' must not be null");
        return expiry(spec, key, amount).add(condition.keyword()).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

}
