package org.electionatlas.io.internal;

import java.util.Locale;
import org.electionatlas.message.MessageStyle;
import tools.jackson.core.JsonGenerator;

/**
 * The members every JSON document the command writes for a person's tools shares, the validation
 * report and the diff alike: which tool wrote it, and the language and calendar its sentences and
 * dates are in. One place, so that the two documents cannot come to say it differently.
 */
public final class JsonHeader {

  private JsonHeader() {}

  /**
   * Writes {@code "tool": {"name": "atlas", "version": …}, "language": …, "calendar": …} into the
   * object the generator is in.
   *
   * @param gen the generator, inside the document's top-level object
   * @param toolVersion the version of the atlas command
   * @param style the language and calendar of the document's messages
   */
  public static void write(JsonGenerator gen, String toolVersion, MessageStyle style) {
    gen.writeName("tool");
    gen.writeStartObject();
    gen.writeStringProperty("name", "atlas");
    gen.writeStringProperty("version", toolVersion);
    gen.writeEndObject();
    gen.writeStringProperty("language", style.language().tag());
    gen.writeStringProperty("calendar", style.calendar().name().toLowerCase(Locale.ROOT));
  }
}
