package org.electionatlas.cli;

import java.io.OutputStream;
import org.electionatlas.message.MessageStyle;

/**
 * The output formats of {@code atlas diff}, each with the writer that makes it. A new format (an
 * HTML page with a map, say) is a constant here and a {@link DiffWriter} of its own; the command
 * itself does not change.
 */
enum DiffFormat {
  /** One line per change, compiler style, with both files' line and column. */
  TEXT {
    @Override
    DiffWriter writer(OutputStream out, MessageStyle style) {
      return new TextDiffWriter(out, style);
    }
  },
  /** A versioned JSON document for programs; docs/diff.md describes it. */
  JSON {
    @Override
    DiffWriter writer(OutputStream out, MessageStyle style) {
      return new JsonDiffWriter(out, style, VersionProvider.version());
    }
  };

  /** The writer of this format to {@code out}, wording messages in {@code style}. */
  abstract DiffWriter writer(OutputStream out, MessageStyle style);
}
