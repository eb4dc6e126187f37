package org.electionatlas.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's JSON syntax errors in words for a person editing an atlas by hand. Jackson's own
 * messages name parser features to enable ({@code ALLOW_COMMENTS}), which a user of this library
 * cannot, and describe characters by their code; these say what is wrong with the text and how JSON
 * writes it instead.
 */
final class Syntax {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
  private static final Pattern UNEXPECTED =
      Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)[^)]*\\)\\)(.*)$");
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern TOKEN =
      Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
  private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.*?)'");

  private Syntax() {}

  /** The duplicated property's name, when the message reports one. */
  static Matcher duplicate(String message) {
    return DUPLICATE.matcher(message);
  }

  /**
   * What is wrong, for a syntax error Jackson reported with the message at the offset of the
   * document; "invalid JSON: …" unless the problem has a plainer name.
   */
  static String problem(String message, byte[] document, long offset) {
    Matcher duplicate = duplicate(message);
    if (duplicate.find()) {
      return "duplicate property \""
          + duplicate.group(1)
          + "\"; a property may appear only once in an object";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the document ends before the JSON is complete (is the file truncated?)";
    }
    return "invalid JSON: " + explain(message, document, offset);
  }

  private static String explain(String message, byte[] document, long offset) {
    Matcher token = TOKEN.matcher(message);
    if (token.find()) {
      String word = token.group(1);
      if (word.matches("[+-]?(NaN|Infinity)")) {
        return word + " is not a number in JSON; write a number, or leave the property out";
      }
      return "'"
          + word
          + "' is not a JSON value; a string needs double quotes, and the only words are true,"
          + " false and null";
    }
    if (message.contains("surrogate") && message.contains("property name")) {
      return "a property name holds half of a surrogate pair (a \\uD800 to \\uDFFF escape without"
          + " its other half)";
    }
    Matcher control = CONTROL.matcher(message);
    if (control.find()) {
      String character = codePoint(Integer.parseInt(control.group(1)));
      return message.startsWith("Illegal unquoted")
          ? "the control character "
              + character
              + " must be escaped in a string, as \\n, \\t or \\u"
              + String.format(Locale.ROOT, "%04X", Integer.parseInt(control.group(1)))
          : "the control character " + character + " is not allowed outside a string";
    }
    Matcher close = CLOSE.matcher(message);
    if (close.find()) {
      String marker = close.group(1);
      if (message.contains("no open")) {
        return "'" + marker + "' closes nothing: there are more closing brackets than opening ones";
      }
      return "'"
          + marker
          + "' closes "
          + (marker.equals("}") ? "an array" : "an object")
          + "; expected '"
          + (marker.equals("}") ? "]" : "}")
          + "'";
    }
    Matcher escape = ESCAPE.matcher(message);
    if (escape.find()) {
      return "\\"
          + escape.group(1)
          + " is not an escape in JSON; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and"
          + " \\uXXXX";
    }
    if (message.startsWith("Invalid numeric value: Leading zeroes")) {
      return "a number cannot start with 0 unless it is 0 or 0.something (write 7, not 07)";
    }
    Matcher unexpected = UNEXPECTED.matcher(message);
    if (unexpected.find()) {
      return unexpected(
          unexpected.group(1),
          Integer.parseInt(unexpected.group(2)),
          unexpected.group(3),
          document,
          offset);
    }
    int details = message.indexOf('\n');
    return details < 0 ? message : message.substring(0, details);
  }

  private static String unexpected(
      String shown, int code, String context, byte[] document, long offset) {
    String found = code < 0x20 || code == 0x7F ? codePoint(code) : "'" + shown + "'";
    if (code == '/' || code == '#') {
      return "JSON has no comments; keep notes under \"extensions\" instead";
    }
    if (code == '\'') {
      return "strings and property names take double quotes (\"), not single quotes";
    }
    if ((code == '}' || code == ']') && previousSignificant(document, offset) == ',') {
      return "a comma before '" + shown + "' with nothing after it; remove the trailing comma";
    }
    if (context.contains("in numeric value")) {
      if (code == '+' || context.contains("plus sign")) {
        return "a number cannot start with '+'";
      }
      return "a number is cut short before " + found + " (write 1, 1.5 or 1.5e3)";
    }
    if (context.contains("hexadecimal")) {
      return "hexadecimal numbers are not JSON; write the number in decimal";
    }
    if (context.contains("double-quote to start property name")) {
      return "expected a property name in double quotes but found " + found;
    }
    if (context.contains("colon")) {
      return "expected ':' after the property name but found " + found;
    }
    if (context.contains("separate Object entries")) {
      return "expected ',' or '}' after a property's value but found " + found;
    }
    if (context.contains("separate Array entries")) {
      return "expected ',' or ']' after an array element but found " + found;
    }
    if (context.contains("hex-digit")) {
      return "a \\u escape needs four hexadecimal digits but found " + found;
    }
    return "expected a value but found " + found;
  }

  /** The last byte before the offset that is not JSON whitespace, or -1. */
  private static int previousSignificant(byte[] document, long offset) {
    for (int i = (int) Math.min(offset, document.length) - 1; i >= 0; i--) {
      byte b = document[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b;
      }
    }
    return -1;
  }

  private static String codePoint(int code) {
    return String.format(Locale.ROOT, "U+%04X", code);
  }
}
