package org.electionatlas.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;

/**
 * Writes the two atlases that {@code bench/run} diffs: a generated one and its next version, with
 * changes planted in a fixed share of its stations as a round's revision would make them. Both are
 * written as they are generated, so any size is written in a small heap.
 *
 * <p>In the newer one, of every 10,000 stations: 100 have other expected voters, 50 moved about 600
 * m, 10 were removed, 10 got a new id (same county and number), 20 swapped places with their
 * neighbour in the document (which is no change), and 10 new ones are added at the end. So {@code
 * atlas diff} of the pair reports about 1.8 % of the stations, which it must read twice.
 *
 * <p>With {@code all} after the file names, the worst case instead: every station has a new id
 * (same county and number), one more expected voter, and every other one moved about 600 m, so that
 * the diff must read every station of both files again and word a change for each.
 *
 * <p>{@code java -cp benchmarks.jar org.electionatlas.bench.DiffBenchmark N SEED OLD NEW [all]}
 */
public final class DiffBenchmark {

  private DiffBenchmark() {}

  /**
   * Writes the pair of atlases.
   *
   * @param args the number of stations, the seed, the two files to write, and {@code all} for the
   *     pair in which every station changed
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    boolean all = args.length > 4 && args[4].equals("all");
    AtlasGenerator generator = AtlasGenerator.of(n, seed);
    Atlas frame = generator.withoutStations();
    write(frame, generator.pollingStations(), Path.of(args[2]));
    Stream<PollingStation> next =
        all
            ? generator.pollingStations().map(DiffBenchmark::everything)
            : revised(generator.pollingStations().iterator());
    write(frame, next, Path.of(args[3]));
    System.out.printf(
        Locale.ROOT, "diff pair: %,d polling stations%s%n", n, all ? ", every one changed" : "");
  }

  /** The worst case's change of a station: a new id, a voter more, and half of them moved. */
  private static PollingStation everything(PollingStation station) {
    PollingStation.Builder builder = PollingStation.builder();
    builder.from(station).id(station.id() + "-r").expectedVoters(station.expectedVoters() + 1);
    if (station.number() % 2 == 0 && station.location().isPresent()) {
      Location at = station.location().get();
      builder.location(Location.of(at.lat() + 0.0054, at.lon()));
    }
    return builder.build();
  }

  private static void write(Atlas frame, Stream<PollingStation> stations, Path file)
      throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      AtlasJson.standard().write(frame, stations, out);
    }
  }

  /** The stations with the changes the class doc lists, in a stream as lazy as its source. */
  private static Stream<PollingStation> revised(Iterator<PollingStation> stations) {
    List<PollingStation> added = new ArrayList<>();
    Iterator<PollingStation> revised =
        new Iterator<>() {
          private int index;
          private @Nullable PollingStation held;

          @Override
          public boolean hasNext() {
            return held != null || stations.hasNext() || !added.isEmpty();
          }

          @Override
          public PollingStation next() {
            PollingStation next = held;
            if (next != null) {
              held = null;
              return next;
            }
            while (stations.hasNext()) {
              int i = index++;
              PollingStation station = stations.next();
              if (i % 1000 == 7) {
                continue;
              }
              if (i % 1000 == 500) {
                added.add(newStation(station, i));
              }
              if (i % 500 == 11 && stations.hasNext()) {
                held = change(station, i);
                int j = index++;
                return change(stations.next(), j);
              }
              return change(station, i);
            }
            return added.remove(0);
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(revised, Spliterator.ORDERED), false);
  }

  private static PollingStation change(PollingStation station, int i) {
    PollingStation.Builder builder = PollingStation.builder();
    builder.from(station);
    if (i % 100 == 3) {
      builder.expectedVoters(station.expectedVoters() + 1 + i % 97);
    } else if (i % 200 == 5 && station.location().isPresent()) {
      Location at = station.location().get();
      builder.location(Location.of(at.lat() + 0.0054, at.lon()));
    } else if (i % 1000 == 9) {
      builder.id(station.id() + "-r");
    }
    return builder.build();
  }

  private static PollingStation newStation(PollingStation near, int i) {
    PollingStation.Builder builder = PollingStation.builder();
    builder
        .from(near)
        .id("new-" + i)
        .number(1_000_000 + i)
        .name(LocalizedName.of("شعبه تازه " + i, "New station " + i));
    near.location()
        .ifPresent(at -> builder.location(Location.of(at.lat() - 0.01, at.lon() + 0.01)));
    return builder.build();
  }
}
