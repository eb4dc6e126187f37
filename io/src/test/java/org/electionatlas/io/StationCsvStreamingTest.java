package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming import, CSV export and GeoJSON export give the bytes of their in-memory forms: one
 * implementation whichever way the stations come.
 */
class StationCsvStreamingTest {

  static Stream<Arguments> imports() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)
        .map(seed -> Arguments.of(seed, AtlasGenerator.of(300 + (int) (seed * 97), seed)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("imports")
  void a_streamed_import_writes_the_atlas_the_in_memory_import_makes(
      long seed, AtlasGenerator generator) throws IOException {
    Atlas atlas = withRepeatedId(generator.generate());
    byte[] csv = rows(atlas, new Random(seed));

    StationCsv.Imported inMemory = StationCsv.importInto(atlas, csv, "rows.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StationCsv.Summary streamed =
        StationCsv.importInto(
            frame(atlas), source(atlas), csv, "rows.csv", AtlasJson.standard(), out);

    assertThat(new String(out.toByteArray(), UTF_8))
        .isEqualTo(AtlasJson.standard().write(inMemory.atlas()));
    assertThat(streamed)
        .isEqualTo(
            new StationCsv.Summary(inMemory.added(), inMemory.updated(), inMemory.unchanged()));
    assertThat(inMemory.updated() + inMemory.unchanged() + inMemory.added()).isPositive();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"id,expected_voters\r\nx,-\r\n", "id,colour\r\na,1\r\n", ""})
  void a_file_with_problems_writes_nothing(String csv) {
    Atlas atlas = AtlasGenerator.of(50, 1).generate();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () ->
                StationCsv.importInto(
                    frame(atlas),
                    source(atlas),
                    csv.getBytes(UTF_8),
                    "rows.csv",
                    AtlasJson.standard(),
                    out))
        .isInstanceOf(CsvImportException.class);
    assertThat(out.size()).isZero();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void csv_and_geojson_written_station_by_station_are_the_bytes_of_the_atlas_in_memory(long seed)
      throws IOException {
    Atlas atlas = RandomAtlases.generate(seed);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    StationCsv.RowWriter rows = StationCsv.writer(csv);
    for (PollingStation station : atlas.pollingStations()) {
      rows.write(station);
    }
    rows.finish();
    ByteArrayOutputStream wholeCsv = new ByteArrayOutputStream();
    StationCsv.write(atlas, wholeCsv);
    ByteArrayOutputStream geo = new ByteArrayOutputStream();
    GeoJson.write(frame(atlas), source(atlas), geo);
    ByteArrayOutputStream wholeGeo = new ByteArrayOutputStream();
    GeoJson.write(atlas, wholeGeo);

    assertThat(csv.toByteArray()).isEqualTo(wholeCsv.toByteArray());
    assertThat(new String(geo.toByteArray(), UTF_8))
        .isEqualTo(new String(wholeGeo.toByteArray(), UTF_8));
  }

  /** Rows that leave some stations as they are, change others and add new ones, in any order. */
  private static byte[] rows(Atlas atlas, Random random) throws IOException {
    List<PollingStation> picked = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (PollingStation station : atlas.pollingStations()) {
      // A file names a station once; the atlas's second station of a repeated id is never named.
      if (!ids.add(station.id())) {
        continue;
      }
      int dice = random.nextInt(10);
      if (dice == 0) {
        picked.add(station);
      } else if (dice == 1) {
        picked.add(
            PollingStation.builder()
                .from(station)
                .expectedVoters(station.expectedVoters() + 1)
                .build());
      } else if (dice == 2) {
        picked.add(PollingStation.builder().from(station).id(station.id() + "-new").build());
      }
    }
    java.util.Collections.shuffle(picked, random);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StationCsv.write(Atlas.builder().from(atlas).pollingStations(picked).build(), out);
    return out.toByteArray();
  }

  /** The first station's id given to the second one too: only the first is updated. */
  private static Atlas withRepeatedId(Atlas atlas) {
    List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
    stations.set(
        1, PollingStation.builder().from(stations.get(1)).id(stations.get(0).id()).build());
    return Atlas.builder().from(atlas).pollingStations(stations).build();
  }

  private static Atlas frame(Atlas atlas) {
    return Atlas.builder().from(atlas).pollingStations(List.of()).build();
  }

  private static StationSource source(Atlas atlas) {
    return consumer -> atlas.pollingStations().forEach(consumer);
  }
}
