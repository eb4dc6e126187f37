package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.electionatlas.diff.StationFingerprints;
import org.electionatlas.diff.StationMatching;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;

/**
 * The atlas being validated set against the previous round, for the rules that {@linkplain
 * RuleInfo#needsPreviousRound() need it}: which station of the previous round each station of this
 * atlas is. One comparison serves every rule of a validation.
 *
 * <p>Stations are paired as {@code atlas diff} pairs them ({@link StationMatching}): by id, else by
 * county and number, else by place and name. The pairing by id is made as each station passes
 * ({@link #matchById}), against the previous round's compact index, so a station that kept its id
 * (nearly all, from one round to the next) costs nothing to remember; the others are fingerprinted
 * and, at the end, paired by {@link StationMatching} with the previous stations that no station
 * took by id, read a second time ({@link #forEachLateMatch}, {@link #forEachRemoved}). Memory grows
 * with the stations whose id changed, not with the atlas. Of two stations of this atlas with the
 * same id, the first pairs by id.
 *
 * <p>Not thread-safe: it grows as the validation goes on.
 */
public final class RoundComparison {

  /**
   * A station of this atlas and the station of the previous round it is.
   *
   * @param currentIndex the station's position in this atlas's {@code pollingStations}
   * @param previousIndex its position in the previous round's {@code pollingStations}
   * @param currentId its id now
   * @param previousId its id in the previous round; another one when it was renamed
   * @param meters how far it stands from where it stood, in metres; NaN when either round gives no
   *     valid location
   * @param currentVoters the voters it expects now
   * @param previousVoters the voters it expected in the previous round
   */
  public record MatchedStation(
      int currentIndex,
      int previousIndex,
      String currentId,
      String previousId,
      double meters,
      int currentVoters,
      int previousVoters) {

    /**
     * Checks that the ids are not null.
     *
     * @param currentIndex the station's position in this atlas
     * @param previousIndex its position in the previous round
     * @param currentId its id now
     * @param previousId its id in the previous round
     * @param meters how far it moved, or NaN
     * @param currentVoters the voters it expects now
     * @param previousVoters the voters it expected then
     */
    public MatchedStation {
      requireNonNull(currentId, "currentId");
      requireNonNull(previousId, "previousId");
    }
  }

  /**
   * A station of the previous round that no station of this atlas is.
   *
   * @param previousIndex its position in the previous round's {@code pollingStations}
   * @param id its id
   * @param county the id of its county
   */
  public record RemovedStation(int previousIndex, String id, String county) {

    /**
     * Checks that the ids are not null.
     *
     * @param previousIndex its position in the previous round
     * @param id its id
     * @param county the id of its county
     */
    public RemovedStation {
      requireNonNull(id, "id");
      requireNonNull(county, "county");
    }
  }

  private final PreviousRound previous;
  private final BitSet taken = new BitSet();
  private final StationFingerprints unmatched = StationFingerprints.create();
  private int[] unmatchedIndex = new int[1 << 4];
  private @Nullable Late late;
  private boolean ended;

  /** The station given last, which the rules are checking, and what it took by id, or -1. */
  private int lastIndex = -1;

  private int lastTaken = -1;

  /** The pairing at the end of the stations no station took by id. */
  private static final class Late {
    final StationFingerprints before;
    final int[] beforeIndex;
    final StationMatching matching;

    Late(StationFingerprints before, int[] beforeIndex, StationMatching matching) {
      this.before = before;
      this.beforeIndex = beforeIndex;
      this.matching = matching;
    }
  }

  RoundComparison(PreviousRound previous) {
    this.previous = requireNonNull(previous, "previous");
  }

  /** {@return the previous round} */
  public PreviousRound previous() {
    return previous;
  }

  /**
   * {@return a check that judges every station paired with one of the previous round: those paired
   * by id as they pass, then, at the end, those paired after their id changed} What a rule that
   * compares each station with its former self needs, and nothing more.
   *
   * @param judge what receives each pair, once
   */
  public RuleCheck eachMatch(Consumer<MatchedStation> judge) {
    requireNonNull(judge, "judge");
    return new RuleCheck() {
      @Override
      public void station(int index, PollingStation station) {
        matchById(index, station).ifPresent(judge);
      }

      @Override
      public void end() {
        forEachLateMatch(judge);
      }
    };
  }

