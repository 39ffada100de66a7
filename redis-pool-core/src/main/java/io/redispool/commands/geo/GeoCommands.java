package io.redispool.commands.geo;

import io.redispool.commands.CommandRunner;
import java.util.List;
import java.util.Set;

/**
 * The geo commands, run at once: members with coordinates, distances between them, and
 * searches around a member or a point.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface GeoCommands<K, V> extends CommandRunner<K, V> {

    /** GEOADD: adds or moves a member; yields 1 if it was new. */
    default Long geoadd(K key, double longitude, double latitude, V member) {
        return execute(builders().geo().geoadd(key, longitude, latitude, member));
    }

    /** GEOADD: adds or moves members; yields how many were new. */
    default Long geoadd(K key, List<GeoValue<V>> members) {
        return execute(builders().geo().geoadd(key, members));
    }

    /** GEOADD with NX, XX or CH; yields how many were new, or new or moved with CH. */
    default Long geoadd(K key, List<GeoValue<V>> members, GeoAddOptions options) {
        return execute(builders().geo().geoadd(key, members, options));
    }

    /**
     * GEODIST: the distance between two members in meters, or {@code null} if one is
     * missing.
     */
    default Double geodist(K key, V member1, V member2) {
        return execute(builders().geo().geodist(key, member1, member2));
    }

    /**
     * GEODIST in a unit: the distance between two members, or {@code null} if one is
     * missing.
     */
    default Double geodist(K key, V member1, V member2, GeoUnit unit) {
        return execute(builders().geo().geodist(key, member1, member2, unit));
    }

    /** GEOHASH: each member's geohash string, {@code null} for a missing one. */
    default List<String> geohash(K key, List<V> members) {
        return execute(builders().geo().geohash(key, members));
    }

    /** GEOPOS: each member's coordinates, {@code null} for a missing one. */
    default List<GeoCoordinates> geopos(K key, List<V> members) {
        return execute(builders().geo().geopos(key, members));
    }

    /** GEOSEARCH: the members within a shape around a member or a point. */
    default List<V> geosearch(K key, GeoSearch<V> search) {
        return execute(builders().geo().geosearch(key, search));
    }

    /**
     * GEOSEARCH with WITHCOORD, WITHDIST or WITHHASH: the members found with those
     * details.
     */
    default List<GeoSearchResult<V>> geosearchWithDetails(K key, GeoSearch<V> search, Set<GeoDetail> details) {
        return execute(builders().geo().geosearchWithDetails(key, search, details));
    }

    /** GEOSEARCHSTORE: stores the members found as a geo set; yields how many. */
    default Long geosearchstore(K destination, K source, GeoSearch<V> search) {
        return execute(builders().geo().geosearchstore(destination, source, search));
    }

    /**
     * GEOSEARCHSTORE ... STOREDIST: stores the members found scored by distance; yields
     * how many.
     */
    default Long geosearchstoreDistances(K destination, K source, GeoSearch<V> search) {
        return execute(builders().geo().geosearchstoreDistances(destination, source, search));
    }

    /** GEORADIUS (deprecated for GEOSEARCH): the members within a radius of a point. */
    default List<V> georadius(K key, GeoSearch<V> search) {
        return execute(builders().geo().georadius(key, search));
    }

    /**
     * GEORADIUS with WITHCOORD, WITHDIST or WITHHASH: the members found with those
     * details.
     */
    default List<GeoSearchResult<V>> georadiusWithDetails(K key, GeoSearch<V> search, Set<GeoDetail> details) {
        return execute(builders().geo().georadiusWithDetails(key, search, details));
    }

    /** GEORADIUS_RO (deprecated for GEOSEARCH): GEORADIUS that may run on a replica. */
    default List<V> georadiusRo(K key, GeoSearch<V> search) {
        return execute(builders().geo().georadiusRo(key, search));
    }

    /**
     * GEORADIUS_RO with WITHCOORD, WITHDIST or WITHHASH: the members found with those
     * details.
     */
    default List<GeoSearchResult<V>> georadiusRoWithDetails(K key, GeoSearch<V> search, Set<GeoDetail> details) {
        return execute(builders().geo().georadiusRoWithDetails(key, search, details));
    }

    /**
     * GEORADIUSBYMEMBER (deprecated for GEOSEARCH): the members within a radius of a
     * member.
     */
    default List<V> georadiusbymember(K key, GeoSearch<V> search) {
        return execute(builders().geo().georadiusbymember(key, search));
    }

    /**
     * GEORADIUSBYMEMBER with WITHCOORD, WITHDIST or WITHHASH: the members found with
     * those details.
     */
    default List<GeoSearchResult<V>> georadiusbymemberWithDetails(K key, GeoSearch<V> search, Set<GeoDetail> details) {
        return execute(builders().geo().georadiusbymemberWithDetails(key, search, details));
    }

    /**
     * GEORADIUSBYMEMBER_RO (deprecated for GEOSEARCH): GEORADIUSBYMEMBER that may run on
     * a replica.
     */
    default List<V> georadiusbymemberRo(K key, GeoSearch<V> search) {
        return execute(builders().geo().georadiusbymemberRo(key, search));
    }

    /**
     * GEORADIUSBYMEMBER_RO with WITHCOORD, WITHDIST or WITHHASH: the members found with
     * those details.
     */
    default List<GeoSearchResult<V>> georadiusbymemberRoWithDetails(K key, GeoSearch<V> search,
            Set<GeoDetail> details) {
        return execute(builders().geo().georadiusbymemberRoWithDetails(key, search, details));
    }

}
