package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.BODY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Body;
import org.electionatlas.model.BodyLevel;
import org.electionatlas.model.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * A body's jurisdiction fits its level: a province for a provincial body, a county for a county
 * body, none for a national one. A jurisdiction that names nothing is left to {@code
 * body-jurisdiction-unknown}; an id that names both a province and a county (Kerman is both) fits
 * either level.
 */
final class BodyJurisdictionLevelMismatchRule extends CatalogueRule {

  BodyJurisdictionLevelMismatchRule() {
    super(
        "body-jurisdiction-level-mismatch",
        Severity.WARNING,
        "A body's jurisdiction should match its level: a province, a county, or none for a national"
            + " body",
        "The level says which stations a body answers for: a provincial headquarters for the whole"
            + " province, a county's for its county. A provincial body whose jurisdiction is a"
            + " county (or the reverse) is given the wrong stations in every report by body, and a"
            + " provincial or county body without a jurisdiction answers for none.",
        """
        "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS", "level": "PROVINCE",
          "jurisdiction": "ravar"}]""",
        """
        "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS", "level": "PROVINCE",
          "jurisdiction": "kerman"}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    AtlasIndex index = atlas.index();
    List<Body> bodies = atlas.bodies();
    for (int i = 0; i < bodies.size(); i++) {
      Body body = bodies.get(i);
      String problem = problem(body, index);
      if (problem != null) {
        findings.report(
            BODY.pointer(i) + "/jurisdiction",
            body.id(),
            Describe.entity(BODY, body) + " is a " + body.level() + "-level body " + problem);
      }
    }
  }

  private static @Nullable String problem(Body body, AtlasIndex index) {
    if (body.level() == BodyLevel.NATIONAL) {
      return body.jurisdiction()
          .map(
              place ->
                  "but has jurisdiction \""
                      + place
                      + "\"; a national body works for the whole country and has none")
          .orElse(null);
    }
    EntityKind expected =
        body.level() == BodyLevel.PROVINCE ? EntityKind.PROVINCE : EntityKind.COUNTY;
    if (body.jurisdiction().isEmpty()) {
      return "without a jurisdiction; name the " + expected.noun() + " it works for";
    }
    String place = body.jurisdiction().get();
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    kinds.addAll(index.kindsOf(place));
    kinds.retainAll(EnumSet.of(EntityKind.PROVINCE, EntityKind.COUNTY));
    if (kinds.isEmpty() || kinds.contains(expected)) {
      return null;
    }
    return "but its jurisdiction \""
        + place
        + "\" is "
        + Describe.kinds(kinds)
        + ", not "
        + Describe.article(expected.noun());
  }
}