  /**
   * {@return the station of the previous round with this station's id, when there is one; the
   * pairing is final, so a rule may judge the pair while the station is checked}
   *
   * @param index the station's position, as given to {@link RuleCheck#station}; any other than the
   *     station being checked gives empty
   * @param station the station being checked, not null
   */
  public Optional<MatchedStation> matchById(int index, PollingStation station) {
    if (index != lastIndex || lastTaken < 0) {
      return Optional.empty();
    }
    int i = lastTaken;
    return Optional.of(
        new MatchedStation(
            index,
            i,
            station.id(),
            station.id(),
            previous.metersTo(i, station.location()),
            station.expectedVoters(),
            previous.expectedVoters(i)));
  }

  /**
   * Gives the stations paired only at the end, having changed their id: by county and number, or by
   * place and name.
   *
   * @param action what receives each pair
   * @throws IllegalStateException if called before every station has passed, that is outside {@link
   *     RuleCheck#end()}
   */
  public void forEachLateMatch(Consumer<MatchedStation> action) {
    Late pairs = late();
    StationFingerprints after = unmatched;
    for (int r = 0; r < after.size(); r++) {
      int b = pairs.matching.beforeIndexOf(r);
      if (b < 0) {
        continue;
      }
      action.accept(
          new MatchedStation(
              unmatchedIndex[r],
              pairs.beforeIndex[b],
              after.id(r),
              pairs.before.id(b),
              after.meters(r, pairs.before, b),
              after.expectedVoters(r),
              pairs.before.expectedVoters(b)));
    }
  }

  /**
   * Gives the stations of the previous round that no station of this atlas is, in document order.
   *
   * @param action what receives each one
   * @throws IllegalStateException if called before every station has passed, that is outside {@link
   *     RuleCheck#end()}
   */
  public void forEachRemoved(Consumer<RemovedStation> action) {
    Late pairs = late();
    for (int b = 0; b < pairs.before.size(); b++) {
      if (pairs.matching.afterIndexOf(b) < 0) {
        action.accept(
            new RemovedStation(pairs.beforeIndex[b], pairs.before.id(b), pairs.before.county(b)));
      }
    }
  }

  /** Those of the ids that are ids of stations of the previous round this atlas does not have. */
  Set<String> removedStationsAmong(Set<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Set<String> found = new HashSet<>();
    forEachRemoved(
        removed -> {
          if (ids.contains(removed.id())) {
            found.add(removed.id());
          }
        });
    return found;
  }

  void accept(int index, PollingStation station) {
    int i = previous.indexOfId(station.id());
    lastIndex = index;
    lastTaken = -1;
    if (i >= 0 && !taken.get(i)) {
      taken.set(i);
      lastTaken = i;
      return;
    }
    int r = unmatched.size();
    if (r == unmatchedIndex.length) {
      unmatchedIndex = Arrays.copyOf(unmatchedIndex, r * 2);
    }
    unmatchedIndex[r] = index;
    unmatched.accept(r, station);
  }

  void end() {
    ended = true;
  }

  private Late late() {
    if (!ended) {
      throw new IllegalStateException(
          "stations are paired only when all have passed: call this from RuleCheck.end()");
    }
    Late pairs = late;
    if (pairs == null) {
      StationFingerprints before = StationFingerprints.create();
      int[][] index = {new int[1 << 4]};
      int[] i = {0};
      previous.reread(
          station -> {
            if (!taken.get(i[0])) {
              int b = before.size();
              if (b == index[0].length) {
                index[0] = Arrays.copyOf(index[0], b * 2);
              }
              index[0][b] = i[0];
              before.accept(b, station);
            }
            i[0]++;
          });
      pairs = new Late(before, index[0], StationMatching.between(before, unmatched));
      late = pairs;
    }
    return pairs;
  }
}
