package org.electionatlas.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.electionatlas.model.Body;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
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

  /** {@code election "iran-2024-03-01" (انتخابات ۱۱ اسفند ۱۴۰۲ / Election of 1 March 2024)}. */
  static String election(Election election) {
    return "election \""
        + election.id()
        + "\" ("
        + election.name().fa()
        + election.name().en().map(en -> " / " + en).orElse("")
        + ")";
  }

  /** {@code 2,400}: a count with thousands separated, as clerks write them. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 1 station}, {@code 2,400 stations}. */
  static String count(long n, String singular, String plural) {
    return number(n) + " " + (n == 1 ? singular : plural);
  }

  /** {@code 7, 9 and 12}. */
  static String list(List<String> items) {
    return items.size() <= 1
        ? String.join("", items)
        : String.join(", ", items.subList(0, items.size() - 1))
            + " and "
            + items.get(items.size() - 1);
  }

  /** A name as {@code کرمان / Kerman}, or the Persian alone. */
  static String name(LocalizedName name) {
    return name.fa() + name.en().map(en -> " / " + en).orElse("");
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
