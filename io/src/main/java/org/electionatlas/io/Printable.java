package org.electionatlas.io;

import java.util.Locale;

/**
 * Text from a document made safe to print in a one-line message: control characters, line and
 * paragraph separators and the bidirectional overrides and isolates are shown as escapes. A
 * property name or value holding a newline would otherwise split a compiler-style line in two, and
 * an override would reorder the rest of the line on a terminal. Persian marks that shape text (the
 * zero-width non-joiner, the right-to-left mark) are kept.
 */
final class Printable {

  private Printable() {}

  static String escape(String text) {
    StringBuilder printable = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escapeOf(c);
      if (escape != null && printable == null) {
        printable = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (printable != null) {
        printable.append(escape != null ? escape : String.valueOf(c));
      }
    }
    return printable == null ? text : printable.toString();
  }

  private static @org.jspecify.annotations.Nullable String escapeOf(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        boolean hidden =
            Character.getType(c) == Character.CONTROL
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
        return hidden ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
    }
  }
}
