package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the Persian normalizer: for any text and digit style it returns, never throws, and
 * normalizing its result changes nothing. A normal build runs the committed inputs in {@code
 * PersianTextFuzzTestInputs/}; {@code scripts/fuzz} fuzzes for longer.
 */
class PersianTextFuzzTest {

  @FuzzTest
  void normalize_never_throws_and_is_idempotent(FuzzedDataProvider data) {
    DigitStyle digits = data.pickValue(DigitStyle.values());
    String text = data.consumeRemainingAsString();
    NormalizationOptions options = NormalizationOptions.defaults().withDigitStyle(digits);

    Normalization once = PersianText.normalize(text, options);
    Normalization twice = PersianText.normalize(once.text(), options);

    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(twice.changes()).isEmpty();
    assertThat(PersianText.isNormalized(once.text(), options)).isTrue();
    assertThat(PersianText.isNormalized(text, options)).isEqualTo(once.text().equals(text));
  }
}
