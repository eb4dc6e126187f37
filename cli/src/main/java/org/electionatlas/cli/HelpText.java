package org.electionatlas.cli;

import java.util.ArrayList;
import java.util.List;

/** Help text as paragraphs: the lines of one sentence are one element, which picocli wraps. */
final class HelpText {

  private HelpText() {}

  /**
   * Joins each line to the one before while the one before has not ended its sentence. An empty or
   * indented line is never joined, nor is a line joined to one of those.
   */
  static String[] paragraphs(String[] lines) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      int last = result.size() - 1;
      if (last >= 0 && continues(result.get(last)) && !standsAlone(line)) {
        result.set(last, result.get(last) + " " + line.strip());
      } else {
        result.add(line);
      }
    }
    return result.toArray(String[]::new);
  }

  /** Whether the text ends a sentence: with a full stop, colon, or question or exclamation mark. */
  static boolean endsSentence(String text) {
    String stripped = text.strip();
    while (stripped.endsWith(")") || stripped.endsWith("'") || stripped.endsWith("\"")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped.endsWith(".")
        || stripped.endsWith(":")
        || stripped.endsWith("?")
        || stripped.endsWith("!");
  }

  private static boolean continues(String previous) {
    return !standsAlone(previous) && !endsSentence(previous);
  }

  private static boolean standsAlone(String line) {
    return line.isBlank() || Character.isWhitespace(line.charAt(0));
  }
}
