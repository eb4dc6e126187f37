package org.electionatlas.io.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one way text from a document (a name, an address, a file name, a CSV cell) reaches a person:
 * one method per output medium, each escaping what that medium would otherwise obey instead of
 * show. An atlas and a CSV come from other people; docs/design.md ("Threat model") lists what each
 * medium must never do with their text.
 *
 * <ul>
 *   <li>{@link #terminal}: a one-line message on a terminal or in a log. Control characters (C0,
 *       DEL, C1, and so ESC, which starts terminal escape sequences), line and paragraph
 *       separators, the bidirectional embeddings, overrides and isolates, and unpaired surrogates
 *       are shown as visible escapes ({@code \n}, {@code \u001B}, {@code \u202E}), so that a value
 *       can neither split a line in two, forge a line of its own, recolour or clear the screen, nor
 *       reorder the rest of the line. The marks Persian text needs (zero-width non-joiner,
 *       left-to-right and right-to-left marks) are kept.
 *   <li>{@link #quoted}: the same, in double quotes: a value inside a message.
 *   <li>{@link #xml}: content or a double-quoted attribute of XML 1.0, SVG or HTML. Markup
 *       characters become entities; characters XML 1.0 does not allow (C0 controls but tab, line
 *       feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) and those it discourages
 *       (DEL, C1 controls, the other noncharacters) become U+FFFD, so that the document stays
 *       well-formed; tab, line feed and carriage return become character references, so that an
 *       attribute keeps them.
 *   <li>{@link #csvCell} and {@link #fromCsvCell}: a text cell of a spreadsheet. A cell starting
 *       with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return would be read as a
 *       formula (OWASP "CSV injection"); it is written with an apostrophe before it, and so is a
 *       cell starting with an apostrophe, which makes the escaping reversible. RFC 4180 quoting is
 *       the CSV writer's. docs/csv.md documents the rule.
 * </ul>
 *
 * <p>JSON and SARIF are written by Jackson, which escapes every control character; they need
 * nothing from here.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SafeText {

  /** The character that makes a spreadsheet read a cell as text rather than a formula. */
  private static final char TEXT_PREFIX = '\'';

  /** How much of a value {@link #quoted} shows. */
  static final int QUOTED_LENGTH = 200;

  private SafeText() {}

  /**
   * {@return the text for a one-line message on a terminal or in a log, with controls made visible}
   *
   * @param text text from the data or the command line, not null
   */
  public static String terminal(String text) {
    StringBuilder printable = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = terminalEscape(text, i);
      if (escape != null && printable == null) {
        printable = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (printable != null) {
        if (escape != null) {
          printable.append(escape);
        } else {
          printable.append(c);
        }
      }
    }
    return printable == null ? text : printable.toString();
  }

  /**
   * The text in double quotes, escaped for a terminal: a value quoted in a message. A text of more
   * than {@value #QUOTED_LENGTH} characters is cut there and its length said, so that a message
   * about a huge cell stays a line.
   *
   * @param text the value, not null
   * @return the quoted, escaped value
   */
  public static String quoted(String text) {
    if (text.length() <= QUOTED_LENGTH) {
      return "\"" + terminal(text) + "\"";
    }
    int end =
        Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1))
            ? QUOTED_LENGTH - 1
            : QUOTED_LENGTH;
    return "\""
        + terminal(text.substring(0, end))
        + "\u2026\" ("
        + String.format(Locale.ROOT, "%,d", text.length())
        + " characters)";
  }

  private static @Nullable String terminalEscape(String text, int i) {
    char c = text.charAt(i);
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
                || (c >= '\u2066' && c <= '\u2069')
                || isUnpairedSurrogate(text, i);
        return hidden ? unicodeEscape(c) : null;
    }
  }

  /**
   * The text as XML 1.0 (and HTML) content or double-quoted attribute value; always well-formed.
   *
   * @param text the text, not null
   * @return the text escaped for XML
   */
  public static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        if (isNoncharacter(codePoint)) {
          out.append('\uFFFD');
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> {
          boolean unfit =
              c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || isNoncharacter(c);
          out.append(unfit ? '\uFFFD' : c);
        }
      }
    }
    return out.toString();
  }

  /**
   * The text as a spreadsheet cell that is never read as a formula: with an apostrophe before it
   * when it starts with {@code = + - @}, tab, carriage return or an apostrophe; as it is otherwise.
   * {@link #fromCsvCell} gives the text back. Only for text columns: a number such as {@code -5.2}
   * is written as it is, so that it stays a number.
   *
   * @param text the text of a text column, not null
   * @return the cell to write
   */
  public static String csvCell(String text) {
    return needsTextPrefix(text) ? TEXT_PREFIX + text : text;
  }

  /**
   * The text of a cell {@link #csvCell} wrote: without the apostrophe it added. A cell whose
   * apostrophe is not followed by a character that needed it (a person typed {@code 'quoted}) is
   * kept as it is.
   *
   * @param cell the cell as read, not null
   * @return the text it holds
   */
  public static String fromCsvCell(String cell) {
    return cell.length() >= 2 && cell.charAt(0) == TEXT_PREFIX && needsTextPrefix(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean needsTextPrefix(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r'
        || first == TEXT_PREFIX;
  }

  /**
   * The first character of the text that no name, id or one-line value of an atlas may hold, or -1:
   * a C0 control (tab, line feed and carriage return included), DEL, a C1 control, an unpaired
   * surrogate, or U+FFFE or U+FFFF. {@code multiline} allows tab, line feed and carriage return, as
   * an address or a note may hold them.
   *
   * @param text the text
   * @param multiline whether tab, line feed and carriage return are allowed
   * @return the index of the first unsafe character, or -1 when there is none
   */
  public static int firstUnsafe(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
      if (lineBreakOrTab ? !multiline : isControlOrInvalid(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControlOrInvalid(String text, int i) {
    char c = text.charAt(i);
    return Character.getType(c) == Character.CONTROL
        || c == '\uFFFE'
        || c == '\uFFFF'
        || isUnpairedSurrogate(text, i);
  }

  /**
   * {@return the character as a {@code \u0001}-style escape, for messages}
   *
   * @param c the character
   */
  public static String unicodeEscape(char c) {
    return String.format(Locale.ROOT, "\\u%04X", (int) c);
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /** U+FDD0 to U+FDEF, and the last two code points of every plane. */
  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
