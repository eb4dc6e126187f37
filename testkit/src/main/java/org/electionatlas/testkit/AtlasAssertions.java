package org.electionatlas.testkit;

import org.electionatlas.model.Atlas;
import org.electionatlas.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the testkit's AssertJ assertions, for validation reports and atlases.
 *
 * <pre>{@code
 * import static org.electionatlas.testkit.AtlasAssertions.assertThat;
 *
 * assertThat(Validator.standard().validate(atlas))
 *     .hasViolation("station-county-unknown")
 *     .at("/pollingStations/3/county");
 * assertThat(atlas).hasStations(2_400).isValid();
 * }</pre>
 *
 * <p>It does not extend AssertJ's {@code Assertions}: import both statically and Java picks the
 * {@code assertThat} that fits the argument, without ambiguous calls.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasAssertions {

  private AtlasAssertions() {}

  /**
   * Assertions on a validation report.
   *
   * @param actual the report; null fails every assertion
   * @return assertions on the report
   */
  public static ReportAssert assertThat(@Nullable ValidationReport actual) {
    return new ReportAssert(actual);
  }

  /**
   * Assertions on an atlas.
   *
   * @param actual the atlas; null fails every assertion
   * @return assertions on the atlas
   */
  public static AtlasAssert assertThat(@Nullable Atlas actual) {
    return new AtlasAssert(actual);
  }
}
