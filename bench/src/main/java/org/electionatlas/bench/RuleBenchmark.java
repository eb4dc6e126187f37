package org.electionatlas.bench;

import java.util.concurrent.TimeUnit;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.Rule;
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

/**
 * Single rules alone, the ones that look at every station or every Persian text: those that would
 * turn quadratic or allocate heavily if written carelessly. Comparing 10,000 with 100,000 stations
 * shows whether a rule stays linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RuleBenchmark {

  @Param({"10000", "100000"})
  int stations;

  @Param({
    "station-location-duplicate",
    "station-number-gap",
    "station-number-duplicate",
    "station-county-unknown",
    "station-high-risk-unaddressed",
    "station-electronic-unapproved",
    "id-duplicate",
    "id-malformed",
    "persian-arabic-letter",
    "persian-zwnj-missing",
    "persian-arabic-indic-digit"
  })
  String rule;

  Atlas atlas;
  Validator validator;

  /** Generates the atlas and a validator with every rule but the measured one turned off. */
  @Setup
  public void prepare() {
    atlas = Atlases.model(stations);
    Validator.Builder builder = Validator.builder();
    for (Rule other : Validator.standardRules()) {
      if (!other.info().id().equals(rule)) {
        builder.disable(other.info().id());
      }
    }
    validator = builder.build();
    if (validator.rules().stream().noneMatch(candidate -> candidate.info().id().equals(rule))) {
      throw new IllegalArgumentException("no rule " + rule + " in the standard catalogue");
    }
  }

  /** The one rule left on. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(atlas);
  }
}
