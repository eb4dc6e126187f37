package org.electionatlas.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AtlasGeneratorTest {

  /** The counties of an atlas with enough stations: 15 provinces of six and 16 of four. */
  private static final int ALL_COUNTIES = 154;

  static Stream<Arguments> sizesAndSeeds() {
    return Stream.of(
        Arguments.of(0, 1L),
        Arguments.of(1, 1L),
        Arguments.of(1, 2L),
        Arguments.of(10, 7L),
        Arguments.of(31, 7L),
        Arguments.of(ALL_COUNTIES - 1, 3L),
        Arguments.of(ALL_COUNTIES, 3L),
        Arguments.of(ALL_COUNTIES + 1, 3L),
        Arguments.of(1_000, 1L),
        Arguments.of(1_000, -42L),
        Arguments.of(1_000, Long.MAX_VALUE),
        Arguments.of(20_000, 7L),
        Arguments.of(20_000, 1402L));
  }

  @ParameterizedTest(name = "{0} stations, seed {1}")
  @MethodSource("sizesAndSeeds")
  void generatedAtlasHasNoViolationUnderTheStandardValidator(int stations, long seed) {
    Atlas atlas = AtlasGenerator.of(stations, seed).generate();

    assertThat(Validator.standard().validate(atlas).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0} stations, seed {1}")
  @MethodSource("sizesAndSeeds")
  void generatedAtlasBreaksNoRuleOfTheSpecsWholeCatalogue(int stations, long seed) {
    Atlas atlas = AtlasGenerator.of(stations, seed).generate();

    assertThat(SpecChecks.problems(atlas)).isEmpty();
  }

  @ParameterizedTest(name = "{0} stations, seed {1}")
  @MethodSource("sizesAndSeeds")
  void generatedAtlasHasExactlyTheRequestedStations(int stations, long seed) {
    AtlasGenerator generator = AtlasGenerator.of(stations, seed);

    assertThat(generator.generate().pollingStations()).hasSize(stations);
    assertThat(generator.pollingStations().count()).isEqualTo(stations);
    assertThat(
            generator.provinces().stream().mapToInt(p -> p.declaredStations().orElseThrow()).sum())
        .as("declared stations")
        .isEqualTo(stations);
  }

  @ParameterizedTest(name = "{0} stations, seed {1}")
  @MethodSource("sizesAndSeeds")
  void everyCountyHasAStationAndThereAreAsManyCountiesAsStationsAllow(int stations, long seed) {
    Atlas atlas = AtlasGenerator.of(stations, seed).generate();

    assertThat(atlas.counties()).hasSize(Math.min(stations, ALL_COUNTIES));
    assertThat(atlas.counties())
        .allSatisfy(c -> assertThat(atlas.index().stationsOf(c.id())).isNotEmpty());
  }

  @Test
  void sameStationsAndSeedGiveEqualAtlases() {
    assertThat(
            AtlasGenerator.of(2_000, 7).generate().equals(AtlasGenerator.of(2_000, 7).generate()))
        .isTrue();
  }

  @Test
  void differentSeedsGiveDifferentStations() {
    Atlas seven = AtlasGenerator.of(2_000, 7).generate();
    Atlas eight = AtlasGenerator.of(2_000, 8).generate();

    assertThat(seven.pollingStations()).isNotEqualTo(eight.pollingStations());
    // The geography is the same: only what is synthetic below it changes.
    assertThat(seven.provinces().stream().map(Province::code))
        .containsExactlyElementsOf(eight.provinces().stream().map(Province::code).toList());
  }

  @Test
  void streamGivesTheSameStationsAsTheAtlasEveryTimeAndInParallel() {
    AtlasGenerator generator = AtlasGenerator.of(5_000, 11);
    List<PollingStation> inAtlas = generator.generate().pollingStations();

    assertThat(generator.pollingStations().toList().equals(inAtlas)).isTrue();
    assertThat(generator.pollingStations().parallel().toList().equals(inAtlas)).isTrue();
  }

  @Test
  void streamOfAMillionStationsIsMadeOnDemand() {
    // GIVEN a generator of a million stations
    AtlasGenerator generator = AtlasGenerator.of(1_000_000, 5);

    // WHEN only a few are taken, only a few are made: the stream never holds them all
    List<PollingStation> first = generator.pollingStations().limit(3).toList();

    // THEN
    assertThat(first).extracting(PollingStation::number).containsExactly(1, 2, 3);
    assertThat(generator.pollingStations().spliterator().getExactSizeIfKnown())
        .isEqualTo(1_000_000);
  }

  @Test
  void provincesAreTheThirtyOneOfTheReferenceTableWithTheirCodesAndNames() {
    List<Province> provinces = AtlasGenerator.of(0, 1).provinces();

    assertThat(provinces).hasSize(31);
    assertThat(provinces).extracting(Province::code).doesNotHaveDuplicates();
    // Spot checks against shared/data/iran-provinces.tsv.
    assertThat(provinces.get(0).code()).isEqualTo("IR-00");
    assertThat(provinces.get(0).name().fa()).isEqualTo("مرکزی");
    assertThat(provinces.get(8).code()).isEqualTo("IR-08");
    assertThat(provinces.get(8).name().fa()).isEqualTo("کرمان");
    assertThat(provinces.get(8).name().en()).hasValue("Kerman");
    assertThat(provinces.get(11).name().fa()).isEqualTo("سیستان و بلوچستان");
    assertThat(provinces.get(23).name().en()).hasValue("Tehran");
    assertThat(provinces.get(30).code()).isEqualTo("IR-30");
    assertThat(provinces.get(30).name().fa()).isEqualTo("البرز");
  }

  @Test
  void fewerStationsThanCountiesSpreadOverProvincesFirst() {
    Atlas atlas = AtlasGenerator.of(31, 1).generate();

    assertThat(atlas.counties()).extracting(County::province).doesNotHaveDuplicates().hasSize(31);
    assertThat(atlas.counties()).allMatch(c -> c.id().endsWith("-nw"));
  }

  @Test
  void stationsLookLikeIranianPractice() {
    Atlas atlas = AtlasGenerator.of(20_000, 7).generate();
    List<PollingStation> stations = atlas.pollingStations();

    long mobile = stations.stream().filter(s -> s.kind() == StationKind.MOBILE).count();
    assertThat(mobile).isBetween(5_000L, 7_000L);
    List<PollingStation> electronic =
        stations.stream().filter(s -> s.votingMethod() == VotingMethod.ELECTRONIC).toList();
    assertThat(electronic).isNotEmpty();
    Set<String> provinces = new HashSet<>();
    electronic.forEach(s -> provinces.add(atlas.index().provinceOf(s).orElseThrow().id()));
    assertThat(provinces).containsExactlyInAnyOrder("tehran", "kerman");
    // Tehran, the most populous province, has the most stations.
    Province tehran = atlas.index().province("tehran").orElseThrow();
    assertThat(atlas.provinces())
        .allMatch(
            p -> p.declaredStations().orElseThrow() <= tehran.declaredStations().orElseThrow());
  }

  @Test
  void stationIdsCarryTheirCountyAndFourDigitNumber() {
    PollingStation first = AtlasGenerator.of(1_000, 1).pollingStations().findFirst().orElseThrow();

    assertThat(first.id()).isEqualTo("markazi-nw-0001");
    assertThat(first.county()).isEqualTo("markazi-nw");
  }

  @Test
  void stationCountOutOfRangeIsRefused() {
    assertThatThrownBy(() -> AtlasGenerator.of(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stations must be between 0 and 10000000, but is -1");
    assertThatThrownBy(() -> AtlasGenerator.of(AtlasGenerator.MAX_STATIONS + 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void provenanceSaysWhatIsSyntheticAndHowItWasMade() {
    Atlas atlas = AtlasGenerator.of(10, 99).generate();

    assertThat(atlas.provenance().orElseThrow().generator())
        .hasValue("org.electionatlas.generate.AtlasGenerator (stations 10, seed 99)");
    assertThat(atlas.provenance().orElseThrow().synthetic())
        .anyMatch(line -> line.startsWith("/counties: synthetic"))
        .anyMatch(line -> line.startsWith("/provinces/*/boundingBox: approximate"));
  }
}
