package org.electionatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckedSource;
import org.electionatlas.validation.Validator;
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

/**
 * Validating an atlas file as a stream, in the small heap a streamed validation is meant for:
 * reading, binding and checking every station, as {@code atlas validate FILE} does without the JVM
 * start-up that bench/run includes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class StreamValidateBenchmark {

  @Param({"10000", "100000"})
  int stations;

  Path file;

  /** Writes the generated atlas to a temporary file once. */
  @Setup
  public void write() throws IOException {
    file = Files.createTempFile("atlas-bench-", ".json");
    Files.write(file, Atlases.document(stations));
  }

  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The whole standard catalogue over the file, one station at a time. */
  @Benchmark
  public CheckedSource validate() throws IOException {
    return AtlasJson.standard().check(file, Validator.standard());
  }
}
