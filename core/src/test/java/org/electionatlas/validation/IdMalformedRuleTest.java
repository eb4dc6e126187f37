package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdMalformedRuleTest {

  static Stream<String> edgeIds() {
    return Stream.of(
        "",
        "a",
        "Z",
        "0",
        "kerman-0001",
        "a.b_c-d",
        "-a",
        ".a",
        "_a",
        "a b",
        "a/b",
        "é",
        "aé",
        "۱۲",
        "a".repeat(64),
        "a".repeat(65),
        "a" + "-".repeat(63),
        "a\n",
        "`a",
        "a{",
        "@",
        "[",
        "a:");
  }

  @ParameterizedTest
  @MethodSource("edgeIds")
  void theHandWrittenCheckAgreesWithThePatternOnEdgeCases(String id) {
    assertThat(IdMalformedRule.wellFormed(id)).isEqualTo(IdMalformedRule.ID.matcher(id).matches());
  }

  @Test
  void theHandWrittenCheckAgreesWithThePatternOnRandomIds() {
    Random random = new Random(17);
    // Characters around the edges of each allowed range, and a few beyond ASCII.
    String alphabet = "aAzZ09./-_`{@[:/ \u00e9\u06f1\u0000\u007f";
    for (int n = 0; n < 20_000; n++) {
      int length = random.nextInt(70);
      StringBuilder id = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        id.append(
            random.nextInt(4) == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : (char) ('a' + random.nextInt(26)));
      }
      String text = id.toString();
      assertThat(IdMalformedRule.wellFormed(text))
          .as(text)
          .isEqualTo(IdMalformedRule.ID.matcher(text).matches());
    }
  }
}
