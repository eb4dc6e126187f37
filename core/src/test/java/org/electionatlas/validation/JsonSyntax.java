package org.electionatlas.validation;

/**
 * A small recursive-descent checker of JSON syntax (RFC 8259), for tests that must know a text is
 * well-formed JSON without a JSON library in core.
 */
final class JsonSyntax {

  private final String text;
  private int at;

  private JsonSyntax(String text) {
    this.text = text;
  }

  /** Whether the text is one well-formed JSON value with nothing after it. */
  static boolean isWellFormed(String text) {
    JsonSyntax parser = new JsonSyntax(text);
    try {
      parser.value();
      parser.space();
      return parser.at == text.length();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void value() {
    space();
    char c = peek();
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    }
  }

  private void object() {
    expect('{');
    space();
    if (peek() == '}') {
      at++;
      return;
    }
    while (true) {
      space();
      string();
      space();
      expect(':');
      value();
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return;
      }
    }
  }

  private void array() {
    expect('[');
    space();
    if (peek() == ']') {
      at++;
      return;
    }
    while (true) {
      value();
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return;
      }
    }
  }

  private void string() {
    expect('"');
    while (true) {
      char c = next();
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character in a string");
      }
      if (c == '\\') {
        char escape = next();
        if (escape == 'u') {
          for (int k = 0; k < 4; k++) {
            if (Character.digit(next(), 16) < 0) {
              throw new IllegalArgumentException("bad \\u escape");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
          throw new IllegalArgumentException("bad escape");
        }
      }
    }
  }

  private void number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (!text.substring(start, at).matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw new IllegalArgumentException("not a value at " + start);
    }
  }

  private void literal(String word) {
    if (!text.startsWith(word, at)) {
      throw new IllegalArgumentException("expected " + word);
    }
    at += word.length();
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
    }
  }
}
