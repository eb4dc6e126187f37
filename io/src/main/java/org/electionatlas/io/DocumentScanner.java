package org.electionatlas.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.SourceLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The first of the reader's two passes: a token-by-token walk of the document that checks what
 * binding cannot say well — that the bytes are UTF-8 JSON with one object at the top, no duplicate
 * property and nothing after the end, and that the object is an atlas of a version this library
 * reads — and records where every value starts, so that later findings can name a line and column.
 */
final class DocumentScanner {

  /** Parsers that refuse a repeated key, within the limits. */
  private final TokenStreamFactory parsers;

  private final Limits limits;
  private final byte[] document;
  private final String source;
  private final boolean atlas;
  private final SourceMap.Placement placement;

  /** The position of the document in an atlas's stations when it is one read on its own, or -1. */
  private final int element;

  /**
   * Whether the walk records where every value starts. The first walk does not: most documents are
   * never asked where a value is, and a million stations' offsets would take gigabytes. A second
   * walk records them when a location is first asked for.
   */
  private final boolean record;

  /**
   * When only some values are recorded, their pointers and their ancestors'; the walk descends only
   * into the containers of {@link #within} and skips the rest unread. Empty: every value.
   */
  private final Set<String> only;

  /** The pointers of the containers that hold a value of {@link #only}. */
  private final Set<String> within = new HashSet<>();

  private boolean sawValue;
  private boolean sawFormat;
  private boolean sawVersion;

  private final Map<String, Integer> offsets = new HashMap<>();
  private final Deque<Frame> frames = new ArrayDeque<>();

  private DocumentScanner(
      TokenStreamFactory parsers,
      Limits limits,
      byte[] document,
      String source,
      boolean atlas,
      SourceMap.Placement placement,
      int element,
      boolean record,
      Set<String> only) {
    this.only = only;
    for (String pointer : only) {
      if (!pointer.isEmpty()) {
        within.add(pointer.substring(0, pointer.lastIndexOf('/')));
      }
    }
    this.atlas = atlas;
    this.placement = placement;
    this.element = element;
    this.record = record;
    this.parsers = parsers;
    this.limits = limits;
    this.document = document;
    this.source = source;
  }

  /** Checks an atlas document's syntax and header; returns where each value starts. */
  static SourceMap scan(TokenStreamFactory parsers, Limits limits, byte[] document, String source) {
    return scan(parsers, limits, document, source, SourceMap.Placement.AS_IS);
  }

  /**
   * The map of a document that binding alone showed to be a valid atlas (see {@link
   * AtlasJson#parse}): nothing is walked until a location is first asked for.
   */
  static SourceMap unscanned(
      TokenStreamFactory parsers, Limits limits, byte[] document, String source) {
    DocumentScanner recording =
        new DocumentScanner(
            parsers,
            limits,
            document,
            source,
            true,
            SourceMap.Placement.AS_IS,
            -1,
            false,
            Set.of());
    return new SourceMap(
        source,
        document,
        recording::recordedOffsets,
        recording::recordedOffsets,
        SourceMap.Placement.AS_IS);
  }

  /** Checks an atlas document cut from a larger file, placed in it as the placement says. */
  static SourceMap scan(
      TokenStreamFactory parsers,
      Limits limits,
      byte[] document,
      String source,
      SourceMap.Placement placement) {
    return new DocumentScanner(
            parsers, limits, document, source, true, placement, -1, false, Set.of())
        .scan();
  }

  /**
   * Checks the syntax of one element of an atlas's {@code pollingStations}, read on its own by a
   * streaming validator; its pointers are those of the whole atlas.
   */
  static SourceMap scanStation(
      TokenStreamFactory parsers,
      Limits limits,
      byte[] element,
      String source,
      int index,
      SourceMap.Placement placement) {
    return new DocumentScanner(
            parsers, limits, element, source, false, placement, index, false, Set.of())
        .scan();
  }

