package io.redispool.commands.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The geo commands against a real server, and their argument checks.
 */
class GeoCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final GeoShape WITHIN_200_KM = GeoShape.radius(200, GeoUnit.KILOMETERS);

    private final GeoCommandBuilder<String, String> builder = Commands.utf8().geo();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void connect() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
    }

    @AfterEach
    void close() {
        this.client.close();
    }

    @Test
    void geoaddAddsMembersAndCountsNewOnes() {
        assertThat(this.commands.geoadd("Sicily", 13.361389, 38.115556, "Palermo")).isEqualTo(1);
        assertThat(this.commands.geoadd("Sicily",
                List.of(GeoValue.of("Palermo", 13.4, 38.1), GeoValue.of("Catania", 15.087269, 37.502669))))
            .isEqualTo(1);
        assertThat(this.commands.zcard("Sicily")).isEqualTo(2);
        assertThat(this.commands.geopos("Sicily", List.of("Palermo")).get(0).longitude()).isCloseTo(13.4, within(1e-5));
    }

    @Test
    void geoaddOptionsDecideWhatIsAddedMovedAndCounted() {
        seed();
        List<GeoValue<String>> moves = List.of(GeoValue.of("Palermo", 13, 38), GeoValue.of("Messina", 15.55, 38.19));

        assertThat(this.commands.geoadd("Sicily", moves, GeoAddOptions.none().ifAbsent())).isEqualTo(1);
        assertThat(this.commands.geopos("Sicily", List.of("Palermo")).get(0).longitude()).isCloseTo(13.361389,
                within(1e-5));
        assertThat(this.commands.geoadd("Sicily",
                List.of(GeoValue.of("Palermo", 13, 38), GeoValue.of("Enna", 14.27, 37.56)),
                GeoAddOptions.none().ifPresent().countChanged()))
            .isEqualTo(1);
        assertThat(this.commands.geopos("Sicily", List.of("Palermo", "Enna"))).satisfiesExactly(
                (palermo) -> assertThat(palermo.longitude()).isCloseTo(13, within(1e-5)),
                (enna) -> assertThat(enna).isNull());
    }

    @Test
    void geodistMeasuresInTheUnitAskedAndIsNullForMissingMembers() {
        seed();

        assertThat(this.commands.geodist("Sicily", "Palermo", "Catania")).isEqualTo(166274.1516);
        assertThat(this.commands.geodist("Sicily", "Palermo", "Catania", GeoUnit.KILOMETERS)).isEqualTo(166.2742);
        assertThat(this.commands.geodist("Sicily", "Palermo", "Catania", GeoUnit.MILES)).isEqualTo(103.3182);
        assertThat(this.commands.geodist("Sicily", "Palermo", "Catania", GeoUnit.FEET)).isEqualTo(545518.87);
        assertThat(this.commands.geodist("Sicily", "Palermo", "Catania", GeoUnit.METERS)).isEqualTo(166274.1516);
        assertThat(this.commands.geodist("Sicily", "Palermo", "missing")).isNull();
    }

    @Test
    void geohashAndGeoposDescribeEachMemberAndNullForMissingOnes() {
        seed();

        assertThat(this.commands.geohash("Sicily", List.of("Palermo", "missing", "Catania")))
            .containsExactly("sqc8b49rny0", null, "sqdtr74hyu0");
        List<GeoCoordinates> positions = this.commands.geopos("Sicily", List.of("missing", "Catania"));
        assertThat(positions.get(0)).isNull();
        assertThat(positions.get(1).longitude()).isCloseTo(15.087269, within(1e-5));
        assertThat(positions.get(1).latitude()).isCloseTo(37.502669, within(1e-5));
    }

    @Test
    void geosearchFindsMembersInACircleOrBoxInTheOrderAsked() {
        seed();
        this.commands.geoadd("Sicily", 17.24151, 38.788135, "far");

        assertThat(this.commands.geosearch("Sicily", GeoSearch.<String>fromLonLat(15, 37, WITHIN_200_KM).ascending()))
            .containsExactly("Catania", "Palermo");
        assertThat(this.commands.geosearch("Sicily", GeoSearch.<String>fromLonLat(15, 37, WITHIN_200_KM).descending()))
            .containsExactly("Palermo", "Catania");
        assertThat(this.commands.geosearch("Sicily",
                GeoSearch.fromLonLat(15, 37, GeoShape.box(600, 600, GeoUnit.KILOMETERS))))
            .containsExactlyInAnyOrder("Catania", "Palermo", "far");
        assertThat(
                this.commands.geosearch("Sicily", GeoSearch.fromMember("Palermo", GeoShape.radius(100, GeoUnit.MILES))))
            .containsExactly("Palermo");
        assertThat(this.commands.geosearch("Sicily",
                GeoSearch.fromCoordinates(new GeoCoordinates(15, 37), GeoShape.radius(50, GeoUnit.KILOMETERS))))
            .isEmpty();
    }

    @Test
    void geosearchCountKeepsTheNearestOrAnyMatches() {
        seed();

        assertThat(this.commands.geosearch("Sicily",
                GeoSearch.<String>fromLonLat(15, 37, WITHIN_200_KM).count(1).descending()))
            .containsExactly("Palermo");
        assertThat(this.commands.geosearch("Sicily", GeoSearch.<String>fromLonLat(15, 37, WITHIN_200_KM).countAny(1)))
            .hasSize(1)
            .isSubsetOf("Palermo", "Catania");
    }

    @Test
    void geosearchWithDetailsYieldsOnlyTheDetailsAsked() {
        seed();
        GeoSearch<String> nearestFirst = GeoSearch.<String>fromLonLat(15, 37, WITHIN_200_KM).ascending();

        List<GeoSearchResult<String>> all = this.commands.geosearchWithDetails("Sicily", nearestFirst,
                EnumSet.allOf(GeoDetail.class));
        List<GeoSearchResult<String>> hashes = this.commands.geosearchWithDetails("Sicily", nearestFirst,
                Set.of(GeoDetail.HASH));

        assertThat(all).extracting(GeoSearchResult::value).containsExactly("Catania", "Palermo");
        assertThat(all.get(0).distance()).isEqualTo(56.4413);
        assertThat(all.get(1).hash()).isEqualTo(3479099956230698L);
        assertThat(all.get(1).coordinates().latitude()).isCloseTo(38.115556, within(1e-5));
        assertThat(hashes).containsExactly(new GeoSearchResult<>("Catania", null, 3479447370796909L, null),
                new GeoSearchResult<>("Palermo", null, 3479099956230698L, null));
        assertThat(this.commands.geosearchWithDetails("Sicily", nearestFirst, Set.of(GeoDetail.COORDINATES)).get(0))
            .satisfies((catania) -> assertThat(catania.coordinates().longitude()).isCloseTo(15.087269, within(1e-5)),
                    (catania) -> assertThat(catania.distance()).isNull());
    }

    @Test
    void geosearchstoreStoresGeohashesOrDistancesAsScores() {
        seed();
        GeoSearch<String> search = GeoSearch.fromLonLat(15, 37, WITHIN_200_KM);

        assertThat(this.commands.geosearchstore("near", "missing", search)).isZero();
        assertThat(this.commands.geosearchstore("near", "Sicily", search)).isEqualTo(2);
        assertThat(this.commands.zscore("near", "Palermo")).isEqualTo(3479099956230698.0);
        assertThat(this.commands.geosearchstoreDistances("near", "Sicily", search)).isEqualTo(2);
        assertThat(this.commands.zscore("near", "Catania")).isCloseTo(56.4413, within(1e-3));
    }

    @Test
    void deprecatedGeoradiusCommandsSearchLikeGeosearchByRadius() {
        seed();
        GeoSearch<String> aroundPoint = GeoSearch.<String>fromLonLat(15, 37, WITHIN_200_KM).ascending();
        GeoSearch<String> aroundPalermo = GeoSearch.<String>fromMember("Palermo", WITHIN_200_KM).descending();
        Set<GeoDetail> distance = Set.of(GeoDetail.DISTANCE);

        assertThat(this.commands.georadius("Sicily", aroundPoint)).containsExactly("Catania", "Palermo");
        assertThat(this.commands.georadiusRo("Sicily", aroundPoint.count(1))).containsExactly("Catania");
        assertThat(this.commands.georadiusWithDetails("Sicily", aroundPoint, distance))
            .extracting(GeoSearchResult::distance)
            .containsExactly(56.4413, 190.4424);
        assertThat(this.commands.georadiusRoWithDetails("Sicily", aroundPoint, distance)).hasSize(2);
        assertThat(this.commands.georadiusbymember("Sicily", aroundPalermo)).containsExactly("Catania", "Palermo");
        assertThat(this.commands.georadiusbymemberRo("Sicily", aroundPalermo)).containsExactly("Catania", "Palermo");
        assertThat(this.commands.georadiusbymemberWithDetails("Sicily", aroundPalermo, distance))
            .extracting(GeoSearchResult::distance)
            .containsExactly(166.2742, 0.0);
        assertThat(this.commands.georadiusbymemberRoWithDetails("Sicily", aroundPalermo, Set.of(GeoDetail.HASH)))
            .extracting(GeoSearchResult::hash)
            .containsExactly(3479447370796909L, 3479099956230698L);
    }

    // ---- arguments as sent

    @Test
    void searchesAreWrittenInTheServersOrder() {
        assertThat(strings(this.builder.geosearchWithDetails("g",
                GeoSearch.<String>fromMember("m", GeoShape.box(2, 3.5, GeoUnit.FEET)).countAny(4).descending(),
                Set.of(GeoDetail.HASH, GeoDetail.COORDINATES))))
            .containsExactly("GEOSEARCH", "g", "FROMMEMBER", "m", "BYBOX", "2", "3.5", "FT", "DESC", "COUNT", "4",
                    "ANY", "WITHCOORD", "WITHHASH");
        assertThat(strings(this.builder.geosearchstoreDistances("d", "g",
                GeoSearch.fromLonLat(-1.5, 2, GeoShape.radius(10, GeoUnit.METERS)))))
            .containsExactly("GEOSEARCHSTORE", "d", "g", "FROMLONLAT", "-1.5", "2", "BYRADIUS", "10", "M", "STOREDIST");
        assertThat(strings(
                this.builder.georadiusbymemberRo("g", GeoSearch.<String>fromMember("m", WITHIN_200_KM).count(3))))
            .containsExactly("GEORADIUSBYMEMBER_RO", "g", "m", "200", "KM", "COUNT", "3");
        assertThat(strings(this.builder.geoadd("g", List.of(GeoValue.of("m", 1, 2)),
                GeoAddOptions.none().ifPresent().countChanged())))
            .containsExactly("GEOADD", "g", "XX", "CH", "1", "2", "m");
    }

    // ---- argument checks

    @Test
    void coordinatesOutsideTheGridAreRejectedNamingTheLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.geoadd("g", 180.5, 0, "m"))
            .withMessage("'longitude' must be between -180 and 180 but was 180.5");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.geoadd("g", 0, -86, "m"))
            .withMessage("'latitude' must be between -85.05112878 and 85.05112878 but was -86.0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.geosearch("g", GeoSearch.fromLonLat(Double.NaN, 0, WITHIN_200_KM)))
            .withMessage("'longitude' must be between -180 and 180 but was NaN");
    }

    @Test
    void shapesRejectNegativeOrInfiniteSizes() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeoShape.radius(-1, GeoUnit.METERS))
            .withMessage("'radius' must be a finite distance of at least 0 but was -1.0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> GeoShape.box(1, Double.POSITIVE_INFINITY, GeoUnit.KILOMETERS))
            .withMessage("'height' must be a finite distance of at least 0 but was Infinity");
        assertThatNullPointerException().isThrownBy(() -> GeoShape.radius(1, null))
            .withMessage("'unit' must not be null");
    }

    @Test
    void searchesRejectASecondOrderOrCountAndCountsBelowOne() {
        GeoSearch<String> search = GeoSearch.fromMember("m", WITHIN_200_KM);

        assertThatIllegalStateException().isThrownBy(() -> search.ascending().descending())
            .withMessage("An order is already set (ASC)");
        assertThatIllegalStateException().isThrownBy(() -> search.countAny(2).count(3))
            .withMessage("A count is already set (COUNT 2 ANY)");
        assertThatIllegalArgumentException().isThrownBy(() -> search.count(0))
            .withMessage("'count' must be at least 1 but was 0");
        assertThatNullPointerException().isThrownBy(() -> GeoSearch.fromMember(null, WITHIN_200_KM))
            .withMessage("'member' must not be null");
    }

    @Test
    void georadiusCommandsRejectSearchesTheyCannotExpress() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.georadius("g", GeoSearch.fromMember("m", WITHIN_200_KM)))
            .withMessage("GEORADIUS takes a search from coordinates by radius but got GeoSearch[FROMMEMBER, "
                    + "GeoShape[radius 200.0 KILOMETERS]]; use GEOSEARCH");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builder.georadiusbymember("g",
                    GeoSearch.fromMember("m", GeoShape.box(1, 1, GeoUnit.METERS))))
            .withMessageStartingWith("GEORADIUSBYMEMBER takes a search from a member by radius but got");
    }

    @Test
    void conflictingOptionsEmptyListsAndMissingDetailsAreRejected() {
        assertThatIllegalStateException().isThrownBy(() -> GeoAddOptions.none().ifAbsent().ifPresent())
            .withMessage("A condition is already set (NX)");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.geoadd("g", List.of()))
            .withMessage("GEOADD needs at least one of 'members' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builder.geopos("g", List.of()))
            .withMessage("GEOPOS needs at least one of 'values' but got none");
        assertThatIllegalArgumentException()
            .isThrownBy(
                    () -> this.builder.geosearchWithDetails("g", GeoSearch.fromMember("m", WITHIN_200_KM), Set.of()))
            .withMessage("GEOSEARCH needs at least one of 'details' but got none");
        assertThatNullPointerException().isThrownBy(() -> this.builder.geosearchstore("d", "g", null))
            .withMessage("'search' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builder.geodist(null, "a", "b"))
            .withMessage("A key must not be null");
    }

    private void seed() {
        this.commands.geoadd("Sicily",
                List.of(GeoValue.of("Palermo", 13.361389, 38.115556), GeoValue.of("Catania", 15.087269, 37.502669)));
    }

    private static List<String> strings(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
