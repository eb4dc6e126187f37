package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.ExtensionValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's limits: a document beyond one fails with one located message that names the limit
 * and how to raise it; a builder raises them; nothing reaches an OutOfMemoryError or a
 * StackOverflowError. The cases too large to commit to the malformed corpus are generated here.
 */
class AtlasJsonLimitsTest {

  private static final String MINIMAL = new String(Samples.bytes("minimal"), UTF_8);

  @TempDir Path directory;

  /** The minimal atlas with provenance notes of the given length. */
  private static byte[] withNotes(int length) {
    char[] notes = new char[length];
    Arrays.fill(notes, 'x');
    return MINIMAL
        .replace(
            "\"synthetic\": [", "\"notes\": \"" + new String(notes) + "\",\n    \"synthetic\": [")
        .getBytes(UTF_8);
  }

  /** The minimal atlas whose election carries an extension of arrays nested to the given depth. */
  private static String nestedTo(int depth) {
    // The root object is level 1, "election" 2, its "extensions" 3; the arrays make up the rest.
    int arrays = depth - 3;
    return MINIMAL.replace(
        "\"votingDay\"",
        "\"extensions\": {\"x\": "
            + "[".repeat(arrays)
            + "]".repeat(arrays)
            + "},\n    \"votingDay\"");
  }

  private static ExtensionValue nestedValue(int arrays) {
    ExtensionValue value = new ExtensionValue.ArrayValue(java.util.List.of());
    for (int i = 1; i < arrays; i++) {
      value = new ExtensionValue.ArrayValue(java.util.List.of(value));
    }
    return value;
  }

  @Test
  void a_fifty_megabyte_string_fails_at_the_string_with_the_limit_and_how_to_raise_it() {
    byte[] document = withNotes(50 * 1024 * 1024);

    AtlasFormatException error =
        catchThrowableOfType(
            AtlasFormatException.class, () -> AtlasJson.standard().parse(document, "big.json"));

    assertThat(error.pointer()).isEqualTo("/provenance/notes");
    assertThat(error.line() + ":" + error.column()).isEqualTo("89:14");
    assertThat(error.problem())
        .isEqualTo(
            "a string is longer than 1,000,000 characters, beyond the limit maxStringLength ="
                + " 1000000; raise it with AtlasJson.builder().maxStringLength(n) or, for the atlas"
                + " command, JAVA_OPTS=-Datlas.maxStringLength=n");
  }

  @Test
  void a_raised_string_limit_reads_a_longer_string() {
    AtlasJson json = AtlasJson.builder().maxStringLength(3_000_000).build();

    Atlas atlas = json.parse(withNotes(2_000_000), "long.json").atlas();

    assertThat(atlas.provenance().orElseThrow().notes().orElseThrow()).hasSize(2_000_000);
  }

  @Test
  void a_document_longer_than_the_limit_fails_before_it_is_scanned() {
    AtlasJson json = AtlasJson.builder().maxDocumentLength(1_000).build();

    AtlasFormatException error =
        catchThrowableOfType(
            AtlasFormatException.class, () -> json.parse(MINIMAL.getBytes(UTF_8), "a.json"));

    assertThat(error.getMessage())
        .isEqualTo(
            "a.json:1:1: the document is longer than 1,000 bytes, beyond the limit"
                + " maxDocumentLength = 1000; raise it with"
                + " AtlasJson.builder().maxDocumentLength(n) or, for the atlas command,"
                + " JAVA_OPTS=-Datlas.maxDocumentLength=n (at the top level)");
  }

