package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.stream.Collectors;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.VotingMethod;

/**
 * Every electronic station is covered by an electronic-voting approval that is not REJECTED; see
 * {@link ElectronicApprovals} for what covers a station. A station covered only by PENDING
 * approvals is left to {@code station-electronic-approval-pending}. A station whose county is
 * unknown is judged only by the approvals that name it directly.
 */
final class StationElectronicUnapprovedRule extends CatalogueRule implements StationRule {

  StationElectronicUnapprovedRule() {
    super(
        "station-electronic-unapproved",
        Severity.ERROR,
        "An electronic polling station must be covered by an electronic-voting approval that is"
            + " not rejected",
        "Electronic voting is used only where the Guardian Council has approved it (the Kerman"
            + " atlas plans it for the city of Kerman if the Council approves). A station set to"
            + " ELECTRONIC without an approval, or with only rejected ones, would run a vote whose"
            + " result can be annulled; it must fall back to paper ballots, which then have to be"
            + " printed and sent. An approval covers a station when its scope names the station,"
            + " its county, its province or a constituency that contains its county, and, when the"
            + " approval lists settlements, the station's settlement has one of those Persian"
            + " names (Arabic and Persian yeh and kaf compare equal, surrounding spaces are"
            + " ignored).",
        """
        "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC",
          "settlement": {"name": {"fa": "کرمان"}, "kind": "URBAN"}}],
        "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
          "scope": ["kerman"], "settlements": [{"fa": "باغین"}], "status": "APPROVED"}]""",
        """
        "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC",
          "settlement": {"name": {"fa": "کرمان"}, "kind": "URBAN"}}],
        "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
          "scope": ["kerman"], "settlements": [{"fa": "كرمان"}], "status": "APPROVED"}]""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    ElectronicApprovals approvals = ElectronicApprovals.of(frame);
    return (i, station) -> check(frame, approvals, i, station, findings);
  }

  private static void check(
      Atlas frame,
      ElectronicApprovals approvals,
      int i,
      PollingStation station,
      Findings findings) {
    if (station.votingMethod() != VotingMethod.ELECTRONIC) {
      return;
    }
    ElectronicApprovals.Cover cover = approvals.cover(station);
    if (!cover.approved().isEmpty() || !cover.pending().isEmpty()) {
      return;
    }
    if (cover.isEmpty() && !approvals.countyKnown(station)) {
      return;
    }
    findings.report(
        POLLING_STATION.pointer(i) + "/votingMethod",
        station.id(),
        Describe.entity(POLLING_STATION, station)
            + " votes electronically but "
            + (cover.isEmpty()
                ? "no electronic-voting approval covers it"
                : "the only electronic-voting approvals that cover it were REJECTED: "
                    + cover.rejected().stream()
                        .map(a -> "\"" + frame.approvals().get(a).id() + "\"")
                        .collect(Collectors.joining(", ")))
            + "; it needs one that names the station, its county \""
            + station.county()
            + "\", its province or a constituency of its county"
            + station
                .settlement()
                .map(s -> " (and, if the approval lists settlements, " + s.name().fa() + ")")
                .orElse("")
            + ", or it votes on paper");
  }
}
