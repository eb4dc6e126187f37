package org.electionatlas.io.samples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Province;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the bundled {@code iran-provinces} sample is exactly what {@link
 * IranProvincesSampleGenerator} makes, that it reads and round-trips, and that it holds the 31
 * provinces of the reference table.
 *
 * <p>With {@code -Datlas.regenerate=true} the committed file is first rewritten from the generator.
 */
class IranProvincesSampleTest {

  private static final String NAME = "iran-provinces";
  private static final String REGENERATE =
      "./mvnw -q -B -pl core,io -am test -Dtest=IranProvincesSampleTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Datlas.regenerate=true";
  private static final boolean REGENERATING = Boolean.getBoolean("atlas.regenerate");

  private static Atlas atlas;
  private static String json;

  @BeforeAll
  static void generateOnce() throws IOException {
    atlas = IranProvincesSampleGenerator.generate();
    json = AtlasJson.standard().write(atlas);
    if (REGENERATING) {
      IranProvincesSampleGenerator.main(new String[] {committedFile().toString()});
    }
  }

  /** The sample in the source tree; surefire runs in the io module's directory. */
  private static Path committedFile() {
    String base = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(base).resolve(IranProvincesSampleGenerator.RESOURCE_PATH);
  }

  @Test
  void committedSampleIsByteForByteTheGeneratorsOutput() throws IOException {
    Path file = committedFile();
    if (!Files.exists(file)) {
      fail(file + " is missing; create it from the repository root with: " + REGENERATE);
    }
    if (!Arrays.equals(Files.readAllBytes(file), json.getBytes(UTF_8))) {
      fail(
          file
              + " is not the output of IranProvincesSampleGenerator; regenerate it from the"
              + " repository root with: "
              + REGENERATE);
    }
  }

  @Test
  void bundledSampleReadsBackAsTheGeneratedAtlasAndWritesTheSameBytes() throws IOException {
    byte[] bundled =
        REGENERATING
            // The classpath copy was made before this run rewrote the file.
            ? Files.readAllBytes(committedFile())
            : Samples.bytes(NAME);
    Atlas read = AtlasJson.standard().parse(bundled, Samples.fileName(NAME)).atlas();

    assertThat(read.equals(atlas)).as("reads as the generated atlas; " + REGENERATE).isTrue();
    assertThat(AtlasJson.standard().write(read)).isEqualTo(new String(bundled, UTF_8));
  }

  @Test
  void sampleIsRegisteredWithADescription() {
    assertThat(Samples.names()).contains(NAME);
    assertThat(Samples.descriptions().get(NAME)).contains("31 provinces");
  }

  @Test
  void holdsTheThirtyOneProvincesWithCodesAndBothNamesAndNothingBelowThem() {
    List<Province> provinces = atlas.provinces();

    assertThat(provinces).hasSize(31);
    assertThat(provinces).extracting(Province::code).doesNotHaveDuplicates();
    assertThat(provinces).allSatisfy(p -> assertThat(p.name().en()).isPresent());
    assertThat(provinces).allSatisfy(p -> assertThat(p.declaredStations()).isEmpty());
    assertThat(provinces.get(8).id()).isEqualTo("kerman");
    assertThat(provinces.get(8).code()).isEqualTo("IR-08");
    assertThat(provinces.get(8).name().fa()).isEqualTo("کرمان");
    assertThat(atlas.counties()).isEmpty();
    assertThat(atlas.constituencies()).isEmpty();
    assertThat(atlas.pollingStations()).isEmpty();
  }

  @Test
  void electionIsTheFirstOfMarch2024() {
    assertThat(atlas.election().id()).isEqualTo("iran-2024-03-01");
    assertThat(atlas.election().votingDay()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void validatorFindsNoErrorAndAtMostWarnings() {
    ValidationReport report = Validator.standard().validate(atlas);

    assertThat(report.hasErrors()).as(report.toString()).isFalse();
    assertThat(report.violations()).allMatch(v -> v.severity() != Severity.ERROR);
  }
}
