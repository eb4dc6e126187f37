package org.electionatlas.bench;

import java.util.concurrent.TimeUnit;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.ValidationReport;
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
import org.openjdk.jmh.annotations.Warmup;

/** Running the whole standard catalogue over a generated atlas already in memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ValidateBenchmark {

  @Param({"10000", "100000"})
  int stations;

  Atlas atlas;

  /** Generates the atlas once; validating it is what is measured. */
  @Setup
  public void generate() {
    atlas = Atlases.model(stations);
  }

  /** Every rule of {@code Validator.standard()}. */
  @Benchmark
  public ValidationReport validate() {
    return Validator.standard().validate(atlas);
  }
}
