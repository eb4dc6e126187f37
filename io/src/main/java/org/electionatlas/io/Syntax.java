package org.electionatlas.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  /**
   * Where the character Jackson reports as unexpected starts. Jackson reads UTF-8 byte by byte: for
   * a character of several bytes it names the first byte as if it were a character of its own
   * ({@code 'Ø'} for the first byte of {@code ،}) and may point past it, which put the column one
   * too far. This finds the lead byte, at the offset or up to three bytes before it.
   */
  static long characterStart(String message, byte[] document, long offset) {
    Matcher unexpected = UNEXPECTED.matcher(message);
    if (!unexpected.find()) {
      return offset;
    }
    int code = Integer.parseInt(unexpected.group(2));
    if (code < 0x80 || !Character.isValidCodePoint(code)) {
      return offset;
    }
    // Jackson names either the lead byte (as a char) or the whole decoded character.
    if (code >= 0xC0 && code <= 0xF7) {
      long lead = find(document, offset, new byte[] {(byte) code});
      if (lead >= 0) {
        return lead;
      }
    }
    long whole =
        find(
            document, offset, new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8));
    return whole >= 0 ? whole : offset;
  }

  /** The last start of the bytes at or up to four bytes before the offset, or -1. */
  private static long find(byte[] document, long offset, byte[] bytes) {
    int from = (int) Math.min(offset, document.length - 1L);
    for (int i = from; i >= 0 && i >= from - 4; i--) {
      if (i + bytes.length <= document.length
          && Arrays.equals(document, i, i + bytes.length, bytes, 0, bytes.length)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The character whose UTF-8 encoding starts at {@code start} (the whole sequence, so an emoji
   * comes out whole), or null when the bytes there do not form one.
   */
  private static @Nullable String characterAt(byte[] document, long start) {
    if (start < 0 || start >= document.length) {
      return null;
    }
    int lead = document[(int) start] & 0xFF;
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (start + length > document.length) {
      return null;
    }
    String decoded = new String(document, (int) start, length, StandardCharsets.UTF_8);
    return decoded.codePointCount(0, decoded.length()) == 1 && decoded.indexOf('\uFFFD') < 0
        ? decoded
        : null;
  }

  /** A character as a person sees it and by its code point: {@code '،' (U+060C ARABIC COMMA)}. */
  private static String named(String character) {
    int codePoint = character.codePointAt(0);
    String name = Character.getName(codePoint);
    String described = codePoint(codePoint) + (name == null ? "" : " " + name);
    int type = Character.getType(codePoint);
    // A character that shows nothing, or reorders what follows, is named but never printed.
    boolean invisible =
        type == Character.FORMAT
            || type == Character.CONTROL
            || type == Character.NON_SPACING_MARK
            || Character.isWhitespace(codePoint)
            || Character.isSpaceChar(codePoint);
    return invisible ? described : "'" + character + "' (" + described + ")";
  }

  /** What JSON wants instead of a look-alike of its own punctuation, or nothing. */
  private static String lookAlikeHint(int codePoint) {
    switch (codePoint) {
      case 0x060C:
        return "; JSON separates values with ',' (U+002C), not the Persian comma";
      case 0x061B:
        return "; JSON uses ',' (U+002C) and ':' (U+003A), not the Persian semicolon";
      case 0x201C:
      case 0x201D:
      case 0x00AB:
      case 0x00BB:
      case 0x2018:
      case 0x2019:
        return "; JSON strings take straight double quotes (\")";
      default:
        return "";
    }
  }

  private static String unexpected(
      String shown, int code, String context, byte[] document, long offset) {
    String character =
        code >= 0x80
            ? characterAt(
                document,
                characterStart(
                    "Unexpected character ('" + shown + "' (code " + code + "))", document, offset))
            : null;
    String found =
        character != null
            ? named(character) + lookAlikeHint(character.codePointAt(0))
            : code < 0x20 || code == 0x7F ? codePoint(code) : "'" + shown + "'";
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
