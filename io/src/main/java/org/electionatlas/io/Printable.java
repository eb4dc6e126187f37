package org.electionatlas.io;

import org.electionatlas.io.internal.SafeText;

/**
 * Text from a document made safe to print in a one-line message; the terminal medium of {@link
 * SafeText}, under the name the report writer and the format errors have always used.
 */
final class Printable {

  private Printable() {}

  static String escape(String text) {
    return SafeText.terminal(text);
  }
}
