package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.EnumSet;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.PollingStation;

/**
 * A {@link ReferenceRule} whose referring entities are polling stations (a station's county), run
 * as a {@link StationRule}: each station's references are checked while it is given, against the
 * frame's entities. Summaries and messages are worded as {@link ReferenceRule} words them.
 *
 * <p>The targets cannot include polling stations (only the stations seen so far are known). When a
 * reference names no target, the message says which other kind has the id, if any: the frame's
 * kinds are all known, but among the stations only those up to and including the current one.
 */
final class StationReferenceRule extends CatalogueRule implements StationRule {

  /** Walks the references of one station, reporting each to the sink. */
  @FunctionalInterface
  interface References {
    void forEach(int index, PollingStation station, Sink sink);
  }

  /** Receives one reference: where it is and the id it names. */
  @FunctionalInterface
  interface Sink {
    void accept(String pointer, String referencedId);
  }

  private final String role;
  private final Set<EntityKind> targets;
  private final References references;

  StationReferenceRule(
      String id,
      String role,
      Set<EntityKind> targets,
      String rationale,
      String violatingExample,
      String passingExample,
      References references) {
    super(
        id,
        Severity.ERROR,
        ReferenceRule.summary(POLLING_STATION, role, targets),
        rationale,
        violatingExample,
        passingExample);
    if (targets.contains(POLLING_STATION)) {
      throw new IllegalArgumentException(
          "a station's references to stations cannot be checked one station at a time");
    }
    this.role = role;
    this.targets = EnumSet.copyOf(targets);
    this.references = references;
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasIndex index = frame.index();
    return (i, station) ->
        references.forEach(
            i,
            station,
            (pointer, referencedId) -> {
              for (EntityKind target : targets) {
                if (index.contains(target, referencedId)) {
                  return;
                }
              }
              EntityKind other = null;
              for (EntityKind kind : EntityKind.values()) {
                boolean has =
                    kind == POLLING_STATION
                        ? station.id().equals(referencedId) || stations.indexOf(referencedId) >= 0
                        : index.contains(kind, referencedId);
                if (has) {
                  other = kind;
                  break;
                }
              }
              findings.report(
                  pointer,
                  station.id(),
                  ReferenceRule.unknown(
                      POLLING_STATION, station, role, referencedId, targets, other));
            });
  }
}
