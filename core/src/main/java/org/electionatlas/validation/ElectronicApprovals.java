package org.electionatlas.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;

/**
 * Which electronic-voting approvals cover a polling station.
 *
 * <p>An approval covers a station when its scope names the station, the station's county, the
 * county's province, or a constituency (of any contest) that lists the county; and, when the
 * approval names settlements, the station's settlement has one of those Persian names, compared
 * with {@link Spelling#key} so that Arabic and Persian yeh and kaf match.
 *
 * <p>The approvals are indexed once by scope id (and settlement), so finding a station's approvals
 * takes a handful of hash lookups, whatever the number of approvals and stations.
 */
final class ElectronicApprovals {

  private static final String ANY_SETTLEMENT = "";

  private final Atlas atlas;
  private final AtlasIndex index;

  /** Scope id, then settlement key ({@link #ANY_SETTLEMENT} for none), to approval positions. */
  private final Map<String, Map<String, List<Integer>>> byScope = new HashMap<>();

  private ElectronicApprovals(Atlas atlas) {
    this.atlas = atlas;
    this.index = atlas.index();
    List<Approval> approvals = atlas.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      if (approval.subject() != ApprovalSubject.ELECTRONIC_VOTING) {
        continue;
      }
      Set<String> settlements = new LinkedHashSet<>();
      for (LocalizedName settlement : approval.settlements()) {
        settlements.add(Spelling.key(settlement.fa()));
      }
      if (settlements.isEmpty()) {
        settlements.add(ANY_SETTLEMENT);
      }
      for (String scope : new LinkedHashSet<>(approval.scope())) {
        Map<String, List<Integer>> bySettlement =
            byScope.computeIfAbsent(scope, s -> new HashMap<>());
        for (String settlement : settlements) {
          bySettlement.computeIfAbsent(settlement, s -> new ArrayList<>()).add(i);
        }
      }
    }
  }

  /** Indexes the atlas's electronic-voting approvals. */
  static ElectronicApprovals of(Atlas atlas) {
    return new ElectronicApprovals(atlas);
  }

  /** What covers one station, and so whether it may vote electronically. */
  record Cover(List<Integer> approved, List<Integer> pending, List<Integer> rejected) {

    /** Whether no approval of any status covers the station. */
    boolean isEmpty() {
      return approved.isEmpty() && pending.isEmpty() && rejected.isEmpty();
    }
  }

  private static final Cover NO_COVER = new Cover(List.of(), List.of(), List.of());

  /** The positions of the approvals that cover the station, by status, in document order. */
  Cover cover(PollingStation station) {
    if (byScope.isEmpty()) {
      return NO_COVER;
    }
    Covering covering = new Covering(station);
    covering.scope(station.id());
    covering.scope(station.county());
    Optional<County> county = index.county(station.county());
    if (county.isPresent()) {
      covering.scope(county.get().province());
    }
    for (Constituency constituency : index.constituenciesOf(station.county())) {
      covering.scope(constituency.id());
    }
    return covering.cover();
  }

  /**
   * The approvals found for one station so far, as positions that may repeat (a scope named twice,
   * an approval that names both the station and its county); the station's settlement key is
   * computed only when an approval of one of its scopes lists settlements.
   */
  private final class Covering {
    private final PollingStation station;
    private @Nullable String settlementKey;
    private int[] positions = new int[8];
    private int count;

    Covering(PollingStation station) {
      this.station = station;
    }

    void scope(String scope) {
      Map<String, List<Integer>> bySettlement = byScope.get(scope);
      if (bySettlement == null) {
        return;
      }
      List<Integer> anywhere = bySettlement.get(ANY_SETTLEMENT);
      if (anywhere != null) {
        addAll(anywhere);
      }
      if (bySettlement.size() > (anywhere == null ? 0 : 1)) {
        String key = settlementKey();
        List<Integer> inSettlement = key.isEmpty() ? null : bySettlement.get(key);
        if (inSettlement != null) {
          addAll(inSettlement);
        }
      }
    }

    /** The key of the station's settlement's Persian name; empty when it has none. */
    private String settlementKey() {
      String key = settlementKey;
      if (key == null) {
        key = station.settlement().map(s -> Spelling.key(s.name().fa())).orElse(ANY_SETTLEMENT);
        settlementKey = key;
      }
      return key;
    }

    private void addAll(List<Integer> more) {
      if (count + more.size() > positions.length) {
        positions = Arrays.copyOf(positions, Math.max(positions.length * 2, count + more.size()));
      }
      for (int position : more) {
        positions[count++] = position;
      }
    }

    Cover cover() {
      if (count == 0) {
        return NO_COVER;
      }
      Arrays.sort(positions, 0, count);
      List<Integer> approved = new ArrayList<>();
      List<Integer> pending = new ArrayList<>();
      List<Integer> rejected = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        int position = positions[k];
        if (k > 0 && position == positions[k - 1]) {
          continue;
        }
        ApprovalStatus status = atlas.approvals().get(position).status();
        (status == ApprovalStatus.APPROVED
                ? approved
                : status == ApprovalStatus.PENDING ? pending : rejected)
            .add(position);
      }
      return new Cover(approved, pending, rejected);
    }
  }

  /** Whether the station's county is a county of the atlas. */
  boolean countyKnown(PollingStation station) {
    return index.county(station.county()).isPresent();
  }
}
