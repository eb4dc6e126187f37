package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.HashSet;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;

/**
 * Every HIGH-risk station is named, by its own id, in the scope of an issue. An issue that names
 * only the station's county, province or constituency does not count.
 */
final class StationHighRiskUnaddressedRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-high-risk-unaddressed")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A HIGH-risk polling station should be named in the scope of an issue",
                  "شعبهٔ اخذ رأی پرخطر (HIGH) باید در دامنهٔ یک مسئله نام برده شود"))
          .rationale(
              Phrase.of(
                  "Rating a station HIGH risk is the first half of the atlas's security work; the"
                      + " second is an issue with an owner and a mitigation (extra police, a"
                      + " different building, more observers). A HIGH-risk station no issue names"
                      + " has been seen and then left alone. Only an issue that names the station"
                      + " itself counts, whatever its status: an issue about the whole county (late"
                      + " ballots, say) does not address this station's risk, and letting it count"
                      + " would let one broad issue silence every risky station of a county.",
                  "پرخطر خواندن شعبه نیمهٔ نخست کار امنیتی اطلس است؛ نیمهٔ دوم مسئله‌ای است با"
                      + " مسئول و راهکار (نیروی انتظامی بیشتر، ساختمانی دیگر، ناظران بیشتر). شعبهٔ"
                      + " پرخطری که هیچ مسئله‌ای نامش را نبرده دیده و رها شده است. فقط مسئله‌ای"
                      + " به حساب می‌آید که خود شعبه را نام ببرد، با هر وضعیتی: مسئله‌ای دربارهٔ"
                      + " کل شهرستان (مثلاً دیر رسیدن تعرفه‌ها) خطر این شعبه را چاره نمی‌کند، و"
                      + " به حساب آوردنش یک مسئلهٔ کلی را پوشش همهٔ شعبه‌های پرخطر شهرستان"
                      + " می‌کرد."))
          .violatingExample(
              """
              "pollingStations": [{"id": "bam-0042", "county": "bam", "risk": {"level": "HIGH"}}],
              "issues": [{"id": "bam-security", "scope": ["bam"]}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "bam-0042", "county": "bam", "risk": {"level": "HIGH"}}],
              "issues": [{"id": "bam-security", "scope": ["bam", "bam-0042"], "owner": "bam-hq"}]""")
          .addTags("stations", "issues")
          .build();

  private static final MessageTemplate UNADDRESSED =
      MessageTemplate.of(
          "station-high-risk-unaddressed",
          "{station} is HIGH risk but no issue names it in its scope; add it to an issue with an"
              + " owner and a mitigation",
          "{station} پرخطر (HIGH) است ولی هیچ مسئله‌ای آن را در دامنه‌اش نام نبرده است؛ آن را به"
              + " مسئله‌ای با مسئول و راهکار بیفزایید");

  private static final MessageTemplate UNADDRESSED_NOTED =
      MessageTemplate.of(
          "station-high-risk-unaddressed.note",
          "{station} is HIGH risk ({note}) but no issue names it in its scope; add it to an issue"
              + " with an owner and a mitigation",
          "{station} پرخطر (HIGH) است ({note}) ولی هیچ مسئله‌ای آن را در دامنه‌اش نام نبرده است؛"
              + " آن را به مسئله‌ای با مسئول و راهکار بیفزایید");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    Set<String> named = new HashSet<>();
    for (Issue issue : frame.issues()) {
      named.addAll(issue.scope());
    }
    return (i, station) -> {
      if (station.risk().isEmpty()
          || station.risk().get().level() != RiskLevel.HIGH
          || named.contains(station.id())) {
        return;
      }
      Risk risk = station.risk().get();
      Argument subject = Argument.entity(POLLING_STATION, station);
      Message message =
          risk.note().isPresent()
              ? UNADDRESSED_NOTED
                  .with("station", subject)
                  .with("note", Argument.text(risk.note().get()))
              : UNADDRESSED.with("station", subject);
      context.report(POLLING_STATION.pointer(i) + "/risk", station.id(), message);
    };
  }
}
