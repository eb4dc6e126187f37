package org.electionatlas.bench;

import java.util.concurrent.TimeUnit;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.ParsedAtlas;
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
import org.openjdk.jmh.annotations.Warmup;

/** Reading a generated atlas document into the model, with its source map, from bytes in memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ReadBenchmark {

  @Param({"10000", "100000"})
  int stations;

  byte[] document;

  /** Writes the document once; reading it is what is measured. */
  @Setup
  public void generate() {
    document = Atlases.document(stations);
  }

  /** {@code AtlasJson.parse}: strict reading plus the map of where each value was found. */
  @Benchmark
  public ParsedAtlas parse() {
    return AtlasJson.standard().parse(document, "benchmark.json");
  }
}
