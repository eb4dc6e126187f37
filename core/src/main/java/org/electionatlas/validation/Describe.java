package org.electionatlas.validation;

import java.util.List;
import java.util.Set;
import org.electionatlas.model.Body;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.Identified;
import org.electionatlas.model.Issue;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.jspecify.annotations.Nullable;

/**
 * How messages name things: an entity by kind, id and its names in Persian and English, so that a
 * clerk recognises it without looking the id up.
 */
final class Describe {

  private Describe() {}

  /** {@code polling station "kerman-0001" (دبستان شهید باهنر / Shahid Bahonar School)}. */
  static String entity(EntityKind kind, Identified entity) {
    LocalizedName name = nameOf(entity);
    String described = kind.noun() + " \"" + entity.id() + "\"";
    if (name == null) {
      return described;
    }
    return described + " (" + name.fa() + name.en().map(en -> " / " + en).orElse("") + ")";
  }

  /** {@code "a county or a province"}. */
  static String kinds(Set<EntityKind> kinds) {
    List<String> nouns = kinds.stream().map(kind -> article(kind.noun())).toList();
    return nouns.size() == 1
        ? nouns.get(0)
        : String.join(", ", nouns.subList(0, nouns.size() - 1))
            + " or "
            + nouns.get(nouns.size() - 1);
  }

  static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static @Nullable LocalizedName nameOf(Identified entity) {
    if (entity instanceof PollingStation station) {
      return station.name();
    }
    if (entity instanceof County county) {
      return county.name();
    }
    if (entity instanceof Province province) {
      return province.name();
    }
    if (entity instanceof Constituency constituency) {
      return constituency.name();
    }
    if (entity instanceof Body body) {
      return body.name();
    }
    if (entity instanceof Event event) {
      return event.title();
    }
    if (entity instanceof Issue issue) {
      return issue.title();
    }
    return null;
  }
}
