package org.electionatlas.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;

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

  /** The positions of the approvals that cover the station, by status, in document order. */
  Cover cover(PollingStation station) {
    Set<String> scopes = new LinkedHashSet<>();
    scopes.add(station.id());
    scopes.add(station.county());
    index.county(station.county()).map(county -> county.province()).ifPresent(scopes::add);
    for (Constituency constituency : index.constituenciesOf(station.county())) {
      scopes.add(constituency.id());
    }
    Optional<String> settlement =
        station.settlement().map(s -> Spelling.key(s.name().fa())).filter(s -> !s.isEmpty());
    Set<Integer> covering = new TreeSet<>();
    for (String scope : scopes) {
      Map<String, List<Integer>> bySettlement = byScope.get(scope);
      if (bySettlement == null) {
        continue;
      }
      covering.addAll(bySettlement.getOrDefault(ANY_SETTLEMENT, List.of()));
      settlement.ifPresent(s -> covering.addAll(bySettlement.getOrDefault(s, List.of())));
    }
    List<Integer> approved = new ArrayList<>();
    List<Integer> pending = new ArrayList<>();
    List<Integer> rejected = new ArrayList<>();
    for (int position : covering) {
      ApprovalStatus status = atlas.approvals().get(position).status();
      (status == ApprovalStatus.APPROVED
              ? approved
              : status == ApprovalStatus.PENDING ? pending : rejected)
          .add(position);
    }
    return new Cover(approved, pending, rejected);
  }

  /** Whether the station's county is a county of the atlas. */
  boolean countyKnown(PollingStation station) {
    return index.county(station.county()).isPresent();
  }
}
