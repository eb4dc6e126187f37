package org.electionatlas.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckedSource;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.Rule;
import org.electionatlas.validation.RuleCheck;
import org.electionatlas.validation.RuleContext;
import org.electionatlas.validation.RuleInfo;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;

/**
 * Task: validate an atlas file too large to hold in memory — a national atlas of a million stations
 * — with the standard rules and two of your own, and print each finding with its line and column.
 *
 * <p>{@link AtlasJson#check(Path, Validator)} reads the file as a stream: one station at a time,
 * with compact state. Every {@link Rule} takes part: it sees the atlas without its stations first,
 * then each station, then the end. {@link CrowdedStation} reports a station while it passes; {@link
 * BusiestStation} keeps two numbers and reports the busiest station of all only at the end, when
 * that station's bytes are long gone, and the reader still gives the finding its line and column.
 */
public final class ValidateALargeFile {

  private ValidateALargeFile() {}

  /** A warning for each station that expects more voters than one ballot box serves in a day. */
  static final class CrowdedStation implements Rule {

    static final int LIMIT = 2_500;

    static final RuleInfo INFO =
        RuleInfo.builder()
            .id("station-crowded")
            .defaultSeverity(Severity.WARNING)
            .summary(
                Phrase.of(
                    "A polling station should expect at most 2,500 voters",
                    "هر شعبه باید حداکثر ۲٬۵۰۰ رأی‌دهنده داشته باشد"))
            .build();

    static final MessageTemplate CROWDED =
        MessageTemplate.of(
            "station-crowded",
            "{station} expects {voters} voters",
            "{station} {voters} رأی‌دهنده را انتظار دارد");

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public RuleCheck begin(Atlas frame, RuleContext context) {
      return (index, station) -> {
        if (station.expectedVoters() > LIMIT) {
          context.report(
              EntityKind.POLLING_STATION.pointer(index) + "/expectedVoters",
              station.id(),
              CROWDED
                  .with("station", Argument.entity(EntityKind.POLLING_STATION, station))
                  .with("voters", Argument.number(station.expectedVoters())));
        }
      };
    }
  }

  /**
   * Information naming the station that expects the most voters in the whole atlas: only known once
   * every station has been seen, so reported from {@link RuleCheck#end()}. It keeps the position
   * and the count of the busiest so far — two numbers, whatever the atlas's size.
   */
  static final class BusiestStation implements Rule {

    static final RuleInfo INFO =
        RuleInfo.builder()
            .id("station-busiest")
            .defaultSeverity(Severity.INFO)
            .summary(
                Phrase.of(
                    "Names the polling station that expects the most voters",
                    "شعبه‌ای را که بیشترین رأی‌دهنده را دارد نام می‌برد"))
            .build();

    static final MessageTemplate BUSIEST =
        MessageTemplate.of(
            "station-busiest",
            "the busiest of {stations} is {station}, number {index} in the file",
            "پرکارترینِ {stations} شعبهٔ شمارهٔ {index} در پرونده است: {station}");

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public RuleCheck begin(Atlas frame, RuleContext context) {
      return new RuleCheck() {
        private int busiest = -1;
        private int voters = -1;
        private String id = "";

        @Override
        public void station(int index, PollingStation station) {
          if (station.expectedVoters() > voters) {
            busiest = index;
            voters = station.expectedVoters();
            id = station.id();
          }
        }

        @Override
        public void end() {
          if (busiest >= 0) {
            context.report(
                EntityKind.POLLING_STATION.pointer(busiest) + "/expectedVoters",
                id,
                BUSIEST
                    .with(
                        "stations",
                        Argument.count(
                            context.stations().size(),
                            org.electionatlas.message.Noun.of("station", "stations", "شعبه")))
                    .with("station", Argument.entity(EntityKind.POLLING_STATION, id))
                    .with("index", Argument.number(busiest)));
          }
        }
      };
    }
  }

  /**
   * Runs the example.
   *
   * @param args the atlas file, and {@code fa} for Persian messages
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: ValidateALargeFile ATLAS.json [fa] (atlas generate --stations N makes one)");
      return;
    }
    MessageStyle style =
        args.length > 1 && args[1].equals("fa") ? MessageStyle.PERSIAN : MessageStyle.ENGLISH;
    run(Path.of(args[0]), style, System.out);
  }

  static void run(Path file, MessageStyle style, PrintStream out) {
    Validator validator =
        Validator.builder().addRule(new CrowdedStation()).addRule(new BusiestStation()).build();
    CheckedSource result = AtlasJson.standard().check(file, validator);
    if (result instanceof CheckedSource.Unreadable unreadable) {
      out.println(
          file
              + unreadable.failure().location().map(at -> ":" + at).orElse("")
              + ": "
              + unreadable.failure().problem());
      return;
    }
    CheckedSource.Checked checked = (CheckedSource.Checked) result;
    ValidationReport report = checked.report();
    for (Violation violation : report.violations()) {
      String where = violation.location().map(at -> file + ":" + at).orElse(file.toString());
      out.println(where + ": [" + violation.ruleId() + "] " + violation.message(style));
    }
    out.println(
        file + ": " + checked.pollingStations() + " polling stations: " + report.summary(style));
  }
}
