package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.List;
import java.util.regex.Pattern;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;

/** Every id matches {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
final class IdMalformedRule implements StationRule {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  @Override
  public String id() {
    return "id-malformed";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "An id must be 1 to 64 ASCII letters, digits, dots, underscores or hyphens, starting"
        + " with a letter or digit";
  }

  @Override
  public String rationale() {
    return "Ids are joined with other datasets, used in file names and URLs, and typed by clerks."
        + " Spaces, Persian letters that look alike, or a leading hyphen make the same id read"
        + " differently in different tools.";
  }

  @Override
  public String violatingExample() {
    return """
        "pollingStations": [{"id": "kerman 0001", "county": "kerman"}]""";
  }

  @Override
  public String passingExample() {
    return """
        "pollingStations": [{"id": "kerman-0001", "county": "kerman"}]""";
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    String electionId = frame.election().id();
    if (!ID.matcher(electionId).matches()) {
      findings.report("/election/id", electionId, message("the election", electionId));
    }
    for (EntityKind kind : EntityKind.values()) {
      List<? extends Identified> entities = kind.entitiesOf(frame);
      for (int i = 0; i < entities.size(); i++) {
        check(kind, i, entities.get(i).id(), findings);
      }
    }
    return (i, station) -> check(POLLING_STATION, i, station.id(), findings);
  }

  private static void check(EntityKind kind, int i, String id, Findings findings) {
    if (!ID.matcher(id).matches()) {
      findings.report(kind.pointer(i) + "/id", id, message("the " + kind.noun(), id));
    }
  }

  private static String message(String whose, String id) {
    String problem;
    if (id.isEmpty()) {
      problem = "is empty";
    } else if (id.length() > 64) {
      problem = "is " + id.length() + " characters long; at most 64 are allowed";
    } else if (!Character.isLetterOrDigit(id.charAt(0)) || id.charAt(0) > 127) {
      problem = "must start with an ASCII letter or digit";
    } else {
      problem = "may hold only ASCII letters, digits, '.', '_' and '-'";
    }
    return "the id \"" + id + "\" of " + whose + " " + problem;
  }
}
