package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Set;
import org.electionatlas.diff.StationFingerprints;
import org.electionatlas.diff.StationMatching;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;

/**
 * The atlas being validated set against the previous round, for the rules that {@linkplain
 * RuleInfo#needsPreviousRound() need it}: the previous round, the fingerprints of this atlas's
 * stations as they pass, and, once all have passed, which station of the previous round each one
 * is. One comparison serves every rule of a validation, so the stations are fingerprinted and
 * matched once, not once a rule.
 *
 * <p>Not thread-safe: it grows as the validation goes on.
 */
public final class RoundComparison {

  private final PreviousRound previous;
  private final StationFingerprints current = StationFingerprints.create();
  private @Nullable StationMatching matching;
  private boolean ended;

  RoundComparison(PreviousRound previous) {
    this.previous = requireNonNull(previous, "previous");
  }

  /** {@return the previous round} */
  public PreviousRound previous() {
    return previous;
  }

  /**
   * {@return which station of the previous round each station of this atlas is: by id, else by
   * county and number, else by place and name; computed once, at the first call}
   *
   * @throws IllegalStateException if called before every station has passed, that is outside {@link
   *     RuleCheck#end()}: a station matched early could match another one later
   */
  public StationMatching matching() {
    if (!ended) {
      throw new IllegalStateException(
          "stations are matched only when all have passed: call matching() from RuleCheck.end()");
    }
    if (matching == null) {
      matching = StationMatching.between(previous.stations(), current);
    }
    return matching;
  }

  /**
   * {@return those of the ids that are ids of stations of the previous round that this atlas does
   * not have, by the matching}
   *
   * @param ids the ids to look for; one pass over the previous stations, whatever their number
   */
  Set<String> removedStationsAmong(Set<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    StationMatching matched = matching();
    StationFingerprints before = matched.before();
    Set<String> found = new HashSet<>();
    for (int i = 0; i < before.size(); i++) {
      if (matched.afterIndexOf(i) < 0 && ids.contains(before.id(i))) {
        found.add(before.id(i));
      }
    }
    return found;
  }

  void accept(int index, PollingStation station) {
    current.accept(index, station);
  }

  void end() {
    ended = true;
  }
}
