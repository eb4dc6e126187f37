package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/**
 * A {@link ReferenceRule} whose references are in the frame (an issue's scope, a county's province)
 * checked as a {@link StationRule}: any reference may name a station, so the references are
 * resolved at the end, against the frame's ids and those of all the stations seen. The findings'
 * pointers are in the frame, so reporting them at the end loses nothing.
 */
final class FrameReferenceRule implements StationRule {

  private final ReferenceRule rule;

  private FrameReferenceRule(ReferenceRule rule) {
    this.rule = rule;
  }

  /**
   * The rules, with each reference rule whose subjects are in the frame (not stations) made a
   * {@code FrameReferenceRule}.
   */
  static List<Rule> streamable(List<Rule> rules) {
    return rules.stream()
        .map(
            r ->
                r instanceof ReferenceRule reference && reference.subjectKind() != POLLING_STATION
                    ? new FrameReferenceRule(reference)
                    : r)
        .toList();
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    return new StationCheck() {
      @Override
      public void station(int index, PollingStation station) {}

      @Override
      public void end() {
        rule.check(frame, KnownIds.of(frame, stations), findings);
      }
    };
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public Severity defaultSeverity() {
    return rule.defaultSeverity();
  }

  @Override
  public String summary() {
    return rule.summary();
  }

  @Override
  public String rationale() {
    return rule.rationale();
  }

  @Override
  public String violatingExample() {
    return rule.violatingExample();
  }

  @Override
  public String passingExample() {
    return rule.passingExample();
  }

  @Override
  public String toString() {
    return rule.id();
  }
}
