package org.electionatlas.cli;

import java.io.IOException;
import java.util.List;
import org.electionatlas.diff.AreaSummary;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.diff.FieldChange;
import org.electionatlas.validation.SourceLocation;

/**
 * Writes the result of {@code atlas diff} as it is found: first what is known before the stations
 * are compared again (the sources, the totals and the summaries per county and province), then each
 * change with where it is in both files, then the end. A million changes are written as they come,
 * never held.
 */
interface DiffWriter {

  /** Where something is in each file; a side that lacks it is placed at its nearest ancestor. */
  record Place(
      String beforePointer, SourceLocation before, String afterPointer, SourceLocation after) {}

  /** A change and the place of its own line and of each of its fields' lines. */
  record Located(EntityChange change, Place place, List<Place> fields) {
    public Located {
      fields = List.copyOf(fields);
      if (fields.size() != change.fields().size()) {
        throw new IllegalArgumentException("a place for each field change");
      }
    }

    FieldChange field(int k) {
      return change.fields().get(k);
    }
  }

  /** What is known of the whole diff before its changes are written. */
  record Header(
      String before,
      String after,
      int beforeStations,
      int afterStations,
      Totals totals,
      AreaSummary areas) {}

  /** How many entities were added, removed, changed and given a new id. */
  record Totals(long added, long removed, long changed, long renamed) {
    long all() {
      return added + removed + changed;
    }

    boolean isSame() {
      return all() == 0;
    }
  }

  /** Writes what comes before the changes; called once, first. */
  void begin(Header header) throws IOException;

  /** Writes one change, in the order the diff lists them. */
  void change(Located change) throws IOException;

  /** Writes what comes after the changes and flushes; called once, last. */
  void end() throws IOException;
}
