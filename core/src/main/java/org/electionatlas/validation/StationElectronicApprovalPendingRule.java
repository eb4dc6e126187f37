package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;
import static org.electionatlas.model.EntityKind.BODY;
import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.VotingMethod;

/**
 * Electronic stations that only a PENDING approval covers. Reported once per approval, at its
 * status, with the number of electronic stations that wait on it: the Kerman atlas has dozens of
 * electronic stations in the city of Kerman and one pending approval, and one finding says so
 * better than dozens.
 */
final class StationElectronicApprovalPendingRule extends CatalogueRule implements StationRule {

  StationElectronicApprovalPendingRule() {
    super(
        "station-electronic-approval-pending",
        Severity.WARNING,
        "Electronic polling stations should not wait on an approval that is still pending",
        "Until the Guardian Council approves electronic voting, stations planned as electronic may"
            + " have to vote on paper: ballots, boxes and staff trained for paper must be ready"
            + " for them as a fallback, and the devices may not be needed. The finding is made"
            + " once per pending approval, counting the electronic stations that wait on it (those"
            + " it covers that no APPROVED approval covers), so that the headquarters knows how"
            + " large the fallback must be. Coverage is as for station-electronic-unapproved.",
        """
        "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC"}],
        "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
          "scope": ["kerman"], "authority": "guardian-council", "status": "PENDING"}]""",
        """
        "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC"}],
        "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
          "scope": ["kerman"], "authority": "guardian-council", "status": "APPROVED",
          "decidedOn": "2024-02-10"}]""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    ElectronicApprovals approvals = ElectronicApprovals.of(frame);
    AtlasIndex index = frame.index();
    Set<String> stationScopes = stationScopes(frame);
    Map<String, String> stationsNamed = new HashMap<>();
    Map<Integer, Integer> waiting = new TreeMap<>();
    return new StationCheck() {
      @Override
      public void station(int i, PollingStation station) {
        if (stationScopes.contains(station.id())) {
          stationsNamed.putIfAbsent(station.id(), Describe.entity(POLLING_STATION, station));
        }
        if (station.votingMethod() != VotingMethod.ELECTRONIC) {
          return;
        }
        ElectronicApprovals.Cover cover = approvals.cover(station);
        if (cover.approved().isEmpty()) {
          for (int pending : cover.pending()) {
            waiting.merge(pending, 1, Integer::sum);
          }
        }
      }

      @Override
      public void end() {
        waiting.forEach(
            (position, count) -> {
              Approval approval = frame.approvals().get(position);
              findings.report(
                  APPROVAL.pointer(position) + "/status",
                  approval.id(),
                  Describe.count(count, "electronic station", "electronic stations")
                      + " "
                      + where(approval, index, stationsNamed)
                      + (count == 1 ? " waits" : " wait")
                      + " on approval \""
                      + approval.id()
                      + "\""
                      + ", which is still PENDING with "
                      + index
                          .body(approval.authority())
                          .map(body -> Describe.entity(BODY, body))
                          .orElse("\"" + approval.authority() + "\"")
                      + (count == 1 ? "; it votes" : "; they vote")
                      + " on paper unless it is approved");
            });
      }
    };
  }

  /**
   * The ids that pending electronic-voting approvals name as their only scope and that {@link
   * #where} may describe as a station: no kind listed before stations has them. The first station
   * with each is remembered (as {@link AtlasIndex#find} would give it), a few names at most.
   */
  private static Set<String> stationScopes(Atlas frame) {
    AtlasIndex index = frame.index();
    Set<String> ids = new HashSet<>();
    for (Approval approval : frame.approvals()) {
      if (approval.subject() != ApprovalSubject.ELECTRONIC_VOTING
          || approval.status() != ApprovalStatus.PENDING
          || approval.scope().size() != 1) {
        continue;
      }
      String id = approval.scope().get(0);
      boolean before = false;
      for (EntityKind kind : EntityKind.values()) {
        if (kind == POLLING_STATION) {
          break;
        }
        before |= kind != APPROVAL && index.contains(kind, id);
      }
      if (!before) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** {@code in کرمان / Kerman}, or {@code in county "kerman" (…)}, or the scope's ids. */
  private static String where(
      Approval approval, AtlasIndex index, Map<String, String> stationsNamed) {
    if (!approval.settlements().isEmpty()) {
      return "in "
          + approval.settlements().stream().map(Describe::name).collect(Collectors.joining(" or "));
    }
    List<String> scope = approval.scope();
    if (scope.size() == 1) {
      String id = scope.get(0);
      for (EntityKind kind : EntityKind.values()) {
        if (kind == POLLING_STATION) {
          String station = stationsNamed.get(id);
          if (station != null) {
            return "in " + station;
          }
        } else if (kind != APPROVAL && index.contains(kind, id)) {
          return "in " + Describe.entity(kind, index.find(kind, id).orElseThrow());
        }
      }
    }
    return "in its scope (" + String.join(", ", scope) + ")";
  }
}
