package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walk that finds the station array skips to the bytes that matter and counts lines and columns
 * apart; it must find what the byte-by-byte walk it replaced found — the same offsets, lines and
 * columns, or nothing — on every document, wherever the edges of its chunks fall.
 */
class StationRegionWalkTest {

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final String BOM = "\uFEFF";
  private static final int CHUNK = 1 << 18;

  @TempDir static Path directory;

  /** What a walk found: the six numbers, or empty. */
  record Found(long start, long end, int firstLine, int firstColumn, int endLine, int endColumn) {

    static Optional<Found> of(Optional<StationRegion> region) {
      return region.map(
          r -> new Found(r.start, r.end, r.firstLine, r.firstColumn, r.endLine, r.endColumn));
    }
  }

  private static final String PERSIAN =
      "{\"نام\":\"تهران\",\"pollingStations\":[{\"نام\":\"شعبه\"}],\"یادداشت\":\"ب\"}";
  private static final String ESCAPES =
      "{\"a\\\"b\":\"x\\\\\",\"c\\\\\":\"\\u0022[\",\"pollingStations\":[{\"n\":\"\\\"]}\\\\\"}]}";

  static Stream<Arguments> documents() {
    String persian = PERSIAN;
    return Stream.of(
        Arguments.of("empty array", "{\"pollingStations\":[]}"),
        Arguments.of("spaces around the colon", "{ \"pollingStations\" : [ ] }"),
        Arguments.of("Persian keys and values on the bracket lines", persian),
        Arguments.of("Persian, indented", indent(persian)),
        Arguments.of("escapes in keys and values", ESCAPES),
        Arguments.of(
            "strings that hold the key, brackets and quotes",
            "{\"x\":\"\\\"pollingStations\\\": [\",\"pollingStations\":[{\"a\":\"]}[{\\\"\"}],"
                + "\"y\":\"]\"}"),
        Arguments.of(
            "the key nested in a value first",
            "{\"x\":{\"pollingStations\":[1]},\"pollingStations\":[2],\"z\":[{\"pollingStations\":[]}]}"),
        Arguments.of("the key as a value", "{\"x\":\"pollingStations\",\"pollingStations\":[3]}"),
        Arguments.of("two arrays", "{\"pollingStations\":[],\"pollingStations\":[]}"),
        Arguments.of("an escaped key", "{\"polling\\u0053tations\":[]}"),
        Arguments.of("an escaped key that reads the same", "{\"polling\\Stations\":[]}"),
        Arguments.of("a longer key", "{\"pollingStationsX\":[]}"),
        Arguments.of("a shorter key", "{\"pollingStation\":[]}"),
        Arguments.of("an object for the array", "{\"pollingStations\":{}}"),
        Arguments.of("a closing bracket first", "]{\"pollingStations\":[]}"),
        Arguments.of("closed twice", "{\"pollingStations\":[]}}"),
        Arguments.of("not closed", "{\"pollingStations\":[{}]"),
        Arguments.of("an unterminated string", "{\"pollingStations\":[],\"x\":\"abc}"),
        Arguments.of("an escape at the end", "{\"pollingStations\":[],\"x\":\"abc\\"),
        Arguments.of("a number before a second colon", "{\"pollingStations\": 5 : [1]}"),
        Arguments.of("an object before a second colon", "{\"pollingStations\": {\"a\":[]} : [1]}"),
        Arguments.of("a top-level array", "[{\"pollingStations\":[]}]"),
        Arguments.of("byte order mark", BOM + "{\"pollingStations\":[\n]}"),
        Arguments.of("byte order mark and CRLF", BOM + indent(persian).replace("\n", "\r\n")),
        Arguments.of("CRLF", indent(persian).replace("\n", "\r\n")),
        Arguments.of(
            "line feeds inside strings", "{\"a\":\"x\ny\n\",\n\"pollingStations\"\n:\n[\n]\n}"),
        Arguments.of("a line feed in the key", "{\"polling\nStations\":[]}"),
        Arguments.of("nothing", ""),
        Arguments.of("one byte", "{"),
        Arguments.of("generated, indented", indented(40, 1)),
        Arguments.of("generated, minified", minified(40, 1)),
        Arguments.of("generated, minified after a byte order mark", BOM + minified(25, 2)),
        Arguments.of("generated, indented, CRLF", indented(30, 3).replace("\n", "\r\n")));
  }

