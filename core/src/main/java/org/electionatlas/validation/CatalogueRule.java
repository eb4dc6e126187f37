package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/** Transitional: the old rule shape (six strings), adapted; removed once all rules are ported. */
abstract class CatalogueRule implements Rule {

  private final RuleInfo info;

  CatalogueRule(
      String id,
      Severity severity,
      String summary,
      String rationale,
      String violatingExample,
      String passingExample) {
    this.info =
        RuleInfo.builder()
            .id(requireNonNull(id, "id"))
            .defaultSeverity(severity)
            .summary(Phrase.english(summary))
            .rationale(Phrase.english(rationale))
            .violatingExample(violatingExample)
            .passingExample(passingExample)
            .build();
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  /** Old plain rules checked the frame. */
  public void check(Atlas frame, Findings findings) {}

  @Override
  public final RuleCheck begin(Atlas frame, RuleContext context) {
    Findings findings = new Findings(context);
    if (this instanceof StationRule old) {
      StationCheck check = old.begin(frame, context.stations(), findings);
      return new RuleCheck() {
        @Override
        public void station(int index, PollingStation station) {
          check.station(index, station);
        }

        @Override
        public void end() {
          check.end();
        }
      };
    }
    check(frame, findings);
    return RuleCheck.NONE;
  }

  String id() {
    return info.id();
  }

  @Override
  public String toString() {
    return info.id();
  }
}
