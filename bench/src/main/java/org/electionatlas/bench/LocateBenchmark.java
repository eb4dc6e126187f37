package org.electionatlas.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.SourceMap;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Province;
import org.electionatlas.validation.SourceLocation;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * Locating every finding of an atlas of many counties without stations (each is in no constituency
 * and has no station), written indented or minified to one line: the two layouts hold the same
 * values and should cost the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class LocateBenchmark {

  @Param({"10000", "40000"})
  int counties;

  @Param({"indented", "minified"})
  String layout;

  byte[] document;
  List<String> pointers;
  SourceMap map;

  /** Writes the document and finds its findings once; locating them is what is measured. */
  @Setup(Level.Trial)
  public void generate() {
    Atlas base = Atlases.model(0);
    List<Province> provinces = base.provinces();
    List<County> extra =
        IntStream.range(0, counties)
            .mapToObj(
                i ->
                    County.builder()
                        .id("c" + i)
                        .province(provinces.get(i % provinces.size()).id())
                        .name(LocalizedName.of("شهرستان " + i, "County " + i))
                        .build())
            .toList();
    Atlas atlas = Atlas.builder().from(base).counties(extra).build();
    String indented = AtlasJson.standard().write(atlas);
    if (layout.equals("indented")) {
      document = indented.getBytes(StandardCharsets.UTF_8);
    } else {
      JsonMapper trees = JsonMapper.builder().build();
      document = trees.writeValueAsBytes(trees.readTree(indented));
    }
    pointers =
        Validator.standard().validate(atlas).violations().stream().map(Violation::pointer).toList();
  }

  /** A fresh map for each locating pass, so that nothing one pass learnt helps the next. */
  @Setup(Level.Iteration)
  public void parse() {
    map = AtlasJson.standard().parse(document, "benchmark.json").sourceMap();
  }

  /** Every finding's line and column, in the order the report lists them. */
  @Benchmark
  public void locateEveryFinding(Blackhole sink) {
    for (String pointer : pointers) {
      Optional<SourceLocation> at = map.locate(pointer);
      sink.consume(at);
    }
  }
}
