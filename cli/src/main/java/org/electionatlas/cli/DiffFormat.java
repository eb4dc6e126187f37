package org.electionatlas.cli;

import java.io.OutputStream;
import org.electionatlas.io.StationStream;
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
    DiffWriter writer(OutputStream out, MessageStyle style, StationStream was, StationStream is) {
      return new TextDiffWriter(out, style);
    }
  },
  /** A versioned JSON document for programs; docs/diff.md describes it. */
  JSON {
    @Override
    DiffWriter writer(OutputStream out, MessageStyle style, StationStream was, StationStream is) {
      return new JsonDiffWriter(out, style, VersionProvider.version());
    }
  },
  /** A page with a map of the stations that changed, and the list of changes; see DiffMap. */
  HTML {
    @Override
    DiffWriter writer(OutputStream out, MessageStyle style, StationStream was, StationStream is) {
      return new HtmlDiffWriter(out, style, was, is);
    }
  };

  /**
   * The writer of this format to {@code out}, wording messages in {@code style}; the page reads the
   * stations of the two atlases again for the map.
   */
  abstract DiffWriter writer(
      OutputStream out, MessageStyle style, StationStream was, StationStream is);
}
