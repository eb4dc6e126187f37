package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schema (draft 2020-12) of the atlas format, version {@value
 * org.electionatlas.model.Atlas#SCHEMA_VERSION}, for tools that do not use this library: editors
 * that complete and check atlases as they are typed, other languages' validators, API descriptions.
 *
 * <p>The schema describes what {@link AtlasJson} reads. The tests prove that the two accept and
 * reject the same documents of a corpus, except for the differences docs/format.md lists (duplicate
 * keys, impossible calendar dates and unknown time zones, which a schema cannot express; malformed
 * ids, which the schema rejects and the reader leaves to the validator).
 *
 * <pre>{@code
 * Files.writeString(Path.of("atlas.schema.json"), AtlasSchema.text());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasSchema {

  /** The schema's {@code $id}: its name, not a promise that the address can be fetched. */
  public static final String ID = "https://electionatlas.org/schemas/atlas/1/atlas.schema.json";

  private static final String RESOURCE = "atlas.schema.json";

  private AtlasSchema() {}

  /** {@return the schema document, UTF-8 JSON text ending with a newline} */
  public static String text() {
    return new String(bytes(), UTF_8);
  }

  /** {@return the schema document as UTF-8 bytes} */
  public static byte[] bytes() {
    try (InputStream in = AtlasSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + RESOURCE + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
