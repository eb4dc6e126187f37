package org.electionatlas.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electionatlas.model.Atlas;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first of the reader's two passes: a token-by-token walk of the document that checks what
 * binding cannot say well — that the bytes are UTF-8 JSON with one object at the top, no duplicate
 * property and nothing after the end, and that the object is an atlas of a version this library
 * reads — and records where every value starts, so that later findings can name a line and column.
 */
final class DocumentScanner {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

  private final JsonMapper mapper;
  private final byte[] document;
  private final String source;
  private final boolean atlas;
  private final Map<String, Integer> offsets = new HashMap<>();
  private final Deque<Frame> frames = new ArrayDeque<>();

  private DocumentScanner(JsonMapper mapper, byte[] document, String source, boolean atlas) {
    this.atlas = atlas;
    this.mapper = mapper;
    this.document = document;
    this.source = source;
  }

  /** Checks an atlas document's syntax and header; returns where each value starts. */
  static SourceMap scan(JsonMapper mapper, byte[] document, String source) {
    return new DocumentScanner(mapper, document, source, true).scan();
  }

  /**
   * Checks the syntax of another document of this library, such as a policy, which has no atlas
   * header; returns where each value starts.
   */
  static SourceMap scanOther(JsonMapper mapper, byte[] document, String source) {
    return new DocumentScanner(mapper, document, source, false).scan();
  }

  private static final class Frame {
    final String pointer;
    final boolean array;
    int nextIndex;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }

  private SourceMap scan() {
    SourceMap map = new SourceMap(source, document, offsets);
    checkEncoding(map);
    boolean sawFormat = false;
    boolean sawVersion = false;
    try (JsonParser p = mapper.createParser(document)) {
      JsonToken token = p.nextToken();
      String expected = atlas ? "an atlas JSON object" : "a JSON object";
      if (token == null) {
        throw fail(map, "", 0, "the document is empty; expected " + expected);
      }
      if (token != JsonToken.START_OBJECT) {
        throw fail(
            map,
            "",
            p.currentTokenLocation().getByteOffset(),
            "expected " + expected + " at the top level but found " + Codecs.describe(token));
      }
      do {
        if (token == JsonToken.PROPERTY_NAME) {
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          frames.pop();
          continue;
        }
        Frame parent = frames.peek();
        String pointer;
        if (parent == null) {
          pointer = "";
        } else if (parent.array) {
          pointer = parent.pointer + "/" + parent.nextIndex++;
        } else {
          pointer = parent.pointer + "/" + escape(p.currentName());
        }
        long offset = p.currentTokenLocation().getByteOffset();
        offsets.put(pointer, (int) offset);
        if (atlas && frames.size() == 1) {
          if (pointer.equals("/format")) {
            checkFormat(map, p, offset);
            sawFormat = true;
          } else if (pointer.equals("/schemaVersion")) {
            checkVersion(map, p, offset);
            sawVersion = true;
          }
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          frames.push(new Frame(pointer, token == JsonToken.START_ARRAY));
        }
      } while (!frames.isEmpty() && (token = p.nextToken()) != null);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw fail(
            map,
            "",
            p.currentTokenLocation().getByteOffset(),
            "unexpected "
                + Codecs.describe(trailing)
                + " after the end of the top-level object; a document holds one object");
      }
    } catch (StreamConstraintsException e) {
      throw fail(
          map,
          currentPointer(),
          offsetOf(e),
          "the document is too large: " + e.getOriginalMessage());
    } catch (AtlasFormatException e) {
      throw e;
    } catch (JacksonException e) {
      String problem =
          frames.isEmpty() && !offsets.isEmpty()
              ? "unexpected text after the end of the top-level object; a document holds one object"
              : syntaxProblem(e);
      throw fail(map, duplicatePointer(e).orElseGet(this::currentPointer), offsetOf(e), problem);
    }
    if (atlas && !sawFormat) {
      throw fail(
          map,
          "",
          0,
          "not an atlas: the top-level property \"format\": \"" + Codecs.FORMAT + "\" is missing");
    }
    if (atlas && !sawVersion) {
      throw fail(
          map,
          "",
          0,
          "the top-level property \"schemaVersion\" is missing; this library reads schemaVersion "
              + Atlas.SCHEMA_VERSION);
    }
    return map;
  }

  private void checkEncoding(SourceMap map) {
    boolean utf16or32 =
        document.length >= 2
            && ((document[0] == (byte) 0xFE && document[1] == (byte) 0xFF)
                || (document[0] == (byte) 0xFF && document[1] == (byte) 0xFE)
                || document[0] == 0
                || document[1] == 0);
    if (utf16or32) {
      throw fail(
          map,
          "",
          0,
          "the document is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8");
    }
  }

  private void checkFormat(SourceMap map, JsonParser p, long offset) {
    if (p.currentToken() != JsonToken.VALUE_STRING || !p.getString().equals(Codecs.FORMAT)) {
      String found =
          p.currentToken() == JsonToken.VALUE_STRING
              ? "\"" + p.getString() + "\""
              : Codecs.describe(p.currentToken());
      throw fail(
          map,
          "/format",
          offset,
          "not an atlas: \"format\" must be \"" + Codecs.FORMAT + "\" but is " + found);
    }
  }

  private void checkVersion(SourceMap map, JsonParser p, long offset) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail(
          map,
          "/schemaVersion",
          offset,
          "expected schemaVersion to be an integer but found " + Codecs.describe(p.currentToken()));
    }
    String version = p.getString();
    if (!version.equals(String.valueOf(Atlas.SCHEMA_VERSION))) {
      throw fail(
          map,
          "/schemaVersion",
          offset,
          "schemaVersion "
              + version
              + " is not supported; this version of Election Atlas reads schemaVersion "
              + Atlas.SCHEMA_VERSION
              + " only");
    }
  }

  private String currentPointer() {
    Frame top = frames.peek();
    return top == null ? "" : top.pointer;
  }

  /** A duplicate property is best pointed at by its own name. */
  private Optional<String> duplicatePointer(JacksonException e) {
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    return duplicate.find()
        ? Optional.of(currentPointer() + "/" + escape(duplicate.group(1)))
        : Optional.empty();
  }

  private static long offsetOf(JacksonException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getByteOffset());
  }

  private static String syntaxProblem(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return "duplicate property \""
          + duplicate.group(1)
          + "\"; a property may appear only once in an object";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the document ends before the JSON is complete (is the file truncated?)";
    }
    if (message.startsWith("Invalid UTF-8")) {
      return "the document is not valid UTF-8 ("
          + message.replaceFirst("^Invalid UTF-8 ", "")
          + "); save it as UTF-8";
    }
    int details = message.indexOf("\n");
    return "invalid JSON: " + (details < 0 ? message : message.substring(0, details));
  }

  private static AtlasFormatException fail(
      SourceMap map, String pointer, long offset, String problem) {
    SourceLocation at = map.locationOf(offset);
    return new AtlasFormatException(map.source(), pointer, at.line(), at.column(), problem);
  }

  /** Escapes a property name for a JSON pointer (RFC 6901). */
  static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0
        ? name
        : name.replace("~", "~0").replace("/", "~1");
  }
}
