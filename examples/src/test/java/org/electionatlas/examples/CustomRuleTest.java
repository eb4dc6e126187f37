package org.electionatlas.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.StationKind;
import org.electionatlas.testkit.AtlasFixtures;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;

class CustomRuleTest {

  private static final Validator WITH_RULE =
      Validator.builder().addRule(new CustomRule.NoMobileStationInCity()).build();

  @Test
  void warnsAboutAMobileStationInACity() {
    // The fixture's first station is fixed and in the town of Ravar.
    Atlas atlas = AtlasFixtures.valid().withStation(s -> s.kind(StationKind.MOBILE)).build();

    assertThat(WITH_RULE.validate(atlas))
        .hasOnlyViolations("mobile-station-in-city")
        .hasViolation("mobile-station-in-city")
        .at("/pollingStations/0/kind")
        .withSeverity(Severity.WARNING)
        .forSubject("ravar-0001")
        .withMessageContaining("city of راور / Ravar");
  }

  @Test
  void saysNothingAboutMobileStationsInVillages() {
    // The fixture has mobile stations, all in villages.
    Atlas atlas = AtlasFixtures.valid().build();

    assertThat(atlas.pollingStations()).anyMatch(s -> s.kind() == StationKind.MOBILE);
    assertThat(WITH_RULE.validate(atlas)).hasNoViolations();
  }

  @Test
  void printsTheRulesFindingsInTheKermanSample() throws Exception {
    String printed = Output.of(CustomRule::run);

    assertThat(printed)
        .containsPattern("^\\d+ mobile stations in a city, for example:")
        .contains("warning [mobile-station-in-city]")
        .contains("all rules: ");
  }
}
