package org.electionatlas.examples;

import java.io.PrintStream;
import java.util.List;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.StationKind;
import org.electionatlas.validation.Findings;
import org.electionatlas.validation.Rule;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;

/**
 * Task: add a rule of one's own to the standard catalogue. An embedder whose mobile stations serve
 * only villages wants a warning for any mobile station placed in a city.
 *
 * <p>Validates the bundled Kerman sample with the standard rules and this one, and prints the first
 * of this rule's findings.
 */
public final class CustomRule {

  /** How many of the rule's findings to print. */
  private static final int SHOWN = 5;

  private CustomRule() {}

  /**
   * The embedder's rule: a mobile station whose settlement is a city is a warning. A rule has a
   * stable id, a severity, a one-line summary, and a check that reports to {@link Findings}.
   */
  static final class NoMobileStationInCity implements Rule {

    static final String ID = "mobile-station-in-city";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "A mobile station should serve villages, not a city";
    }

    @Override
    public String rationale() {
      return "Our mobile ballot boxes travel between villages; one placed in a city is usually a"
          + " fixed station entered with the wrong kind.";
    }

    @Override
    public void check(Atlas atlas, Findings findings) {
      List<PollingStation> stations = atlas.pollingStations();
      for (int i = 0; i < stations.size(); i++) {
        PollingStation station = stations.get(i);
        boolean inCity =
            station.settlement().map(s -> s.kind() == SettlementKind.URBAN).orElse(false);
        if (station.kind() == StationKind.MOBILE && inCity) {
          findings.report(
              "/pollingStations/" + i + "/kind",
              station.id(),
              "polling station \""
                  + station.id()
                  + "\" is mobile but stands in the city of "
                  + station.settlement().orElseThrow().name()
                  + "; mobile stations serve villages");
        }
      }
    }
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Validator validator = Validator.builder().addRule(new NoMobileStationInCity()).build();
    ValidationReport report = validator.validate(Samples.load(Samples.DEFAULT));

    List<Violation> found = report.violationsOf(NoMobileStationInCity.ID);
    out.println(found.size() + " mobile stations in a city, for example:");
    found.stream().limit(SHOWN).forEach(violation -> out.println("  " + violation));
    out.println("all rules: " + report.summary());
  }
}
