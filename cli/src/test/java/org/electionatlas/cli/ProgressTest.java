package org.electionatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The progress line: silent off a terminal and in quick runs, one redrawn line otherwise. */
class ProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now;

  private Progress progress(MessageStyle style) {
    return new Progress(err, style, Phrase.of("validating", "بررسی"), "big.json", () -> now);
  }

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void off_a_terminal_nothing_is_ever_written() {
    Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), System.out, err);
    try (Progress progress = Progress.of(terminal, MessageStyle.ENGLISH, Phrase.empty(), "x")) {
      progress.at(1, 2, 1);
    }
    assertThat(System.getProperty(Progress.PROPERTY)).isNull();
    assertThat(shown()).isEmpty();
  }

  @Test
  void the_first_second_shows_nothing() {
    try (Progress progress = progress(MessageStyle.ENGLISH)) {
      now = TimeUnit.MILLISECONDS.toNanos(900);
      progress.at(50, 100, 1_000);
      assertThat(shown()).isEmpty();
    }
    assertThat(shown()).isEmpty();
  }

  @Test
  void after_a_second_one_line_says_how_far_and_is_cleared_at_the_end() {
    try (Progress progress = progress(MessageStyle.ENGLISH)) {
      now = TimeUnit.SECONDS.toNanos(2);
      progress.at(42, 100, 420_000);
      assertThat(shown()).isEqualTo("\rvalidating big.json: 42%, 420,000 polling stations, 2 s");
      now += TimeUnit.MILLISECONDS.toNanos(100);
      progress.at(43, 100, 430_000);
      assertThat(shown()).as("redrawn at most four times a second").doesNotContain("430,000");
    }
    assertThat(shown()).endsWith("\r" + " ".repeat(55) + "\r");
  }

  @Test
  void in_persian_the_line_has_persian_digits() {
    try (Progress progress = progress(MessageStyle.PERSIAN)) {
      now = TimeUnit.SECONDS.toNanos(3);
      progress.at(1, 4, 2_400);
      assertThat(shown()).isEqualTo("\rبررسی big.json: ۲۵٪، ۲٬۴۰۰ شعبه، ۳ ثانیه");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "LANG=fa_IR.UTF-8                          | fa",
        "LANG=fa                                   | fa",
        "LANG=fa_IR@calendar=persian               | fa",
        "LANG=en_US.UTF-8                          | en",
        "LANG=C.UTF-8                              | en",
        "''                                        | en",
        "LC_ALL=en_GB.UTF-8 LANG=fa_IR.UTF-8        | en",
        "LC_MESSAGES=fa_IR.UTF-8 LANG=en_US.UTF-8  | fa",
        "LC_ALL= LC_MESSAGES= LANG=fa_IR.UTF-8      | fa",
        "LANG=fake_LANG                            | en",
      })
  void a_command_without_lang_words_its_line_in_the_terminals_locale(
      String environment, String language) {
    Map<String, String> variables = new HashMap<>();
    for (String variable : environment.split(" ")) {
      if (variable.contains("=")) {
        variables.put(
            variable.substring(0, variable.indexOf('=')),
            variable.substring(variable.indexOf('=') + 1));
      }
    }

    assertThat(LanguageOption.ofLocale(variables).language().tag()).isEqualTo(language);
  }
}