  /** Chunks from the smallest allowed to the default, so that edges fall at many places. */
  static final int[] CHUNKS = {16, 17, 23, 64, 1000, 4096, CHUNK};

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void findsWhatTheByteWalkFound(String name, String document) throws IOException {
    assertSameAtEveryChunk(document.getBytes(UTF_8));
  }

  @Test
  void findsTheBracketsWhereAnEditorShowsThem() throws IOException {
    byte[] bytes =
        (BOM + "{\"نام\":\"تهران\",\n  \"pollingStations\": [{\"a\":\"ب\"}\n  ]\n}")
            .getBytes(UTF_8);
    Optional<Found> found = Found.of(locate(bytes, CHUNK));
    // [ is the 22nd character of line 2 (the BOM is no character); ] is the third of line 3.
    int open = indexOf(bytes, (byte) '[');
    int close = indexOf(bytes, (byte) ']');
    assertThat(found).contains(new Found(open, close, 2, 23, 3, 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findsWhatTheByteWalkFoundInTheMalformedCorpus(String name, Path file) throws IOException {
    assertSameAtEveryChunk(Files.readAllBytes(file));
  }

  static Stream<Arguments> corpus() {
    return MalformedCorpusTest.documents().stream()
        .map(file -> Arguments.of(file.getFileName().toString(), file));
  }

  static Stream<Arguments> generated() {
    return IntStream.of(11, 12, 13)
        .boxed()
        .flatMap(
            seed ->
                Stream.of(
                    Arguments.of("indented, seed " + seed, indented(120, seed)),
                    Arguments.of("minified, seed " + seed, minified(120, seed))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void findsWhatTheByteWalkFoundInGeneratedAtlases(String name, String document)
      throws IOException {
    assertSameAtEveryChunk(document.getBytes(UTF_8));
  }

  /**
   * A file a little over one default chunk, with a station value that puts a quote, an escape, a
   * two-byte or a three-byte character across the first chunk's edge: the walk's first chunk ends
   * seven bytes before the buffer does, so every shift of a window around both ends is tried.
   */
  static Stream<Arguments> straddling() {
    List<Arguments> cases = new ArrayList<>();
    String[] pieces = {"\\\"", "\\\\", "\\u0022", "ب", "\u200c", "\"", "\n", "]}", "[{"};
    for (String piece : pieces) {
      for (int shift = 0; shift < 20; shift++) {
        cases.add(Arguments.of(piece, shift));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} shifted by {1}")
  @MethodSource("straddling")
  void findsWhatTheByteWalkFoundAcrossTheChunkEdge(String piece, int shift) throws IOException {
    String head = "{\"election\":\"ب\",\n \"pollingStations\": [\n  {\"name\":\"";
    // What comes before and after the piece in the station, so that it stays a valid document.
    String[] around =
        switch (piece) {
          case "\"" -> new String[] {"", "}"};
          case "[{" -> new String[] {"\",\"v\":", "\"w\":[]}]}"};
          case "]}" -> new String[] {"\",\"v\":[{\"w\":[", "]}"};
          default -> new String[] {"", "y\"}"};
        };
    // The piece starts 17 bytes before the first chunk's end plus the shift: on both sides of
    // where the walk's chunk ends (7 bytes before the buffer's end) and of the buffer's end.
    int target = CHUNK - 17 + shift;
    int filler = target - head.getBytes(UTF_8).length - around[0].length();
    StringBuilder document = new StringBuilder(head);
    document.append("x".repeat(filler)).append(around[0]);
    assertThat(document.toString().getBytes(UTF_8)).hasSize(target);
    document.append(piece).append(around[1]);
    document.append(",\n  {\"name\":\"شعبه ").append("ی".repeat(3000)).append("\"}\n ]\n}\n");
    byte[] bytes = document.toString().getBytes(UTF_8);
    assertThat(bytes.length).isGreaterThan(CHUNK);
    assertThat(Found.of(locate(bytes, CHUNK))).isPresent().isEqualTo(OldWalk.locate(bytes));
    assertQuickWalkAgrees(bytes, CHUNK, OldWalk.locate(bytes));
  }

  /** Bytes that change the walk's state, and some that do not. */
  private static final byte[][] MUTATIONS = {
    {'"'},
    {'\\'},
    {'['},
    {']'},
    {'{'},
    {'}'},
    {':'},
    {','},
    {'\n'},
    {'\r'},
    {' '},
    {'x'},
    "ب".getBytes(UTF_8),
    "\u200c".getBytes(UTF_8),
    {(byte) 0xEF},
    {(byte) 0x80},
    "\"pollingStations\":[".getBytes(UTF_8),
    "\\u0022".getBytes(UTF_8)
  };

  @RepeatedTest(300)
  void findsWhatTheByteWalkFoundAfterRandomMutations(RepetitionInfo repetition) throws IOException {
    Random random = new Random(repetition.getCurrentRepetition());
    String base =
        switch (repetition.getCurrentRepetition() % 4) {
          case 0 -> indented(6, repetition.getCurrentRepetition());
          case 1 -> minified(6, repetition.getCurrentRepetition());
          case 2 -> indent(PERSIAN);
          default -> ESCAPES;
        };
    byte[] bytes = base.getBytes(UTF_8);
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      bytes = mutate(bytes, random);
    }
    int chunk = 16 + random.nextInt(200);
    Optional<Found> expected = OldWalk.locate(bytes);
    assertThat(Found.of(locate(bytes, chunk))).as("chunk %d", chunk).isEqualTo(expected);
    assertThat(Found.of(locate(bytes, CHUNK))).isEqualTo(expected);
    assertQuickWalkAgrees(bytes, chunk, expected);
    assertQuickWalkAgrees(bytes, CHUNK, expected);
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length + 1);
    byte[] piece = MUTATIONS[random.nextInt(MUTATIONS.length)];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    switch (random.nextInt(3)) {
      case 0 -> { // insert
        out.write(piece, 0, piece.length);
        out.write(bytes, at, bytes.length - at);
      }
      case 1 -> { // replace
        out.write(piece, 0, piece.length);
        int after = Math.min(bytes.length, at + piece.length);
        out.write(bytes, after, bytes.length - after);
      }
      default -> { // delete
        int after = Math.min(bytes.length, at + 1 + random.nextInt(3));
        out.write(bytes, after, bytes.length - after);
      }
    }
    return out.toByteArray();
  }

  private static void assertSameAtEveryChunk(byte[] bytes) throws IOException {
    Optional<Found> expected = OldWalk.locate(bytes);
    for (int chunk : CHUNKS) {
      assertThat(Found.of(locate(bytes, chunk))).as("chunk %d", chunk).isEqualTo(expected);
      assertQuickWalkAgrees(bytes, chunk, expected);
    }
  }

  /**
   * The walk to the {@code [} and the read back from the end find what the whole walk finds in
   * every document that is JSON (repeated keys refused, as the reader refuses them); in one that is
   * not, they find the same {@code [} whenever the whole walk finds one, and nothing where it finds
   * no {@code [}, so that a reader that checks where its parser ends the array reads the same.
   */
  private static void assertQuickWalkAgrees(byte[] bytes, int chunk, Optional<Found> whole)
      throws IOException {
    Optional<Found> quick = Found.of(quickly(bytes, chunk, StationRegion.BACKWARD_BUDGET));
    if (isJson(bytes) && whole.isPresent()) {
      assertThat(quick).as("read back, chunk %d", chunk).isEqualTo(whole);
    } else if (whole.isPresent()) {
      assertThat(quick).as("read back, chunk %d", chunk).isPresent();
      assertThat(quick.get().start()).isEqualTo(whole.get().start());
      assertThat(quick.get().firstLine()).isEqualTo(whole.get().firstLine());
      assertThat(quick.get().firstColumn()).isEqualTo(whole.get().firstColumn());
    } else if (quick.isPresent()) {
      // Only a document the frame's reader refuses: two arrays, say, or a broken end.
      assertThat(isJson(bytes)).as("read back, chunk %d", chunk).isFalse();
    }
  }

  private static boolean isJson(byte[] bytes) {
    try {
      STRICT.readTree(bytes);
      return true;
    } catch (JacksonException e) {
      return false;
    }
  }

  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** The region the quick walk finds, its end's line and column counted. */
  private static Optional<StationRegion> quickly(byte[] bytes, int chunk, long budget)
      throws IOException {
    Path file = Files.createTempFile(directory, "quick", ".json");
    Files.write(file, bytes);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Optional<StationRegion> found = StationRegion.locateQuickly(channel, chunk, budget);
      return found.isPresent() ? Optional.of(found.get().withEndPosition(channel)) : found;
    } finally {
      Files.delete(file);
    }
  }

  /**
   * An array after the stations longer than the budget is taken for the stations' array: the region
   * is provisional, its end is not the array's, and the parser that reads the stations ends the
   * array elsewhere (StreamingValidationTest shows the reader then starts again).
   */
  @Test
  void takesAnArrayLongerThanTheBudgetForTheStationsAndSaysItMayBeWrong() throws IOException {
    String document =
        "{\"pollingStations\": [{\"id\": \"a\"}],\n \"issues\": [\""
            + "x".repeat(200)
            + "\"],\n \"note\": \"]\"}\n";
    byte[] bytes = document.getBytes(UTF_8);
    Optional<Found> whole = OldWalk.locate(bytes);
    Optional<StationRegion> quick = quickly(bytes, CHUNK, 64);
    assertThat(quick).isPresent();
    assertThat(quick.get().provisional).isTrue();
    assertThat(quick.get().start).isEqualTo(whole.get().start());
    assertThat(quick.get().end).isEqualTo(document.lastIndexOf("\"],") + 1);
    assertThat(quick.get().end).isNotEqualTo(whole.get().end());
    // With the budget to skip the issues back to their [, it finds the stations' ].
    assertThat(Found.of(quickly(bytes, CHUNK, 1024))).isEqualTo(whole);
  }

  /**
   * A value after the stations too long for the budget that is no array: the whole walk decides.
   */
  @Test
  void leavesALongObjectAfterTheStationsToTheWholeWalk() throws IOException {
    String document =
        "{\"pollingStations\": [{\"id\": \"a\"}],\n \"extensions\": {\"x\": \""
            + "]".repeat(200)
            + "\"}}\n";
    byte[] bytes = document.getBytes(UTF_8);
    Optional<StationRegion> quick = quickly(bytes, CHUNK, 64);
    assertThat(quick).isPresent();
    assertThat(quick.get().provisional).isFalse();
    assertThat(Found.of(quick)).isEqualTo(OldWalk.locate(bytes));
  }

  private static Optional<StationRegion> locate(byte[] bytes, int chunk) throws IOException {
    Path file = Files.createTempFile(directory, "walk", ".json");
    Files.write(file, bytes);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return chunk == CHUNK ? StationRegion.locate(channel) : StationRegion.locate(channel, chunk);
    } finally {
      Files.delete(file);
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String indented(int stations, long seed) {
    return AtlasJson.standard().write(AtlasGenerator.of(stations, seed).generate());
  }

  private static String minified(int stations, long seed) {
    return TREES.writeValueAsString(TREES.readTree(indented(stations, seed)));
  }

  private static String indent(String json) {
    return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(TREES.readTree(json));
  }

  /**
   * The walk {@link StationRegion#locate} replaced, kept as the oracle: every byte through one
   * state machine, continuation bytes counted everywhere for the columns, eight bytes skipped at a
   * time only inside strings.
   */
  static final class OldWalk {
    private static final byte[] KEY = "pollingStations".getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle WORDS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long LINE_FEEDS = '\n' * ONES;

    private OldWalk() {}

    private static boolean has(long word, long bytes) {
      long zeroWhereEqual = word ^ bytes;
      return ((zeroWhereEqual - ONES) & ~zeroWhereEqual & HIGH_BITS) != 0;
    }

    private static int column(long offset, long lineStart, long continuations) {
      return (int) (offset - lineStart - continuations + 1);
    }

    static Optional<Found> locate(byte[] file) {
      long size = file.length;
      byte[] buffer = new byte[CHUNK];
      int line = 1;
      long lineStart = 0;
      long continuations = 0;
      int depth = 0;
      boolean inString = false;
      boolean escaped = false;
      byte[] key = new byte[KEY.length + 1];
      int keyLength = -1;
      boolean keyIsStations = false;
      boolean afterColon = false;
      long start = -1;
      long end = -1;
      int firstLine = 0;
      int firstColumn = 0;
      int endLine = 0;
      int endColumn = 0;
      long base = 0;
      int from = 0;
      while (base < size) {
        int read = (int) Math.min(CHUNK, size - base);
        System.arraycopy(file, (int) base, buffer, 0, read);
        if (base == 0 && buffer[0] == (byte) 0xEF) {
          from = Utf8.BOM_LENGTH;
          lineStart = Utf8.BOM_LENGTH;
        }
        int limit = base + read >= size ? read : read - 7;
        int i = from;
        while (i < limit) {
          if (inString && !escaped && (depth != 1 || keyLength < 0)) {
            while (i + 8 <= limit) {
              long word = (long) WORDS.get(buffer, i);
              if (has(word, QUOTES) || has(word, BACKSLASHES) || has(word, LINE_FEEDS)) {
                break;
              }
              continuations += Long.bitCount(word & ~(word << 1) & HIGH_BITS);
              i += 8;
            }
            if (i >= limit) {
              break;
            }
          }
          byte b = buffer[i];
          if (b == '\n') {
            line++;
            lineStart = base + i + 1;
            continuations = 0;
          } else if ((b & 0xC0) == 0x80) {
            continuations++;
          }
          i++;
          if (inString) {
            if (escaped) {
              escaped = false;
              if (depth == 1) {
                keyLength = -1;
              }
            } else if (b == '\\') {
              escaped = true;
            } else if (b == '"') {
              inString = false;
              if (depth == 1 && keyLength >= 0) {
                keyIsStations =
                    keyLength == KEY.length && Arrays.equals(key, 0, keyLength, KEY, 0, KEY.length);
              }
            } else if (depth == 1 && keyLength >= 0) {
              if (keyLength < key.length) {
                key[keyLength++] = b;
              } else {
                keyLength = -1;
              }
            }
            continue;
          }
          switch (b) {
            case '"' -> {
              inString = true;
              keyLength = depth == 1 && !afterColon ? 0 : -1;
              if (depth == 1 && !afterColon) {
                keyIsStations = false;
              }
              afterColon = false;
            }
            case ':' -> afterColon = depth == 1;
            case '{', '[' -> {
              if (depth == 1 && b == '[' && afterColon && keyIsStations) {
                if (start >= 0) {
                  return Optional.empty();
                }
                start = base + i - 1;
                firstLine = line;
                firstColumn = column(start, lineStart, continuations) + 1;
              }
              depth++;
              afterColon = false;
            }
            case '}', ']' -> {
              depth--;
              if (depth < 0) {
                return Optional.empty();
              }
              if (depth == 1 && b == ']' && start >= 0 && end < 0) {
                end = base + i - 1;
                endLine = line;
                endColumn = column(end, lineStart, continuations);
              }
              afterColon = false;
            }
            case ' ', '\t', '\r', '\n' -> {}
            default -> afterColon = false;
          }
        }
        limit = i;
        base += limit;
        from = 0;
      }
      if (inString || depth != 0 || start < 0 || end < 0) {
        return Optional.empty();
      }
      return Optional.of(new Found(start, end, firstLine, firstColumn, endLine, endColumn));
    }
  }
}
