package org.electionatlas.cli;

import org.electionatlas.io.GeoJson;
import org.electionatlas.model.PollingStation;

/**
 * The stations a drawing or a GeoJSON export leaves out, said in one line on standard error: those
 * without a location, and those whose location is off the globe, which {@code atlas validate}
 * reports as {@code station-location-invalid}. One line with counts rather than one per station, so
 * that an atlas of micro-degrees does not bury the terminal in 100,000 lines; validate names each
 * station.
 */
final class Unplaced {

  private Unplaced() {}

  /** The stations left out so far, counted as they go by. */
  static final class Count {
    private long absent;
    private long invalid;

    void add(PollingStation station) {
      if (station.location().isEmpty()) {
        absent++;
      } else if (GeoJson.pointOf(station).isEmpty()) {
        invalid++;
      }
    }

    /** Says how many stations the document leaves out, if any; {@code into} names it. */
    void report(Terminal terminal, String command, String into) {
      Unplaced.report(terminal, command, absent, invalid, into);
    }
  }

  private static void report(
      Terminal terminal, String command, long absent, long invalid, String into) {
    if (absent + invalid == 0) {
      return;
    }
    String which =
        absent == 0
            ? stations(invalid) + " a location off the globe"
            : invalid == 0
                ? stations(absent) + " no location"
                : stations(absent) + " no location and " + invalid + " one off the globe";
    terminal
        .err()
        .println(
            "atlas "
                + command
                + ": "
                + which
                + (absent + invalid == 1 ? " and is" : " and are")
                + " left out of "
                + into
                + (invalid > 0 ? " ('atlas validate' names them: station-location-invalid)" : ""));
  }

  private static String stations(long count) {
    return count + (count == 1 ? " station has" : " stations have");
  }
}