  @Test
  void an_endless_stream_is_read_only_up_to_the_document_limit() {
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return ' ';
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            served[0] += length;
            return length;
          }
        };
    AtlasJson json = AtlasJson.builder().maxDocumentLength(100_000).build();

    assertThatThrownBy(() -> json.read(endless, "-"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageStartingWith("-:1:1: the document is longer than 100,000 bytes");
    assertThat(served[0]).isEqualTo(100_001);
  }

  @Test
  void a_file_longer_than_the_limit_is_refused_from_its_size() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.write(file, MINIMAL.getBytes(UTF_8));
    AtlasJson json = AtlasJson.builder().maxDocumentLength(1_000).build();

    assertThatThrownBy(() -> json.readDocument(file))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageStartingWith(file + ":1:1: the document is longer than 1,000 bytes");
    assertThat(json.readDocument(new ByteArrayInputStream(new byte[1_000]), "-")).hasSize(1_000);
  }

  @Test
  void nesting_up_to_the_limit_reads_and_one_level_more_fails() {
    assertThat(AtlasJson.standard().read(nestedTo(64)).election().extensions()).containsKey("x");

    assertThatThrownBy(() -> AtlasJson.standard().read(nestedTo(65)))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("nest more than 64 deep, beyond the limit maxNestingDepth = 64");
  }

  @Test
  void the_deepest_nesting_a_reader_allows_reads_writes_and_compares_on_a_default_stack()
      throws InterruptedException {
    AtlasJson json = AtlasJson.builder().maxNestingDepth(500).build();
    String document = nestedTo(500);
    AtomicReference<Throwable> failure = new AtomicReference<>();

    // The default stack of a thread on 64-bit Linux, Windows and macOS.
    Thread reader =
        new Thread(
            null,
            () -> {
              try {
                Atlas atlas = json.read(document);
                Atlas again = json.read(json.write(atlas));
                assertThat(again).isEqualTo(atlas).hasSameHashCodeAs(atlas);
                assertThat(again.toString()).isEqualTo(atlas.toString());
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "deep",
            1024 * 1024);
    reader.start();
    reader.join();

    assertThat(failure.get()).isNull();
  }

  @Test
  void the_builder_refuses_limits_out_of_range_and_names_them() {
    assertThatThrownBy(() -> AtlasJson.builder().maxNestingDepth(501).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be from 1 to 500, not 501");
    assertThatThrownBy(() -> AtlasJson.builder().maxStringLength(0).build())
        .hasMessage("maxStringLength must be from 1 to 2,147,483,647, not 0");
    assertThatThrownBy(() -> AtlasJson.builder().maxDocumentLength(Integer.MAX_VALUE).build())
        .hasMessage("maxDocumentLength must be from 1 to 2,147,483,639, not 2147483647");
    assertThatThrownBy(() -> AtlasJson.builder().maxNumberLength(-1).build())
        .hasMessage("maxNumberLength must be from 1 to 2,147,483,647, not -1");
    assertThatThrownBy(() -> AtlasJson.builder().maxNameLength(0).build())
        .hasMessage("maxNameLength must be from 1 to 2,147,483,647, not 0");
  }

  @Test
  void the_writer_refuses_what_its_reader_could_not_read_back() {
    Atlas minimal = Samples.load("minimal");
    Atlas deepest = atlasWithElectionExtension(minimal, nestedValue(64 - 3));
    Atlas tooDeep = atlasWithElectionExtension(minimal, nestedValue(65 - 3));

    assertThat(AtlasJson.standard().read(AtlasJson.standard().write(deepest))).isEqualTo(deepest);
    assertThatThrownBy(() -> AtlasJson.standard().write(tooDeep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "cannot write the atlas: objects and arrays nest more than 64 deep, beyond the limit"
                + " maxNestingDepth = 64");
  }

  private static Atlas atlasWithElectionExtension(Atlas atlas, ExtensionValue value) {
    return Atlas.builder()
        .from(atlas)
        .election(
            org.electionatlas.model.Election.builder()
                .from(atlas.election())
                .extensions(Map.of("x", value))
                .build())
        .build();
  }

  @Test
  void a_utf8_byte_order_mark_is_ignored_and_not_counted_as_a_column() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = concat(bom, MINIMAL.getBytes(UTF_8));
    byte[] broken = concat(bom, "{\"format\": \"geojson\"}".getBytes(UTF_8));

    assertThat(AtlasJson.standard().parse(withBom, "bom.json").atlas())
        .isEqualTo(Samples.load("minimal"));
    assertThatThrownBy(() -> AtlasJson.standard().parse(broken, "bom.json"))
        .hasMessageStartingWith("bom.json:1:12: not an atlas");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
