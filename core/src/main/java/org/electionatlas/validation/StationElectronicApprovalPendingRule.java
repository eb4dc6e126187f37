package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;
import static org.electionatlas.model.EntityKind.BODY;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.electionatlas.model.Approval;
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
final class StationElectronicApprovalPendingRule extends CatalogueRule {

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
  public void check(Atlas atlas, Findings findings) {
    ElectronicApprovals approvals = ElectronicApprovals.of(atlas);
    Map<Integer, Integer> waiting = new TreeMap<>();
    for (PollingStation station : atlas.pollingStations()) {
      if (station.votingMethod() != VotingMethod.ELECTRONIC) {
        continue;
      }
      ElectronicApprovals.Cover cover = approvals.cover(station);
      if (cover.approved().isEmpty()) {
        for (int pending : cover.pending()) {
          waiting.merge(pending, 1, Integer::sum);
        }
      }
    }
    AtlasIndex index = atlas.index();
    waiting.forEach(
        (position, count) -> {
          Approval approval = atlas.approvals().get(position);
          findings.report(
              APPROVAL.pointer(position) + "/status",
              approval.id(),
              Describe.count(count, "electronic station", "electronic stations")
                  + " "
                  + where(approval, index)
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

  /** {@code in کرمان / Kerman}, or {@code in county "kerman" (…)}, or the scope's ids. */
  private static String where(Approval approval, AtlasIndex index) {
    if (!approval.settlements().isEmpty()) {
      return "in "
          + approval.settlements().stream().map(Describe::name).collect(Collectors.joining(" or "));
    }
    List<String> scope = approval.scope();
    if (scope.size() == 1) {
      String id = scope.get(0);
      for (EntityKind kind : index.kindsOf(id)) {
        if (kind != EntityKind.APPROVAL) {
          return "in " + Describe.entity(kind, index.find(kind, id).orElseThrow());
        }
      }
    }
    return "in its scope (" + String.join(", ", scope) + ")";
  }
}
