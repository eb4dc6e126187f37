package org.electionatlas.validation;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;

/** No two entities of one kind share an id. */
final class IdDuplicateRule implements Rule {

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
  public void check(Atlas atlas, Findings findings) {
    AtlasIndex index = atlas.index();
    for (EntityKind kind : EntityKind.values()) {
      List<? extends Identified> entities = kind.entitiesOf(atlas);
      for (int i = 0; i < entities.size(); i++) {
        String id = entities.get(i).id();
        int first = index.position(kind, id).orElse(i);
        if (first != i) {
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
    }
  }
}
