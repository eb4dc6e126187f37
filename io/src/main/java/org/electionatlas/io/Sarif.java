package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.Phrase;
import org.electionatlas.validation.RuleInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a SARIF report needs beyond the findings: addresses as RFC 3986 URIs, each rule's help, and
 * the kind of value a JSON pointer names.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Sarif {

  /**
   * The project's namespace, as the JSON Schema's {@code $id} uses it; the documentation in {@code
   * docs/} is published under it, rules at {@code docs/rules#ID}.
   */
  static final String INFORMATION_URI = "https://electionatlas.org/";

  private static final String RULES_URI = INFORMATION_URI + "docs/rules#";

  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(AtlasSchema.text());

  private Sarif() {}

  private static final Phrase REPORTED = Phrase.of("Reported", "گزارش می‌شود");
  private static final Phrase NOT_REPORTED = Phrase.of("Not reported", "گزارش نمی‌شود");
  private static final Phrase IN_CATALOGUE =
      Phrase.of("in the rule catalogue", "در فهرست قاعده‌ها");

  /** {@return where the rule's documentation is} */
  static String helpUri(RuleInfo rule) {
    return RULES_URI + encode(rule.id());
  }

  /** {@return the rule's help as plain text in the style's language: its summary, then why} */
  static String helpText(RuleInfo rule, MessageStyle style) {
    String summary = style.render(rule.summary());
    return rule.rationale().isEmpty()
        ? summary + "."
        : summary + ". " + style.render(rule.rationale());
  }

  /** {@return the rule's help as Markdown, with the examples of the catalogue when it has them} */
  static String helpMarkdown(RuleInfo rule, MessageStyle style) {
    StringBuilder markdown = new StringBuilder();
    markdown.append("**").append(style.render(rule.summary())).append("**\n\n");
    if (!rule.rationale().isEmpty()) {
      markdown.append(style.render(rule.rationale())).append("\n\n");
    }
    if (!rule.violatingExample().isEmpty()) {
      markdown.append(style.render(REPORTED)).append(":\n\n```json\n");
      markdown.append(rule.violatingExample().strip()).append("\n```\n\n");
    }
    if (!rule.passingExample().isEmpty()) {
      markdown.append(style.render(NOT_REPORTED)).append(":\n\n```json\n");
      markdown.append(rule.passingExample().strip()).append("\n```\n\n");
    }
    markdown.append("[`").append(rule.id()).append("` ").append(style.render(IN_CATALOGUE));
    markdown.append("](").append(helpUri(rule)).append(")");
    return markdown.toString();
  }

  /**
   * The URI of a source as RFC 3986 allows it: a relative path stays relative with forward slashes,
   * an absolute one becomes a {@code file:} URI, and every character outside the unreserved and
   * path-safe ASCII ones is percent-encoded as UTF-8 bytes ({@code اطلس.json} becomes {@code
   * %D8%A7%D8%B7%D9%84%D8%B3.json}, a space {@code %20}). Standard input is {@code stdin}.
   */
  static String uriOf(String source) {
    if (source.equals("-")) {
      return "stdin";
    }
    Path path;
    try {
      path = Path.of(source);
    } catch (InvalidPathException e) {
      return encodePath(source);
    }
    if (path.isAbsolute()) {
      String absolute = path.toString().replace('\\', '/');
      // A Windows path starts with its drive (C:/…); a file URI puts a slash before it.
      return "file://" + (absolute.startsWith("/") ? "" : "/") + encodePath(absolute);
    }
    StringBuilder relative = new StringBuilder();
    for (Path part : path) {
      if (relative.length() > 0) {
        relative.append('/');
      }
      relative.append(encode(part.toString()));
    }
    // A colon is encoded too, so a first segment never reads as a scheme (RFC 3986 §4.2).
    return relative.toString();
  }

  private static String encodePath(String path) {
    StringBuilder result = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (result.length() > 0 || path.startsWith("/")) {
        result.append('/');
      }
      result.append(encodeSegment(segment, true));
    }
    return path.startsWith("/") ? result.substring(1) : result.toString();
  }

  /**
   * Percent-encodes everything but RFC 3986's unreserved characters and the safe sub-delimiters.
   */
  static String encode(String segment) {
    return encodeSegment(segment, false);
  }

  private static String encodeSegment(String segment, boolean driveColon) {
    StringBuilder result = new StringBuilder();
    for (byte b : segment.getBytes(UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=@".indexOf(c) >= 0
          || (driveColon && c == ':')) {
        result.append((char) c);
      } else {
        result.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        result.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return result.toString();
  }

  /**
   * The SARIF logical location kind (SARIF 2.1.0 §3.33.7, the kinds for data documents) of the
   * value a JSON pointer names in an atlas, as the format's JSON Schema gives it: {@code "object"},
   * {@code "array"}, or {@code "value"} for a string, number or boolean. Empty when the schema does
   * not fix it (inside {@code extensions}, or a value that may be a string or an object).
   */
  static Optional<String> kindOf(String pointer) {
    JsonNode schema = SCHEMA;
    if (!pointer.isEmpty()) {
      for (String token : pointer.substring(1).split("/", -1)) {
        schema = resolve(schema);
        String name = token.replace("~1", "/").replace("~0", "~");
        JsonNode next;
        if (schema.path("properties").has(name)) {
          next = schema.path("properties").path(name);
        } else if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
          next = schema.path("items");
        } else {
          next = schema.path("additionalProperties");
        }
        if (!next.isObject()) {
          return Optional.empty();
        }
        schema = next;
      }
    }
    JsonNode resolved = resolve(schema);
    if (resolved.has("const") || resolved.has("enum")) {
      return Optional.of("value");
    }
    return switch (resolved.path("type").asString("")) {
      case "object" -> Optional.of("object");
      case "array" -> Optional.of("array");
      case "string", "integer", "number", "boolean" -> Optional.of("value");
      default -> Optional.empty();
    };
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode resolved = schema;
    while (resolved.has("$ref")) {
      String ref = resolved.get("$ref").asString();
      resolved = SCHEMA.at(ref.substring(1));
    }
    return resolved;
  }
}
