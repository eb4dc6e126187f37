package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gaps are reported once per county, listing the first few missing numbers. */
class StationNumberGapRuleTest {

  /** Ravar's three stations (positions 0, 2, 3) renumbered. */
  private static Atlas ravarNumbered(int first, int second, int third) {
    Atlas atlas = Plant.station(TestAtlases.valid(), 0, s -> s.number(first));
    atlas = Plant.station(atlas, 2, s -> s.number(second));
    return Plant.station(atlas, 3, s -> s.number(third));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | 3 | 6          | 6, so 3 numbers are missing: 2, 4 and 5",
        "2 | 3 | 4          | 4, so 1 number is missing: 1",
        "1 | 2 | 20         | 20, so 17 numbers are missing: 3, 4, 5, 6, 7, …",
        "1 | 2 | 1000000000 | 1,000,000,000, so 999,999,997 numbers are missing: 3, 4, 5, 6, 7, …",
        "9 | 1 | 7          | 9, so 6 numbers are missing: 2, 3, 4, 5, 6, …"
      })
  void the_message_lists_the_first_missing_numbers_and_how_many_there_are(
      int first, int second, int third, String expected) {
    List<Violation> gaps =
        Validator.standard()
            .validate(ravarNumbered(first, second, third))
            .violationsOf("station-number-gap");

    assertThat(gaps)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/counties/0");
              assertThat(v.message().toString())
                  .isEqualTo(
                      "county \"ravar\" (راور / Ravar) has 3 stations numbered up to "
                          + expected
                          + "; a county numbers its stations 1 to n");
            });
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @CsvSource({"1, 2, 2", "0, 1, 2", "-4, 2, 1", "3, 1, 2"})
  void repeated_and_invalid_numbers_are_left_to_their_own_rules_and_order_does_not_matter(
      int first, int second, int third) {
    assertThat(
            Validator.standard()
                .validate(ravarNumbered(first, second, third))
                .violationsOf("station-number-gap"))
        .isEmpty();
  }
}
