package org.electionatlas.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.electionatlas.generate.AtlasGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walk alone that finds an atlas file's station array before a streamed read ({@code
 * StationRegion.locate}), on a generated atlas written indented (as {@code atlas generate} writes
 * it) or minified to one line. It sits in the reader's package because the walk is not public; the
 * file is in the page cache after the first pass, as it is when {@code atlas validate} reads it.
 * The heap is for writing the atlas; the walk needs one chunk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class WalkBenchmark {

  @Param({"100000"})
  int stations;

  @Param({"indented", "minified"})
  String layout;

  Path file;

  /** Writes the generated atlas (seed 1, as the other benchmarks) to a temporary file once. */
  @Setup
  public void write() throws IOException {
    String indented = AtlasJson.standard().write(AtlasGenerator.of(stations, 1).generate());
    String document;
    if (layout.equals("indented")) {
      document = indented;
    } else {
      JsonMapper trees = JsonMapper.builder().build();
      document = trees.writeValueAsString(trees.readTree(indented));
    }
    file = Files.createTempFile("atlas-walk-", ".json");
    Files.writeString(file, document, StandardCharsets.UTF_8);
  }

  /** Deletes the file. */
  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The walk over the whole file; what it found, summed so that nothing is left unused. */
  @Benchmark
  public long locate() throws IOException {
    Optional<StationRegion> found;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      found = StationRegion.locate(channel);
    }
    return found
        .map(r -> r.start + r.end + r.firstLine + r.firstColumn + r.endLine + r.endColumn)
        .orElse(-1L);
  }
}
