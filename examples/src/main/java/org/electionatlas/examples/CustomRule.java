package org.electionatlas.examples;

import java.io.PrintStream;
import java.util.List;
import org.electionatlas.io.Samples;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.StationKind;
import org.electionatlas.validation.Rule;
import org.electionatlas.validation.RuleCheck;
import org.electionatlas.validation.RuleContext;
import org.electionatlas.validation.RuleInfo;
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
   * The embedder's rule: a mobile station whose settlement is a city is a warning. A rule has its
   * {@link RuleInfo} (a stable id, a severity, a one-line summary), a message template in English
   * and Persian, and a check that is shown each station and reports to its {@link RuleContext}.
   */
  static final class NoMobileStationInCity implements Rule {

    static final String ID = "mobile-station-in-city";

    static final RuleInfo INFO =
        RuleInfo.builder()
            .id(ID)
            .defaultSeverity(Severity.WARNING)
            .summary(
                Phrase.of(
                    "A mobile station should serve villages, not a city",
                    "شعبهٔ سیار باید به روستاها خدمت کند، نه به شهر"))
            .rationale(
                Phrase.english(
                    "Our mobile ballot boxes travel between villages; one placed in a city is"
                        + " usually a fixed station entered with the wrong kind."))
            .build();

    static final MessageTemplate IN_CITY =
        MessageTemplate.of(
            ID,
            "{station} is mobile but stands in the city of {city}; mobile stations serve villages",
            "{station} سیار است ولی در شهر {city} قرار دارد؛ شعبه‌های سیار به روستاها خدمت"
                + " می‌کنند");

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public RuleCheck begin(Atlas frame, RuleContext context) {
      return (index, station) -> {
        boolean inCity =
            station.settlement().map(s -> s.kind() == SettlementKind.URBAN).orElse(false);
        if (station.kind() == StationKind.MOBILE && inCity) {
          context.report(
              EntityKind.POLLING_STATION.pointer(index) + "/kind",
              station.id(),
              IN_CITY
                  .with("station", Argument.entity(EntityKind.POLLING_STATION, station))
                  .with("city", Argument.name(station.settlement().orElseThrow().name())));
        }
      };
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
    found.stream()
        .limit(1)
        .forEach(violation -> out.println("  " + violation.message(MessageStyle.PERSIAN)));
    out.println("all rules: " + report.summary());
  }
}
