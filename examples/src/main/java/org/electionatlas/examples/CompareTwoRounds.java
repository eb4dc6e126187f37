package org.electionatlas.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.electionatlas.diff.AreaChange;
import org.electionatlas.diff.AtlasDiff;
import org.electionatlas.diff.ChangeType;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.diff.FieldChange;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;

/**
 * Task: say what changed between two versions of an atlas, as a clerk reads it: each station added,
 * removed, given a new id, or changed (and then what: moved so far and which way, renumbered, its
 * expected voters up or down), then the figures of each county and province that changed.
 *
 * <p>Compares the two files named by the arguments, or the bundled Kerman sample with a revised
 * copy of it, {@code kerman-1402-revised.json}, bundled with this example: the Guardian Council's
 * approval of electronic voting in the city of Kerman came, one station there turned electronic,
 * one moved, one got a new id, one was closed, a mobile one was added, an issue was resolved. A
 * third argument {@code fa} words it in Persian, with Jalali dates.
 */
public final class CompareTwoRounds {

  /** The revised copy of the Kerman sample, a resource of this package. */
  static final String REVISED = "kerman-1402-revised.json";

  private CompareTwoRounds() {}

  /**
   * Runs the example.
   *
   * @param args the older and the newer atlas file, and optionally {@code fa}; or nothing for the
   *     bundled sample and its revised copy
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws IOException {
    AtlasJson json = AtlasJson.standard();
    Atlas before;
    Atlas after;
    if (args.length >= 2) {
      before = json.read(Path.of(args[0]));
      after = json.read(Path.of(args[1]));
    } else {
      before =
          json.parse(Samples.bytes(Samples.DEFAULT), Samples.sourceName(Samples.DEFAULT)).atlas();
      try (InputStream revised = CompareTwoRounds.class.getResourceAsStream(REVISED)) {
        if (revised == null) {
          throw new IOException("the resource " + REVISED + " is missing");
        }
        after = json.read(revised, REVISED);
      }
    }
    MessageStyle style =
        args.length == 3 && args[2].equals("fa") ? MessageStyle.PERSIAN : MessageStyle.ENGLISH;

    AtlasDiff diff = AtlasDiff.between(before, after);
    for (EntityChange change : diff.changes()) {
      // A change of fields is said by its fields; an addition, removal or new id by itself.
      if (change.type() != ChangeType.CHANGED) {
        out.println(change.message().render(style));
      }
      for (FieldChange field : change.fields()) {
        out.println(field.message().render(style));
      }
    }
    for (AreaChange area : diff.areas().provinces()) {
      out.println(area.message().render(style));
    }
    for (AreaChange area : diff.areas().counties()) {
      out.println(area.message().render(style));
    }
  }
}
