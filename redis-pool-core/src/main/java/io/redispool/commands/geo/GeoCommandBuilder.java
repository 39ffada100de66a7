package io.redispool.commands.geo;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the geo commands as data; {@link GeoCommands} runs them. A geo set is a sorted
 * set whose scores are geohashes, so the sorted set commands work on it too (ZREM removes
 * a member).
 *
 * <p>
 * GEORADIUS, GEORADIUSBYMEMBER and their read-only variants are deprecated by the server
 * in favour of GEOSEARCH; they take the same {@link GeoSearch}, which must then be by
 * radius and from coordinates or from a member respectively. Their STORE options are not
 * offered: use GEOSEARCHSTORE.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class GeoCommandBuilder<K, V> {

    private static final CommandSpec GEOADD = CommandTable.get().spec("geoadd");

    private static final CommandSpec GEODIST = CommandTable.get().spec("geodist");

    private static final CommandSpec GEOHASH = CommandTable.get().spec("geohash");

    private static final CommandSpec GEOPOS = CommandTable.get().spec("geopos");

    private static final CommandSpec GEOSEARCH = CommandTable.get().spec("geosearch");

    private static final CommandSpec GEOSEARCHSTORE = CommandTable.get().spec("geosearchstore");

    private static final CommandSpec GEORADIUS = CommandTable.get().spec("georadius");

    private static final CommandSpec GEORADIUS_RO = CommandTable.get().spec("georadius_ro");

    private static final CommandSpec GEORADIUSBYMEMBER = CommandTable.get().spec("georadiusbymember");

    private static final CommandSpec GEORADIUSBYMEMBER_RO = CommandTable.get().spec("georadiusbymember_ro");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public GeoCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /**
     * GEOADD of one member.
     * @param key the geo set's key
     * @param longitude the member's longitude in degrees
     * @param latitude the member's latitude in degrees
     * @param member the member
     * @return a command that yields 1 if the member was new, else 0
     */
    public Command<Long> geoadd(K key, double longitude, double latitude, V member) {
        return geoadd(key, List.of(GeoValue.of(member, longitude, latitude)), GeoAddOptions.none());
    }

    /**
     * GEOADD of several members.
     * @param key the geo set's key
     * @param members the members with their coordinates, at least one
     * @return a command that yields how many members were new
     */
    public Command<Long> geoadd(K key, List<GeoValue<V>> members) {
        return geoadd(key, members, GeoAddOptions.none());
    }

    /**
     * GEOADD with options.
     * @param key the geo set's key
     * @param members the members with their coordinates, at least one
     * @param options a condition (NX or XX) and CH
     * @return a command that yields how many members were new, or new or moved with CH
     */
    public Command<Long> geoadd(K key, List<GeoValue<V>> members, GeoAddOptions options) {
        CommandCodec.requireNotEmpty(GEOADD, "members", members);
        CommandArgs args = this.codec.keyArgs(GEOADD, key, members.size() * 3 + 2);
        options.appendTo(args);
        for (GeoValue<V> member : members) {
            member.coordinates().appendTo(args);
            args.add(this.codec.value(member.value()));
        }
        return args.build(ReplyDecoders.INTEGER);
    }

    /**
     * GEODIST in meters.
     * @param key the geo set's key
     * @param member1 one member
     * @param member2 the other
     * @return a command that yields the distance in meters, or {@code null} if a member
     * is missing
     */
    public Command<Double> geodist(K key, V member1, V member2) {
        return this.codec.keyArgs(GEODIST, key, 2)
            .add(this.codec.value(member1))
            .add(this.codec.value(member2))
            .build(ReplyDecoders.DOUBLE);
    }

    /**
     * GEODIST in a unit.
     * @param key the geo set's key
     * @param member1 one member
     * @param member2 the other
     * @param unit the distance's unit
     * @return a command that yields the distance, or {@code null} if a member is missing
     */
    public Command<Double> geodist(K key, V member1, V member2, GeoUnit unit) {
        Objects.requireNonNull(unit, "'unit' must not be null");
        return this.codec.keyArgs(GEODIST, key, 3)
            .add(this.codec.value(member1))
            .add(this.codec.value(member2))
            .add(unit.keyword())
            .build(ReplyDecoders.DOUBLE);
    }

    /**
     * GEOHASH.
     * @param key the geo set's key
     * @param members the members, at least one
     * @return a command that yields each member's 11-character geohash, {@code null} for
     * a missing one
     */
    public Command<List<String>> geohash(K key, List<V> members) {
        return this.codec.keyValuesArgs(GEOHASH, key, members).build(ReplyDecoders.list(ReplyDecoders.TEXT));
    }

    /**
     * GEOPOS.
     * @param key the geo set's key
     * @param members the members, at least one
     * @return a command that yields each member's coordinates, {@code null} for a missing
     * one
     */
    public Command<List<GeoCoordinates>> geopos(K key, List<V> members) {
        return this.codec.keyValuesArgs(GEOPOS, key, members).build(ReplyDecoders.list(GeoReplies.COORDINATES));
    }

    /**
     * GEOSEARCH.
     * @param key the geo set's key
     * @param search origin, shape, order and count
     * @return a command that yields the members found
     */
    public Command<List<V>> geosearch(K key, GeoSearch<V> search) {
        return search(GEOSEARCH, key, search).build(this.codec.valuesDecoder());
    }

    /**
     * GEOSEARCH with WITHCOORD, WITHDIST or WITHHASH.
     * @param key the geo set's key
     * @param search origin, shape, order and count
     * @param details what to return with each member, at least one
     * @return a command that yields the members found with those details
     */
    public Command<List<GeoSearchResult<V>>> geosearchWithDetails(K key, GeoSearch<V> search, Set<GeoDetail> details) {
        return withDetails(search(GEOSEARCH, key, search), GEOSEARCH, details);
    }

    /**
     * GEOSEARCHSTORE: stores the members found, with their geohashes as scores.
     * @param destination the geo set to (over)write
     * @param source the geo set to search
     * @param search origin, shape, order and count
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> geosearchstore(K destination, K source, GeoSearch<V> search) {
        return store(destination, source, search).build(ReplyDecoders.INTEGER);
    }

    /**
     * GEOSEARCHSTORE ... STOREDIST: stores the members found, with their distance from
     * the origin, in the shape's unit, as scores.
     * @param destination the sorted set to (over)write
     * @param source the geo set to search
     * @param search origin, shape, order and count
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> geosearchstoreDistances(K destination, K source, GeoSearch<V> search) {
        return store(destination, source, search).add(Keyword.STOREDIST).build(ReplyDecoders.INTEGER);
    }

    /**
     * GEORADIUS, deprecated by the server for GEOSEARCH ... FROMLONLAT ... BYRADIUS.
     * @param key the geo set's key
     * @param search from coordinates, by radius, with its order and count
     * @return a command that yields the members found
     */
    public Command<List<V>> georadius(K key, GeoSearch<V> search) {
        return radius(GEORADIUS, key, search, false).build(this.codec.valuesDecoder());
    }

    /**
     * GEORADIUS with WITHCOORD, WITHDIST or WITHHASH.
     * @param key the geo set's key
     * @param search from coordinates, by radius, with its order and count
     * @param details what to return with each member, at least one
     * @return a command that yields the members found with those details
     */
    public Command<List<GeoSearchResult<V>>> georadiusWithDetails(K key, GeoSearch<V> search, Set<GeoDetail> details) {
        return withDetails(radius(GEORADIUS, key, search, false), GEORADIUS, details);
    }

    /**
     * GEORADIUS_RO: GEORADIUS that may run on a replica.
     * @param key the geo set's key
     * @param search from coordinates, by radius, with its order and count
     * @return a command that yields the members found
     */
    public Command<List<V>> georadiusRo(K key, GeoSearch<V> search) {
        return radius(GEORADIUS_RO, key, search, false).build(this.codec.valuesDecoder());
    }

    /**
     * GEORADIUS_RO with WITHCOORD, WITHDIST or WITHHASH.
     * @param key the geo set's key
     * @param search from coordinates, by radius, with its order and count
     * @param details what to return with each member, at least one
     * @return a command that yields the members found with those details
     */
    public Command<List<GeoSearchResult<V>>> georadiusRoWithDetails(K key, GeoSearch<V> search,
            Set<GeoDetail> details) {
        return withDetails(radius(GEORADIUS_RO, key, search, false), GEORADIUS_RO, details);
    }

    /**
     * GEORADIUSBYMEMBER, deprecated by the server for GEOSEARCH ... FROMMEMBER ...
     * BYRADIUS.
     * @param key the geo set's key
     * @param search from a member, by radius, with its order and count
     * @return a command that yields the members found
     */
    public Command<List<V>> georadiusbymember(K key, GeoSearch<V> search) {
        return radius(GEORADIUSBYMEMBER, key, search, true).build(this.codec.valuesDecoder());
    }

    /**
     * GEORADIUSBYMEMBER with WITHCOORD, WITHDIST or WITHHASH.
     * @param key the geo set's key
     * @param search from a member, by radius, with its order and count
     * @param details what to return with each member, at least one
     * @return a command that yields the members found with those details
     */
    public Command<List<GeoSearchResult<V>>> georadiusbymemberWithDetails(K key, GeoSearch<V> search,
            Set<GeoDetail> details) {
        return withDetails(radius(GEORADIUSBYMEMBER, key, search, true), GEORADIUSBYMEMBER, details);
    }

    /**
     * GEORADIUSBYMEMBER_RO: GEORADIUSBYMEMBER that may run on a replica.
     * @param key the geo set's key
     * @param search from a member, by radius, with its order and count
     * @return a command that yields the members found
     */
    public Command<List<V>> georadiusbymemberRo(K key, GeoSearch<V> search) {
        return radius(GEORADIUSBYMEMBER_RO, key, search, true).build(this.codec.valuesDecoder());
    }

    /**
     * GEORADIUSBYMEMBER_RO with WITHCOORD, WITHDIST or WITHHASH.
     * @param key the geo set's key
     * @param search from a member, by radius, with its order and count
     * @param details what to return with each member, at least one
     * @return a command that yields the members found with those details
     */
    public Command<List<GeoSearchResult<V>>> georadiusbymemberRoWithDetails(K key, GeoSearch<V> search,
            Set<GeoDetail> details) {
        return withDetails(radius(GEORADIUSBYMEMBER_RO, key, search, true), GEORADIUSBYMEMBER_RO, details);
    }

    private CommandArgs search(CommandSpec spec, K key, GeoSearch<V> search) {
        Objects.requireNonNull(search, "'search' must not be null");
        CommandArgs args = this.codec.keyArgs(spec, key, 12);
        search.appendTo(args, this.codec);
        return args;
    }

    private CommandArgs store(K destination, K source, GeoSearch<V> search) {
        Objects.requireNonNull(search, "'search' must not be null");
        CommandArgs args = this.codec.keyArgs(GEOSEARCHSTORE, destination, 13).add(this.codec.key(source));
        search.appendTo(args, this.codec);
        return args;
    }

    private CommandArgs radius(CommandSpec spec, K key, GeoSearch<V> search, boolean byMember) {
        Objects.requireNonNull(search, "'search' must not be null");
        CommandArgs args = this.codec.keyArgs(spec, key, 12);
        search.appendRadiusTo(args, this.codec, spec.displayName(), byMember);
        return args;
    }

    private Command<List<GeoSearchResult<V>>> withDetails(CommandArgs args, CommandSpec spec, Set<GeoDetail> details) {
        CommandCodec.requireNotEmpty(spec, "details", details);
        for (GeoDetail detail : GeoDetail.values()) {
            if (details.contains(detail)) {
                args.add(detail.keyword());
            }
        }
        return args.build(GeoReplies.results(this.codec.valueDecoder(), details));
    }

}
