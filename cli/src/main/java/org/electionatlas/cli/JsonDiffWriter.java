package org.electionatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electionatlas.diff.AreaChange;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.internal.JsonHeader;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.validation.SourceLocation;
import tools.jackson.core.JsonGenerator;

/**
 * {@code atlas diff --format json}: a document of version {@value #VERSION} (docs/diff.md), with
 * beside each message what programs need: its key, its arguments as values, the pointers, lines and
 * columns of both files. Written as the changes come, so a million of them are never held.
 */
final class JsonDiffWriter implements DiffWriter {

  /** The version of the document; a change that breaks a reader raises it. */
  static final int VERSION = 1;

  private final OutputStream out;
  private final MessageStyle style;
  private final String toolVersion;
  private final JsonGenerator gen;

  JsonDiffWriter(OutputStream out, MessageStyle style, String toolVersion) {
    this.out = out;
    this.style = style;
    this.toolVersion = toolVersion;
    this.gen = AtlasJson.standard().generator(out);
  }

  @Override
  public void begin(Header header) {
    gen.writeStartObject();
    gen.writeStringProperty("format", "election-atlas-diff");
    gen.writeNumberProperty("diffVersion", VERSION);
    JsonHeader.write(gen, toolVersion, style);
    source("before", header.before(), header.beforeStations());
    source("after", header.after(), header.afterStations());
    Totals totals = header.totals();
    gen.writeBooleanProperty("same", totals.isSame());
    gen.writeName("counts");
    gen.writeStartObject();
    gen.writeNumberProperty("changes", totals.all());
    gen.writeNumberProperty("added", totals.added());
    gen.writeNumberProperty("removed", totals.removed());
    gen.writeNumberProperty("changed", totals.changed());
    gen.writeNumberProperty("renamed", totals.renamed());
    gen.writeEndObject();
    areas("provinces", header.areas().provinces());
    areas("counties", header.areas().counties());
    gen.writeArrayPropertyStart("changes");
  }

  private void source(String side, String name, int stations) {
    gen.writeName(side);
    gen.writeStartObject();
    gen.writeStringProperty("source", name);
    gen.writeNumberProperty("pollingStations", stations);
    gen.writeEndObject();
  }

  private void areas(String name, List<AreaChange> areas) {
    gen.writeArrayPropertyStart(name);
    for (AreaChange area : areas) {
      gen.writeStartObject();
      gen.writeStringProperty("id", area.id());
      if (area.name().isPresent()) {
        gen.writeStringProperty("name", area.name().get().fa());
      }
      gen.writeNumberProperty("stationsBefore", area.stationsBefore());
      gen.writeNumberProperty("stationsAfter", area.stationsAfter());
      gen.writeNumberProperty("added", area.added());
      gen.writeNumberProperty("removed", area.removed());
      gen.writeNumberProperty("movedIn", area.movedIn());
      gen.writeNumberProperty("movedOut", area.movedOut());
      gen.writeNumberProperty("votersBefore", area.votersBefore());
      gen.writeNumberProperty("votersAfter", area.votersAfter());
      message(area.message());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  @Override
  public void change(Located located) {
    EntityChange change = located.change();
    gen.writeStartObject();
    gen.writeStringProperty("type", change.type().name().toLowerCase(Locale.ROOT));
    gen.writeStringProperty("kind", change.kind().name());
    if (change.beforeId().isPresent()) {
      gen.writeStringProperty("beforeId", change.beforeId().get());
    }
    if (change.afterId().isPresent()) {
      gen.writeStringProperty("afterId", change.afterId().get());
    }
    if (change.match().isPresent()) {
      gen.writeStringProperty("match", change.match().get().name());
    }
    place(located.place());
    message(change.message());
    gen.writeArrayPropertyStart("fields");
    for (int k = 0; k < change.fields().size(); k++) {
      gen.writeStartObject();
      gen.writeStringProperty("member", located.field(k).member());
      place(located.fields().get(k));
      message(located.field(k).message());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private void place(Place place) {
    side("before", place.beforePointer(), place.before());
    side("after", place.afterPointer(), place.after());
  }

  private void side(String name, String pointer, SourceLocation at) {
    gen.writeName(name);
    gen.writeStartObject();
    gen.writeStringProperty("pointer", pointer);
    gen.writeNumberProperty("line", at.line());
    gen.writeNumberProperty("column", at.column());
    gen.writeEndObject();
  }

  private void message(Message message) {
    gen.writeStringProperty("message", message.render(style));
    gen.writeStringProperty("messageKey", message.key());
    gen.writeName("arguments");
    gen.writeStartObject();
    for (Map.Entry<String, Argument> argument : message.arguments().entrySet()) {
      gen.writeName(argument.getKey());
      value(argument.getValue().value());
    }
    gen.writeEndObject();
  }

  /** Writes what {@link Argument#value()} gives: strings, numbers, lists and maps of them. */
  private void value(Object value) {
    if (value instanceof Long n) {
      gen.writeNumber(n);
    } else if (value instanceof Double x) {
      gen.writeNumber(x);
    } else if (value instanceof List<?> list) {
      gen.writeStartArray();
      list.forEach(this::value);
      gen.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        gen.writeName(String.valueOf(entry.getKey()));
        value(entry.getValue());
      }
      gen.writeEndObject();
    } else {
      gen.writeString(String.valueOf(value));
    }
  }

  @Override
  public void end() throws IOException {
    gen.writeEndArray();
    gen.writeEndObject();
    gen.close();
    out.write('\n');
    out.flush();
  }
}
