package org.electionatlas.validation;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/**
 * A catalogue rule that judges each polling station alone (with the frame's counties, provinces and
 * approvals to consult) and remembers nothing between stations.
 */
abstract class EachStationRule extends CatalogueRule implements StationRule {

  EachStationRule(
      String id,
      Severity severity,
      String summary,
      String rationale,
      String violatingExample,
      String passingExample) {
    super(id, severity, summary, rationale, violatingExample, passingExample);
  }

  @Override
  public final StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    return (index, station) -> check(frame, index, station, findings);
  }

  /** Checks one station; {@code frame} is the atlas without its stations. */
  abstract void check(Atlas frame, int index, PollingStation station, Findings findings);
}
