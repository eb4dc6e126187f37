package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Election;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader takes what docs/format.md says and the schema agrees to: a year of four digits, and a
 * time zone of the IANA database, not an offset.
 */
class DatesAndZonesTest {

  private static final String MINIMAL = new String(Samples.bytes("minimal"), UTF_8);

  private static AtlasFormatException refused(String from, String to) {
    String document = MINIMAL.replace(from, to);
    assertThat(document).isNotEqualTo(MINIMAL);
    try {
      AtlasJson.standard().parse(document.getBytes(UTF_8), "atlas.json");
    } catch (AtlasFormatException e) {
      return e;
    }
    throw new AssertionError("accepted: " + to);
  }

  @ParameterizedTest
  @CsvSource({"+10000-03-01", "-0001-03-01", "+2024-03-01"})
  void a_voting_day_without_a_four_digit_year_is_refused_as_the_schema_refuses_it(String day) {
    assertThat(refused("\"votingDay\": \"2024-03-01\"", "\"votingDay\": \"" + day + "\""))
        .hasMessageContaining(
            "has a year written with a sign or more than four digits; a date is from 0000-01-01")
        .hasMessageContaining("(at /election/votingDay)");
  }

  @org.junit.jupiter.api.Test
  void an_atlas_built_with_a_five_digit_year_is_not_written_as_one_the_reader_refuses() {
    Atlas minimal = AtlasJson.standard().read(MINIMAL);
    Atlas far =
        Atlas.builder()
            .from(minimal)
            .election(
                Election.builder()
                    .from(minimal.election())
                    .votingDay(LocalDate.of(10_000, 3, 1))
                    .build())
            .build();

    assertThatThrownBy(() -> AtlasJson.standard().write(far))
        .hasMessageContaining(
            "the date +10000-03-01 at /election/votingDay is beyond the years 0000 to 9999");
  }

  @ParameterizedTest
  @CsvSource({"+03:30", "UTC+3", "GMT+03:30", "Z", "Mars/Base"})
  void a_time_zone_that_is_not_an_iana_zone_is_refused(String zone) {
    assertThatThrownBy(
            () -> {
              throw refused("\"timeZone\": \"Asia/Tehran\"", "\"timeZone\": \"" + zone + "\"");
            })
        .hasMessageContaining("is not a time zone like Asia/Tehran")
        .hasMessageContaining("(at /election/timeZone)");
  }

  @ParameterizedTest
  @CsvSource({"Asia/Tehran", "UTC", "Etc/GMT-3", "Europe/London"})
  void an_iana_zone_is_read(String zone) {
    String document =
        MINIMAL.replace("\"timeZone\": \"Asia/Tehran\"", "\"timeZone\": \"" + zone + "\"");

    assertThat(AtlasJson.standard().read(document).election().timeZone())
        .isEqualTo(ZoneId.of(zone));
  }
}