  /**
   * Checks the syntax of another document of this library, such as a policy, which has no atlas
   * header; returns where each value starts.
   */
  static SourceMap scanOther(
      TokenStreamFactory parsers, Limits limits, byte[] document, String source) {
    return new DocumentScanner(
            parsers,
            limits,
            document,
            source,
            false,
            SourceMap.Placement.AS_IS,
            -1,
            false,
            Set.of())
        .scan();
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
    SourceMap map =
        new SourceMap(source, document, this::recordedOffsets, this::recordedOffsets, placement);
    if (document.length > limits.maxDocumentLength()) {
      throw fail(map, "", 0, limits.documentTooLong());
    }
    if (element >= 0) {
      Frame stations = new Frame("/pollingStations", true);
      stations.nextIndex = element;
      frames.push(stations);
    } else {
      checkEncoding(map);
    }
    int bottom = frames.size();
    // Tokens are read only up to the first byte that is not UTF-8, so that a syntax error before
    // it is reported first and the walk knows which value holds it.
    int invalid = Utf8.firstInvalid(document, Utf8.startsWithBom(document) ? Utf8.BOM_LENGTH : 0);
    int end = invalid < 0 ? document.length : invalid;
    try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), document, 0, end)) {
      try {
        JsonToken token = p.nextToken();
        String expected = atlas ? "an atlas JSON object" : "a JSON object";
        if (token == null && invalid < 0) {
          throw fail(map, "", 0, "the document is empty; expected " + expected);
        }
        if (token != null && token != JsonToken.START_OBJECT && element < 0) {
          throw fail(
              map,
              "",
              p.currentTokenLocation().getByteOffset(),
              "expected " + expected + " at the top level but found " + Codecs.describe(token));
        }
        while (token != null) {
          if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            frames.pop();
          } else if (token != JsonToken.PROPERTY_NAME) {
            sawValue = true;
            boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
            boolean header = atlas && frames.size() == 1;
            if (!record && !container && !header) {
              skipPointer();
            } else if (visit(p, map, token, header) && !only.isEmpty()) {
              // A container that holds nothing asked for is read past without naming its values.
              p.skipChildren();
              frames.pop();
            }
          }
          if (frames.size() == bottom) {
            break;
          }
          token = p.nextToken();
        }
        if (token != null) {
          JsonToken trailing = p.nextToken();
          if (trailing != null) {
            throw fail(
                map,
                "",
                p.currentTokenLocation().getByteOffset(),
                "found "
                    + Codecs.describe(trailing)
                    + " after the end of the top-level object; a document holds one object");
          }
        }
      } catch (StreamConstraintsException e) {
        throw fail(map, failingPointer(p), offsetOf(e, p), limits.describe(e));
      } catch (JacksonException e) {
        long offset =
            Syntax.characterStart(String.valueOf(e.getOriginalMessage()), document, offsetOf(e, p));
        if (invalid >= 0 && offset >= invalid) {
          throw notUtf8(map, invalid);
        }
        String problem =
            frames.size() == bottom && sawValue
                ? "unexpected text after the end of the top-level object; a document holds one"
                    + " object"
                : Syntax.problem(String.valueOf(e.getOriginalMessage()), document, offset);
        throw fail(map, duplicatePointer(e).orElseGet(() -> failingPointer(p)), offset, problem);
      }
    }
    if (invalid >= 0) {
      throw notUtf8(map, invalid);
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

  /**
   * Refuses UTF-16 and UTF-32 before Jackson sees them: a UTF-16 byte order mark, or a zero byte
   * among the first two, from which Jackson would guess one of those encodings and read on. No JSON
   * document in UTF-8 has a zero byte there: U+0000 is not allowed outside a string.
   */
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

  /**
   * Names the value the parser is on, records where it is, and checks the atlas's header; returns
   * whether the value is a container that holds no value of {@link #only}.
   */
  private boolean visit(JsonParser p, SourceMap map, JsonToken token, boolean header) {
    String pointer = nextPointer(p);
    long offset = p.currentTokenLocation().getByteOffset();
    if (record && (only.isEmpty() || only.contains(pointer))) {
      offsets.put(pointer, (int) offset);
    }
    if (header) {
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
      return !within.contains(pointer);
    }
    return false;
  }

  /** Counts the value the parser is on, as {@link #nextPointer} does, without naming it. */
  private void skipPointer() {
    Frame parent = frames.peek();
    if (parent != null && parent.array) {
      parent.nextIndex++;
    }
  }

  /** Walks the document again, which it read without error before, recording every offset. */
  private Map<String, Integer> recordedOffsets() {
    return recordedOffsets(Set.of());
  }

  /**
   * Walks the document again, which it read without error before, recording the offsets of these
   * pointers only (of every value when there are none).
   */
  private Map<String, Integer> recordedOffsets(Set<String> pointers) {
    DocumentScanner again =
        new DocumentScanner(
            parsers, limits, document, source, atlas, placement, element, true, pointers);
    again.scan();
    return again.offsets;
  }

  /** The pointer of the value the parser is on, numbering array elements as they come. */
  private String nextPointer(JsonParser p) {
    Frame parent = frames.peek();
    if (parent == null) {
      return "";
    }
    if (parent.array) {
      return parent.pointer + "/" + parent.nextIndex++;
    }
    return parent.pointer + "/" + escape(String.valueOf(p.currentName()));
  }

  /**
   * The pointer of what the parser failed on: the property whose value it was reading, or else the
   * object or array it was in.
   */
  private String failingPointer(JsonParser p) {
    Frame top = frames.peek();
    if (top != null && !top.array && p.currentToken() == JsonToken.PROPERTY_NAME) {
      return top.pointer + "/" + escape(String.valueOf(p.currentName()));
    }
    return currentPointer();
  }

  private String currentPointer() {
    Frame top = frames.peek();
    return top == null ? "" : top.pointer;
  }

  /** A duplicate property is best pointed at by its own name. */
  private Optional<String> duplicatePointer(JacksonException e) {
    Matcher duplicate = Syntax.duplicate(String.valueOf(e.getOriginalMessage()));
    return duplicate.find()
        ? Optional.of(currentPointer() + "/" + escape(duplicate.group(1)))
        : Optional.empty();
  }

  /** Where the parser was when it failed; a broken limit carries no location of its own. */
  private static long offsetOf(JacksonException e, JsonParser p) {
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    return Math.max(0, at.getByteOffset());
  }

  private AtlasFormatException notUtf8(SourceMap map, int offset) {
    if (Utf8.endsMidCharacter(document, offset)) {
      return fail(
          map,
          currentPointer(),
          offset,
          "the document ends in the middle of a character (is the file truncated?)");
    }
    return fail(
        map,
        currentPointer(),
        offset,
        "the document is not valid UTF-8 ("
            + Utf8.describe(document, offset)
            + "); save it as UTF-8");
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
