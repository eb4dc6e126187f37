package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.electionatlas.diff.AreaChange;
import org.electionatlas.diff.ChangeType;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.jspecify.annotations.Nullable;

/**
 * {@code atlas diff}'s text: one line per change, in the manner of a compiler,
 *
 * <pre>
 * OLD:LINE:COL: NEW:LINE:COL: TYPE [MESSAGE-KEY] MESSAGE (at /POINTER)
 * </pre>
 *
 * then a line for each province and county whose stations changed, and a last line of totals. Two
 * identical atlases print nothing, as {@code diff} does. The type ({@code added}, {@code removed},
 * {@code changed}, {@code renamed}), the key and the pointer stay as tools read them in every
 * language; the message and the summaries are worded in the chosen one.
 */
final class TextDiffWriter implements DiffWriter {

  private static final Noun CHANGES = Noun.of("change", "changes", "تغییر");

  private static final MessageTemplate TOTAL =
      MessageTemplate.of(
          "diff.total",
          "{changes} from {before} to {after}: {added} added, {removed} removed, {changed} changed"
              + " ({renamed} with a new id)",
          "{changes} از {before} تا {after}: {added} افزوده، {removed} حذف، {changed} تغییریافته"
              + " ({renamed} با شناسهٔ تازه)");

  private final Writer out;
  private final MessageStyle style;
  private @Nullable Header header;

  TextDiffWriter(OutputStream out, MessageStyle style) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
    this.style = style;
  }

  private Header header() {
    return Objects.requireNonNull(header, "begin() comes first");
  }

  private void println(String line) throws IOException {
    out.write(line);
    out.write('\n');
  }

  @Override
  public void begin(Header header) {
    this.header = header;
  }

  @Override
  public void change(Located located) throws IOException {
    EntityChange change = located.change();
    String type = change.type().name().toLowerCase(Locale.ROOT);
    if (change.type() != ChangeType.CHANGED || change.fields().isEmpty()) {
      line(located.place(), type, change.message());
    }
    for (int k = 0; k < change.fields().size(); k++) {
      line(located.fields().get(k), type, located.field(k).message());
    }
  }

  private void line(Place place, String type, Message message) throws IOException {
    Header h = header();
    println(
        SafeText.terminal(h.before())
            + ":"
            + place.before()
            + ": "
            + SafeText.terminal(h.after())
            + ":"
            + place.after()
            + ": "
            + type
            + " ["
            + message.key()
            + "] "
            + SafeText.terminal(message.render(style))
            + " (at "
            + pointers(place)
            + ")");
  }

  private static String pointers(Place place) {
    String before = SafeText.terminal(place.beforePointer());
    String after = SafeText.terminal(place.afterPointer());
    return before.equals(after) ? before : before + " → " + after;
  }

  @Override
  public void end() throws IOException {
    Header h = header();
    if (!h.totals().isSame()) {
      for (AreaChange province : h.areas().provinces()) {
        println(SafeText.terminal(province.message().render(style)));
      }
      for (AreaChange county : h.areas().counties()) {
        println(SafeText.terminal(county.message().render(style)));
      }
      Totals totals = h.totals();
      println(
          SafeText.terminal(
              TOTAL
                  .with("changes", Argument.count(totals.all(), CHANGES))
                  .with("before", Argument.text(h.before()))
                  .with("after", Argument.text(h.after()))
                  .with("added", Argument.number(totals.added()))
                  .with("removed", Argument.number(totals.removed()))
                  .with("changed", Argument.number(totals.changed()))
                  .with("renamed", Argument.number(totals.renamed()))
                  .render(style)));
    }
    out.flush();
  }
}
