package org.electionatlas.testkit;

import static org.electionatlas.testkit.ShouldBeValid.shouldBeValid;
import static org.electionatlas.testkit.ShouldHaveEntity.shouldHaveCounty;
import static org.electionatlas.testkit.ShouldHaveEntity.shouldHaveProvince;
import static org.electionatlas.testkit.ShouldHaveStations.shouldHaveStations;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an {@link Atlas}; get one from {@link AtlasAssertions#assertThat(Atlas)}.
 *
 * <p>Not thread-safe, like every AssertJ assertion: use it where it is made.
 */
public final class AtlasAssert extends AbstractAssert<AtlasAssert, Atlas> {

  AtlasAssert(@Nullable Atlas actual) {
    super(actual, AtlasAssert.class);
  }

  /**
   * Verifies that the atlas has exactly this many polling stations.
   *
   * @param expected the number of stations
   * @return this assertion, for chaining
   */
  public AtlasAssert hasStations(int expected) {
    isNotNull();
    int count = actual.pollingStations().size();
    if (count != expected) {
      throwAssertionError(shouldHaveStations(expected, count));
    }
    return this;
  }

  /**
   * Verifies that the atlas has a county with the id.
   *
   * @param id the county's id, not null
   * @return this assertion, for chaining
   */
  public AtlasAssert hasCounty(String id) {
    isNotNull();
    if (!actual.index().contains(EntityKind.COUNTY, id)) {
      throwAssertionError(
          shouldHaveCounty(id, actual.counties().stream().map(County::id).toList()));
    }
    return this;
  }

  /**
   * Verifies that the atlas has a province with the id or the ISO 3166-2 code: {@code
   * hasProvince("IR-08")} and {@code hasProvince("kerman")} both find Kerman.
   *
   * @param idOrCode the province's id or code, not null
   * @return this assertion, for chaining
   */
  public AtlasAssert hasProvince(String idOrCode) {
    isNotNull();
    boolean found =
        actual.provinces().stream()
            .anyMatch(p -> p.id().equals(idOrCode) || p.code().equals(idOrCode));
    if (!found) {
      throwAssertionError(
          shouldHaveProvince(
              idOrCode,
              actual.provinces().stream()
                  .map(p -> Listing.quoted(p.id()) + " (" + p.code() + ")")
                  .toList()));
    }
    return this;
  }

  /**
   * Verifies that the standard validator finds no error in the atlas (warnings are allowed).
   *
   * @return this assertion, for chaining
   */
  public AtlasAssert isValid() {
    isNotNull();
    List<Violation> errors =
        Validator.standard().validate(actual).violations().stream()
            .filter(v -> v.severity() == Severity.ERROR)
            .toList();
    if (!errors.isEmpty()) {
      throwAssertionError(shouldBeValid(errors));
    }
    return this;
  }
}
