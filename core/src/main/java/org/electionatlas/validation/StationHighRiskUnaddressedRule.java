package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.HashSet;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.RiskLevel;

/**
 * Every HIGH-risk station is named, by its own id, in the scope of an issue. An issue that names
 * only the station's county, province or constituency does not count.
 */
final class StationHighRiskUnaddressedRule extends CatalogueRule implements StationRule {

  StationHighRiskUnaddressedRule() {
    super(
        "station-high-risk-unaddressed",
        Severity.WARNING,
        "A HIGH-risk polling station should be named in the scope of an issue",
        "Rating a station HIGH risk is the first half of the atlas's security work; the second is"
            + " an issue with an owner and a mitigation (extra police, a different building, more"
            + " observers). A HIGH-risk station no issue names has been seen and then left alone."
            + " Only an issue that names the station itself counts, whatever its status: an issue"
            + " about the whole county (late ballots, say) does not address this station's risk,"
            + " and letting it count would let one broad issue silence every risky station of a"
            + " county.",
        """
        "pollingStations": [{"id": "bam-0042", "county": "bam", "risk": {"level": "HIGH"}}],
        "issues": [{"id": "bam-security", "scope": ["bam"]}]""",
        """
        "pollingStations": [{"id": "bam-0042", "county": "bam", "risk": {"level": "HIGH"}}],
        "issues": [{"id": "bam-security", "scope": ["bam", "bam-0042"], "owner": "bam-hq"}]""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    Set<String> named = new HashSet<>();
    for (Issue issue : frame.issues()) {
      named.addAll(issue.scope());
    }
    return (i, station) -> {
      if (station.risk().isEmpty()
          || station.risk().get().level() != RiskLevel.HIGH
          || named.contains(station.id())) {
        return;
      }
      findings.report(
          POLLING_STATION.pointer(i) + "/risk",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " is HIGH risk"
              + station.risk().get().note().map(note -> " (" + note + ")").orElse("")
              + " but no issue names it in its scope; add it to an issue with an owner and a"
              + " mitigation");
    };
  }
}
