package org.electionatlas.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them, read and written without a library: a record is
 * one line ended by CRLF; a field that holds the separator, a double quote or a line break is
 * enclosed in double quotes, and a double quote inside it is doubled.
 *
 * <p>The reader is as strict as the RFC about quotes (a quote inside an unquoted field, text after
 * a closing quote and a quoted field that never closes are problems, not guesses) and as tolerant
 * as spreadsheet exports need about the rest: CRLF, LF or CR line ends, a missing final line end,
 * blank lines (skipped), and a separator other than the comma (the semicolon of European Excel).
 * Every problem is collected with its line, so that a user sees all of them at once.
 */
final class Csv {

  /** A record of the file: its fields and the line it starts on (a field may span lines). */
  record Row(int line, List<String> fields) {}

  /** A problem in the text of the file, on a line. */
  record Problem(int line, String message) {}

  /** What reading found: the records, and the problems of the text. */
  record Parsed(List<Row> rows, List<Problem> problems) {}

  private final String text;
  private final char separator;
  private final List<Row> rows = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int at;
  private int line = 1;

  private Csv(String text, char separator) {
    this.text = text;
    this.separator = separator;
  }

  /** Reads the records of the text, which must not start with a byte order mark. */
  static Parsed read(String text, char separator) {
    Csv csv = new Csv(text, separator);
    csv.readAll();
    return new Parsed(List.copyOf(csv.rows), List.copyOf(csv.problems));
  }

  /**
   * The separator the first line uses: a semicolon when it has more semicolons than commas outside
   * quotes, else a comma.
   */
  static char separatorOf(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** Writes one record with comma separators and a CRLF line end. */
  static void writeRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** The field as RFC 4180 writes it: enclosed in quotes only when it must be. */
  static String quoted(String field) {
    boolean mustQuote =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return mustQuote ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  private void readAll() {
    while (at < text.length()) {
      int start = line;
      List<String> fields = new ArrayList<>();
      boolean wasQuoted = readRecord(fields);
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted;
      if (!blank) {
        rows.add(new Row(start, List.copyOf(fields)));
      }
    }
  }

  /** Reads fields up to the end of a record; true when any field was quoted. */
  private boolean readRecord(List<String> fields) {
    boolean anyQuoted = false;
    while (true) {
      StringBuilder field = new StringBuilder();
      boolean quoted = at < text.length() && text.charAt(at) == '"';
      anyQuoted |= quoted;
      if (quoted) {
        readQuoted(field);
      } else {
        readPlain(field);
      }
      fields.add(field.toString());
      if (at >= text.length()) {
        return anyQuoted;
      }
      char c = text.charAt(at);
      if (c == separator) {
        at++;
      } else {
        endLine();
        return anyQuoted;
      }
    }
  }

  private void readPlain(StringBuilder field) {
    boolean reported = false;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == separator || c == '\n' || c == '\r') {
        return;
      }
      if (c == '"' && !reported) {
        problems.add(
            new Problem(
                line,
                "a double quote inside an unquoted field; enclose the field in double quotes and"
                    + " write the quote twice (\"\")"));
        reported = true;
      }
      field.append(c);
      at++;
    }
  }

  private void readQuoted(StringBuilder field) {
    int opened = line;
    at++;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
          field.append('"');
          at += 2;
          continue;
        }
        at++;
        skipAfterClosingQuote();
        return;
      }
      if (c == '\r' || c == '\n') {
        keepLineEnd(field);
        continue;
      }
      field.append(c);
      at++;
    }
    problems.add(
        new Problem(
            opened,
            "a quoted field that starts on this line is never closed; is a double quote"
                + " missing?"));
  }

  /** After a closing quote only a separator or the end of the record may follow. */
  private void skipAfterClosingQuote() {
    if (at >= text.length()) {
      return;
    }
    char c = text.charAt(at);
    if (c == separator || c == '\n' || c == '\r') {
      return;
    }
    problems.add(
        new Problem(
            line,
            "text after the closing double quote of a field; a quote inside a quoted field is"
                + " written twice (\"\")"));
    while (at < text.length()) {
      c = text.charAt(at);
      if (c == separator || c == '\n' || c == '\r') {
        return;
      }
      at++;
    }
  }

  /** Consumes one line end (CRLF, LF or CR) inside a quoted field, keeping it in the field. */
  private void keepLineEnd(StringBuilder field) {
    if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
      field.append('\r');
      at++;
    }
    field.append(text.charAt(at));
    at++;
    line++;
  }

  /** Consumes the line end that ends a record. */
  private void endLine() {
    if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
      at++;
    }
    at++;
    line++;
  }
}
