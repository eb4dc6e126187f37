package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.stream.Stream;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyJsonTest {

  private static ValidationPolicy parse(String json) {
    return AtlasJson.standard().parsePolicy(json.getBytes(UTF_8), "policy.json");
  }

  @ParameterizedTest
  @CsvSource({"info, INFO", "INFO, INFO", "Warning, WARNING", "error, ERROR", "ERROR, ERROR"})
  void a_severity_override_is_read_in_any_case(String written, Severity expected) {
    ValidationPolicy policy =
        parse("{\"severityOverrides\": {\"station-number-gap\": \"" + written + "\"}}");

    assertThat(policy.severityOverrides()).containsEntry("station-number-gap", expected);
  }

  @Test
  void an_unknown_severity_names_the_three_and_where_it_is() {
    assertThatThrownBy(() -> parse("{\"severityOverrides\": {\"station-number-gap\": \"fatal\"}}"))
        .isInstanceOfSatisfying(
            AtlasFormatException.class,
            e -> {
              assertThat(e.problem())
                  .isEqualTo(
                      "\"fatal\" is not a severity; expected error, warning or info (in any case)");
              assertThat(e.pointer()).isEqualTo("/severityOverrides/station-number-gap");
              assertThat(e.line()).isEqualTo(1);
            });
  }

  static Stream<Arguments> percentages() {
    return Stream.of(
        Arguments.of("\"minCoverage\": 80", 0.80, 1.10),
        Arguments.of("\"minCoverage\": 80.5", 0.805, 1.10),
        Arguments.of("\"maxCoverage\": 125", 0.80, 1.25),
        Arguments.of("\"minCoverage\": 0", 0.0, 1.10),
        Arguments.of("\"minCoverage\": 2, \"maxCoverage\": 2", 0.02, 0.02),
        Arguments.of("\"minCoverage\": 100, \"maxCoverage\": 100", 1.0, 1.0));
  }

  @ParameterizedTest
  @MethodSource("percentages")
  void coverage_is_given_in_percent_as_reports_show_it(
      String properties, double expectedMin, double expectedMax) {
    ValidationPolicy policy = parse("{" + properties + "}");

    assertThat(policy.minCoverage()).isCloseTo(expectedMin, offset(1e-9));
    assertThat(policy.maxCoverage()).isCloseTo(expectedMax, offset(1e-9));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"minCoverage\": 0.8 | minCoverage is a percentage, so 0.8 would mean 0.8 %; write 80 for 80 %",
        "\"maxCoverage\": 1.1 | maxCoverage is a percentage, so 1.1 would mean 1.1 %; write 110 for 110 %",
        "\"minCoverage\": 1 | minCoverage is a percentage, so 1 would mean 1 %; write 100 for 100 %",
        "\"minCoverage\": -5 | minCoverage is a percentage of at least 0, such as 80, but is -5",
        "\"minCoverage\": \"80%\" | expected a percentage such as 80 but found a string"
      })
  void a_coverage_that_reads_as_a_fraction_or_is_not_a_percentage_is_refused(
      String properties, String problem) {
    assertThatThrownBy(() -> parse("{" + properties + "}"))
        .isInstanceOfSatisfying(
            AtlasFormatException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @Test
  void the_previous_round_thresholds_are_read_metres_as_metres_and_shares_in_percent() {
    ValidationPolicy policy =
        parse(
            "{\"maxStationMoveMetres\": 2500, \"maxVotersChange\": 35,"
                + " \"maxCountyStationLoss\": 12.5}");

    assertThat(policy.maxStationMoveMetres()).isEqualTo(2_500);
    assertThat(policy.maxVotersChange()).isCloseTo(0.35, offset(1e-9));
    assertThat(policy.maxCountyStationLoss()).isCloseTo(0.125, offset(1e-9));
  }

  @Test
  void the_previous_round_thresholds_default_to_a_kilometre_half_and_a_fifth() {
    ValidationPolicy policy = parse("{}");

    assertThat(policy.maxStationMoveMetres()).isEqualTo(1_000);
    assertThat(policy.maxVotersChange()).isEqualTo(0.5);
    assertThat(policy.maxCountyStationLoss()).isEqualTo(0.2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"maxVotersChange\": 0.5 | maxVotersChange is a percentage, so 0.5 would mean 0.5 %; write 50 for 50 %",
        "\"maxCountyStationLoss\": 0.2 | maxCountyStationLoss is a percentage, so 0.2 would mean 0.2 %; write 20 for 20 %",
        "\"maxVotersChange\": -10 | maxVotersChange is a percentage of at least 0, such as 80, but is -10",
        "\"maxCountyStationLoss\": \"20%\" | expected a percentage such as 80 but found a string"
      })
  void a_previous_round_share_that_reads_as_a_fraction_or_is_not_a_percentage_is_refused(
      String properties, String problem) {
    assertThatThrownBy(() -> parse("{" + properties + "}"))
        .isInstanceOfSatisfying(
            AtlasFormatException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"maxCountyStationLoss\": 150 | maxCountyStationLoss",
        "\"maxStationMoveMetres\": -1 | maxStationMoveMetres"
      })
  void a_previous_round_threshold_out_of_range_is_refused_naming_it(
      String properties, String named) {
    assertThatThrownBy(() -> parse("{" + properties + "}"))
        .isInstanceOfSatisfying(
            AtlasFormatException.class, e -> assertThat(e.problem()).contains(named));
  }
}
