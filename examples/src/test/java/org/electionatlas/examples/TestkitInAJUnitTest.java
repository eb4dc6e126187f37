package org.electionatlas.examples;

import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.testkit.AtlasExtension;
import org.electionatlas.testkit.AtlasFixtures;
import org.electionatlas.testkit.Fixture;
import org.electionatlas.testkit.GeneratedAtlas;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Task: test code that uses atlases with the testkit. The extension injects the bundled samples and
 * generated atlases; {@code AtlasFixtures} makes a valid atlas with one thing wrong; {@code
 * AtlasAssertions} checks atlases and validation reports, and its failures list the violations
 * found.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am test -Dtest=TestkitInAJUnitTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(AtlasExtension.class)
class TestkitInAJUnitTest {

  @Test
  void theKermanSampleHoldsTheStationsItsHeadquartersAnnounced(
      @Fixture("kerman-1402") Atlas kerman) {
    assertThat(kerman).hasStations(2_400).hasProvince("IR-08").hasCounty("rafsanjan").isValid();
  }

  @Test
  void aMisspeltCountyIsReportedWhereItIs() {
    Atlas atlas = AtlasFixtures.valid().withStation(s -> s.county("ravr")).build();

    assertThat(Validator.standard().validate(atlas))
        .hasViolation("station-county-unknown")
        .at("/pollingStations/0/county")
        .withSeverity(Severity.ERROR)
        .forSubject("ravar-0001");
  }

  @Test
  void removingACountyLeavesItsConstituencyNamingNothing() {
    Atlas atlas = AtlasFixtures.valid().withoutCounty("anar").build();

    assertThat(Validator.standard().validate(atlas))
        .hasViolation("constituency-county-unknown")
        .forSubject("majlis-anar");
  }

  @Test
  void aGeneratedAtlasOfTenThousandStationsHasNoError(
      @GeneratedAtlas(stations = 10_000, seed = 7) Atlas atlas) {
    assertThat(atlas).hasStations(10_000).hasProvince("IR-23");
    assertThat(Validator.standard().validate(atlas)).hasNoErrors();
  }

  @Test
  void aRepeatedStationIdIsAnError() {
    PollingStation first = AtlasFixtures.valid().build().pollingStations().get(0);
    PollingStation copy = PollingStation.builder().from(first).number(9).build();
    // withStation would replace the station of the same id; with() can add a second one.
    Atlas atlas = AtlasFixtures.valid().with(b -> b.addPollingStation(copy)).build();

    assertThat(Validator.standard().validate(atlas))
        .hasViolation("id-duplicate")
        .forSubject("ravar-0001");
  }
}
