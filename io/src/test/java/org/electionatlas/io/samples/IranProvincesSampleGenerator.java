package org.electionatlas.io.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Provenance;
import org.electionatlas.model.Province;
import org.electionatlas.model.Source;

/**
 * Builds {@code iran-provinces}, the bundled sample of Iran's 31 provinces: their ISO 3166-2:IR
 * codes and Persian and English names (from the project's reference table {@code
 * shared/data/iran-provinces.tsv}, through {@link AtlasGenerator}'s province table), approximate
 * bounding boxes, and the election of 1 March 2024. It has no counties, constituencies or stations:
 * it is where a user starts an atlas of their own provinces, and the reference of codes and names.
 *
 * <p>The standard validator finds no error in it. At the time of writing it reports nothing at all;
 * rules that expect counties or stations under a province may report warnings for it, and {@code
 * IranProvincesSampleTest} allows those but no error.
 *
 * <p>The committed file {@code
 * io/src/main/resources/org/electionatlas/io/samples/iran-provinces.json} is this class's output,
 * and {@code IranProvincesSampleTest} fails when the two differ. After changing this class (or the
 * generator's province table), regenerate the file from the repository root with
 *
 * <pre>
 * ./mvnw -q -B -pl core,io -am test -Dtest=IranProvincesSampleTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Datlas.regenerate=true
 * </pre>
 */
public final class IranProvincesSampleGenerator {

  /** Where the sample lives, relative to the io module. */
  static final String RESOURCE_PATH =
      "src/main/resources/org/electionatlas/io/samples/iran-provinces.json";

  private IranProvincesSampleGenerator() {}

  /** Writes the sample atlas to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: IranProvincesSampleGenerator OUTPUT.json");
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    AtlasJson.standard().write(generate(), out);
  }

  /** The sample atlas; every call returns an equal atlas. */
  public static Atlas generate() {
    // Nothing random is drawn without stations: the seed does not matter.
    AtlasGenerator provinces = AtlasGenerator.of(0, 0);
    return Atlas.builder()
        .election(provinces.election())
        .provinces(
            provinces.provinces().stream()
                // A province's station count is not known until its stations are added.
                .map(p -> Province.builder().from(p).declaredStations(OptionalInt.empty()).build())
                .toList())
        .provenance(provenance())
        .build();
  }

  private static Provenance provenance() {
    return Provenance.builder()
        .addSources(
            Source.builder()
                .title("ISO 3166-2:IR, the codes of Iran's provinces, as renumbered in 2020")
                .url("https://www.iso.org/obp/ui/#iso:code:3166:IR")
                .build())
        .addSynthetic("/provinces/*/boundingBox: approximate, to about a tenth of a degree")
        .generator(IranProvincesSampleGenerator.class.getName())
        .notes(
            "Iran's 31 provinces with their ISO 3166-2:IR codes and Persian and English names,"
                + " and the election of 1 March 2024; no counties, constituencies or stations. A"
                + " starting point: add counties and stations under the provinces. Province ids"
                + " are the English names in lower case, hyphenated.")
        .build();
  }
}
