package org.electionatlas.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.electionatlas.validation.Violation;

/**
 * Text for failure messages: violations one per line as the command line prints them, ids in
 * quotes, counts with their noun. Long lists are cut, so that a report of thousands of violations
 * still makes a message a person reads. Lines end as AssertJ's own ({@code %n}) do.
 */
final class Listing {

  /** The most items a message lists before saying how many more there are. */
  static final int MAX_ITEMS = 20;

  private Listing() {}

  /** One line per violation, indented: {@code error [rule-id] message (at /pointer)}. */
  static String violations(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(MAX_ITEMS, violations.size()); i++) {
      if (i > 0) {
        text.append(System.lineSeparator());
      }
      text.append("  ").append(violations.get(i));
    }
    if (violations.size() > MAX_ITEMS) {
      text.append(System.lineSeparator())
          .append("  … and ")
          .append(violations.size() - MAX_ITEMS)
          .append(" more");
    }
    return text.toString();
  }

  /** The texts in double quotes, separated by commas: {@code "ravar", "anar"}. */
  static String quoted(List<String> texts) {
    String listed =
        texts.stream().limit(MAX_ITEMS).map(Listing::quoted).collect(Collectors.joining(", "));
    return texts.size() > MAX_ITEMS
        ? listed + " and " + (texts.size() - MAX_ITEMS) + " more"
        : listed;
  }

  /** The text in double quotes. */
  static String quoted(String text) {
    return "\"" + text + "\"";
  }

  /** {@code 1 violation}, {@code 2 violations}. */
  static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
