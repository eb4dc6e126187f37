package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;
import org.electionatlas.model.PollingStation;

/**
 * No two entities of one kind share an id. The frame's kinds are checked through its index; a
 * station's id is looked up among the ids of the stations before it, so a repeat is reported while
 * the repeating station is read.
 */
final class IdDuplicateRule implements StationRule {

  @Override
  public String id() {
    return "id-duplicate";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "Entities of one kind must have different ids";
  }

  @Override
  public String rationale() {
    return "References are by id: when two stations share one, an issue or approval naming it"
        + " covers whichever a tool happens to find first. Usually the second is a copy-paste"
        + " slip or a station counted twice.";
  }

  @Override
  public String violatingExample() {
    return """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 1},
          {"id": "ravar-0001", "county": "ravar", "number": 2}
        ]""";
  }

  @Override
  public String passingExample() {
    return """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 1},
          {"id": "ravar-0002", "county": "ravar", "number": 2}
        ]""";
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasIndex index = frame.index();
    // Kinds are reported in their order, as ever: those before stations now, stations as they
    // come, those after stations at the end.
    int at = 0;
    EntityKind[] kinds = EntityKind.values();
    for (; kinds[at] != POLLING_STATION; at++) {
      checkFrameKind(frame, index, kinds[at], findings);
    }
    int after = at + 1;
    return new StationCheck() {
      @Override
      public void station(int i, PollingStation station) {
        int first = stations.indexOf(station.id());
        if (first >= 0) {
          report(POLLING_STATION, i, first, station.id(), findings);
        }
      }

      @Override
      public void end() {
        for (int k = after; k < kinds.length; k++) {
          checkFrameKind(frame, index, kinds[k], findings);
        }
      }
    };
  }

  private static void checkFrameKind(
      Atlas frame, AtlasIndex index, EntityKind kind, Findings findings) {
    List<? extends Identified> entities = kind.entitiesOf(frame);
    for (int i = 0; i < entities.size(); i++) {
      String id = entities.get(i).id();
      int first = index.position(kind, id).orElse(i);
      if (first != i) {
        report(kind, i, first, id, findings);
      }
    }
  }

  private static void report(EntityKind kind, int i, int first, String id, Findings findings) {
    findings.report(
        kind.pointer(i) + "/id",
        id,
        "the "
            + kind.noun()
            + " id \""
            + id
            + "\" is already used at "
            + kind.pointer(first)
            + "; ids must differ within "
            + kind.member());
  }
}
