package org.electionatlas.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.electionatlas.io.AtlasFormatException;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckedSource;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.Findings;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.StationCheck;
import org.electionatlas.validation.StationIds;
import org.electionatlas.validation.StationRule;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;

/**
 * Task: validate an atlas file too large to hold in memory — a national atlas of a million stations
 * — with the standard rules and one of your own, and print each finding with its line and column.
 *
 * <p>{@link AtlasJson#validate(Path, Validator)} reads the file as a stream: one station at a time,
 * with compact state. A rule of your own takes part when it is a {@link StationRule}: it sees the
 * atlas without its stations first, then each station, then the end; here it counts the stations
 * over a voter limit and reports the total at the end, beside one finding per station.
 */
public final class ValidateALargeFile {

  private ValidateALargeFile() {}

  /** A warning for each station that expects more voters than one ballot box serves in a day. */
  static final class CrowdedStation implements StationRule {

    static final int LIMIT = 2_500;

    @Override
    public String id() {
      return "station-crowded";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "A polling station should expect at most " + LIMIT + " voters";
    }

    @Override
    public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
      return (index, station) -> {
        if (station.expectedVoters() > LIMIT) {
          findings.report(
              "/pollingStations/" + index + "/expectedVoters",
              station.id(),
              describe(station) + " expects " + station.expectedVoters() + " voters");
        }
      };
    }

    private static String describe(PollingStation station) {
      return "polling station \"" + station.id() + "\"";
    }
  }

  /**
   * Runs the example.
   *
   * @param args the atlas file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println(
          "usage: ValidateALargeFile ATLAS.json (atlas generate --stations N makes one)");
      return;
    }
    run(Path.of(args[0]), System.out);
  }

  static void run(Path file, PrintStream out) throws IOException {
    Validator validator = Validator.builder().addRule(new CrowdedStation()).build();
    CheckedSource checked;
    try {
      checked = AtlasJson.standard().validate(file, validator);
    } catch (AtlasFormatException e) {
      out.println(e.getMessage());
      return;
    }
    ValidationReport report = checked.report().orElseThrow();
    CheckedSource.Contents contents = checked.contents().orElseThrow();
    for (Violation violation : report.violations()) {
      String where =
          contents
              .locator()
              .locate(violation.pointer())
              .map(location -> file + ":" + location)
              .orElse(file.toString());
      out.println(where + ": " + violation);
    }
    out.println(
        file + ": " + contents.pollingStations() + " polling stations: " + report.summary());
  }
}
