package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.electionatlas.model.Atlas;

/**
 * Fuzz tests of the reader: on any bytes at all, {@link AtlasJson} returns or throws {@link
 * AtlasFormatException} with a location, nothing else; and what it accepts, it writes back to an
 * equal atlas. A normal build runs the committed inputs in {@code AtlasJsonFuzzTestInputs/}; {@code
 * scripts/fuzz} fuzzes for longer.
 */
class AtlasJsonFuzzTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  @FuzzTest
  void parse_returns_an_atlas_that_round_trips_or_throws_a_located_format_exception(byte[] bytes) {
    Atlas atlas;
    try {
      atlas = JSON.parse(bytes, "fuzz.json").atlas();
    } catch (AtlasFormatException e) {
      assertLocated(e);
      return;
    }
    String written = JSON.write(atlas);
    Atlas again = JSON.read(written);
    assertThat(again).isEqualTo(atlas);
    assertThat(JSON.write(again)).isEqualTo(written);
  }

  @FuzzTest
  void parse_policy_returns_a_policy_or_throws_a_located_format_exception(byte[] bytes) {
    try {
      assertThat(JSON.parsePolicy(bytes, "policy.json")).isNotNull();
    } catch (AtlasFormatException e) {
      assertLocated(e);
    }
  }

  private static void assertLocated(AtlasFormatException e) {
    assertThat(e.line()).isPositive();
    assertThat(e.column()).isPositive();
    assertThat(e.problem()).isNotBlank().doesNotContain("\n");
    assertThat(e.pointer()).matches("(/[^/]*)*");
  }
}
