package org.electionatlas.testkit;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Violation;

/**
 * Reports made by hand for the assertions' tests, so that expected failure messages do not change
 * when a rule's wording does.
 */
final class Reports {

  /** Declared first: the fixtures below are made of messages of it. */
  private static final MessageTemplate TEXT = MessageTemplate.of("test", "{text}", "{text}");

  static final Violation UNKNOWN_COUNTY =
      violation(
          "station-county-unknown",
          Severity.ERROR,
          "/pollingStations/3/county",
          "ravar-0004",
          "polling station \"ravar-0004\" names county \"nope\", which is not a county of the atlas");

  static final Violation NO_STATION =
      violation(
          "county-without-station",
          Severity.WARNING,
          "/counties/1",
          "anar",
          "county \"anar\" has no polling station");

  static final Violation NUMBER_GAP =
      violation(
          "station-number-gap",
          Severity.INFO,
          "/pollingStations/9/number",
          "ravar-0010",
          "ravar's stations skip number 9");

  static final ValidationReport EMPTY = ValidationReport.of(List.of());

  private Reports() {}

  /** The lines of a failure message, as AssertJ ends them; AssertJ's messages start with one. */
  static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines);
  }

  static ValidationReport of(Violation... violations) {
    return ValidationReport.of(List.of(violations));
  }

  static Violation violation(
      String ruleId, Severity severity, String pointer, String subjectId, String message) {
    return Violation.builder()
        .ruleId(ruleId)
        .severity(severity)
        .pointer(pointer)
        .subjectId(subjectId)
        .message(text(message))
        .build();
  }

  /** A message whose wording is the text, in both languages. */
  static Message text(String text) {
    return TEXT.with("text", Argument.text(text));
  }
}
