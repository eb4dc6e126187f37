package org.electionatlas.message;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.model.Body;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.Identified;
import org.electionatlas.model.Issue;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.jspecify.annotations.Nullable;

/**
 * One named value of a {@link Message}: what it is about (an entity with its id and names), a
 * count, a date, a value from the data. Each kind knows how it reads in either language and
 * calendar ({@link #render}) and what a program should see of it ({@link #value}: strings, numbers,
 * lists and maps only, ready for JSON).
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface Argument {

  /** The argument as a person reads it in the style. */
  String render(MessageStyle style);

  /**
   * The argument for programs: a {@link String}, {@link Long}, {@link Double}, a {@link List} or a
   * {@link Map} of such values. Dates are ISO-8601 Gregorian strings whatever the style.
   */
  Object value();

  /**
   * An entity of the atlas, named by kind, id and its names: {@code polling station "kerman-0001"
   * (دبستان شهید باهنر / Shahid Bahonar School)} or {@code شعبهٔ «kerman-0001» (دبستان شهید
   * باهنر)}.
   */
  static Argument entity(EntityKind kind, Identified entity) {
    return new Entity(kind, entity.id(), Optional.ofNullable(nameOf(entity)));
  }

  /** An entity known only by kind and id, such as one a reference names. */
  static Argument entity(EntityKind kind, String id) {
    return new Entity(kind, id, Optional.empty());
  }

  /** The election, by id and name. */
  static Argument election(Election election) {
    return new ElectionName(election.id(), election.name());
  }

  /** An id or other short value from the data, quoted: {@code "ravar"} or {@code «ravar»}. */
  static Argument id(String id) {
    return new Quoted(id);
  }

  /** Text from the data, as it is: a code such as {@code IR-08}, a name. */
  static Argument text(String text) {
    return new Text(text);
  }

  /** A name in both languages, {@code کرمان / Kerman} in English, {@code کرمان} in Persian. */
  static Argument name(LocalizedName name) {
    return new Name(name);
  }

  /** A value of an enumeration as the data writes it: {@code PENDING}, {@code MAJLIS}. */
  static Argument constant(Enum<?> value) {
    return new Text(value.name());
  }

  /** A whole number: {@code 2,400} or {@code ۲٬۴۰۰}. */
  static Argument number(long n) {
    return new Whole(n);
  }

  /** A number with at most {@code decimals} decimals, such as a coordinate. */
  static Argument decimal(double x, int decimals) {
    return new Decimal(x, decimals);
  }

  /** A share as a percentage with one decimal: 0.125 reads {@code 12.5%} or {@code ۱۲٫۵٪}. */
  static Argument percent(double fraction) {
    return new Percent(fraction);
  }

  /** A distance: {@code 850 m}, {@code 42.3 km}, {@code ۴۲٫۳ کیلومتر}. */
  static Argument distance(double meters) {
    return new Distance(meters);
  }

  /** A count of things: {@code 1 station}, {@code 2,400 stations}, {@code ۲٬۴۰۰ شعبه}. */
  static Argument count(long n, Noun noun) {
    return new Count(n, noun);
  }

  /** A day, in the style's calendar. */
  static Argument date(LocalDate day) {
    return new Day(day);
  }

  /** A day and time, in the style's calendar. */
  static Argument dateTime(LocalDateTime at) {
    return new DayTime(at);
  }

  /** An event's start or end: a day, or a day and time. */
  static Argument time(EventTime time) {
    return time.dateTime().isPresent() ? dateTime(time.dateTime().get()) : date(time.date());
  }

  /** A kind of entity as a noun: {@code a county} or {@code شهرستان}. */
  static Argument kind(EntityKind kind) {
    return new Kinds(List.of(kind));
  }

  /** A kind of entity as a bare noun: {@code county} or {@code شهرستان}. */
  static Argument noun(EntityKind kind) {
    Nouns.Label label = Nouns.of(kind);
    return new Wording(Phrase.of(label.en(), label.fa()));
  }

  /** Kinds of entity as alternatives: {@code a province or a county}. */
  static Argument kinds(Collection<EntityKind> kinds) {
    return new Kinds(List.copyOf(kinds));
  }

  /** Wording that differs by language but comes from no data, such as a role. */
  static Argument phrase(Phrase phrase) {
    return new Wording(phrase);
  }

  /** All of the items: {@code 7, 9 and 12}. */
  static Argument all(List<Argument> items) {
    return new Items(items, Items.Join.ALL);
  }

  /** One of the items: {@code a, b or c}. */
  static Argument either(List<Argument> items) {
    return new Items(items, Items.Join.EITHER);
  }

  /** The items as a path, each leading to the next: {@code a → b → a}. */
  static Argument chain(List<Argument> items) {
    return new Items(items, Items.Join.CHAIN);
  }

  /** The first items of a longer list, with an ellipsis: {@code 7, 9, 12, …}. */
  static Argument firstOf(List<Argument> items) {
    return new Items(items, Items.Join.OPEN);
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

  /** An entity of the atlas. */
  record Entity(EntityKind kind, String id, Optional<LocalizedName> name) implements Argument {
    /** Checks that nothing is null. */
    public Entity {
      requireNonNull(kind, "kind");
      requireNonNull(id, "id");
      requireNonNull(name, "name");
    }

    @Override
    public String render(MessageStyle style) {
      return Nouns.named(Nouns.of(kind), id, name, style);
    }

    @Override
    public Object value() {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("kind", kind.name());
      value.put("id", id);
      return value;
    }
  }

  /** The election. */
  record ElectionName(String id, LocalizedName name) implements Argument {
    /** Checks that nothing is null. */
    public ElectionName {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
    }

    @Override
    public String render(MessageStyle style) {
      return Nouns.named(Nouns.ELECTION, id, Optional.of(name), style);
    }

    @Override
    public Object value() {
      return id;
    }
  }

  /** A quoted value from the data. */
  record Quoted(String text) implements Argument {
    /** Checks that the text is not null. */
    public Quoted {
      requireNonNull(text, "text");
    }

    @Override
    public String render(MessageStyle style) {
      return style.quote(text);
    }

    @Override
    public Object value() {
      return text;
    }
  }

  /** Text from the data, shown as it is. */
  record Text(String text) implements Argument {
    /** Checks that the text is not null. */
    public Text {
      requireNonNull(text, "text");
    }

    @Override
    public String render(MessageStyle style) {
      return text;
    }

    @Override
    public Object value() {
      return text;
    }
  }

  /** A name in several languages. */
  record Name(LocalizedName name) implements Argument {
    /** Checks that the name is not null. */
    public Name {
      requireNonNull(name, "name");
    }

    @Override
    public String render(MessageStyle style) {
      if (style.language() == Language.FA) {
        return name.fa();
      }
      return name.fa() + name.en().map(en -> " / " + en).orElse("");
    }

    @Override
    public Object value() {
      return new LinkedHashMap<String, Object>(name.values());
    }
  }

  /** A whole number. */
  record Whole(long n) implements Argument {
    @Override
    public String render(MessageStyle style) {
      return style.number(n);
    }

    @Override
    public Object value() {
      return n;
    }
  }

  /** A number with decimals. */
  record Decimal(double x, int decimals) implements Argument {
    @Override
    public String render(MessageStyle style) {
      return style.decimal(x, decimals);
    }

    @Override
    public Object value() {
      return x;
    }
  }

  /** A share, shown as a percentage. */
  record Percent(double fraction) implements Argument {
    @Override
    public String render(MessageStyle style) {
      String number = style.decimal(fraction * 100, 1);
      return number + (style.language() == Language.FA ? "٪" : "%");
    }

    @Override
    public Object value() {
      return fraction;
    }
  }

  /** A distance in metres, shown in metres or kilometres. */
  record Distance(double meters) implements Argument {
    @Override
    public String render(MessageStyle style) {
      boolean fa = style.language() == Language.FA;
      if (Math.abs(meters) < 1000) {
        return style.decimal(Math.rint(meters), 0) + (fa ? " متر" : " m");
      }
      return style.decimal(meters / 1000, 1) + (fa ? " کیلومتر" : " km");
    }

    @Override
    public Object value() {
      return meters;
    }
  }

  /** A count of things. */
  record Count(long n, Noun noun) implements Argument {
    /** Checks that the noun is not null. */
    public Count {
      requireNonNull(noun, "noun");
    }

    @Override
    public String render(MessageStyle style) {
      return style.number(n) + " " + noun.after(n, style.language());
    }

    @Override
    public Object value() {
      return n;
    }
  }

  /** A day. */
  record Day(LocalDate day) implements Argument {
    /** Checks that the day is not null. */
    public Day {
      requireNonNull(day, "day");
    }

    @Override
    public String render(MessageStyle style) {
      return style.date(day);
    }

    @Override
    public Object value() {
      return day.toString();
    }
  }

  /** A day and time. */
  record DayTime(LocalDateTime at) implements Argument {
    /** Checks that the time is not null. */
    public DayTime {
      requireNonNull(at, "at");
    }

    @Override
    public String render(MessageStyle style) {
      return style.dateTime(at);
    }

    @Override
    public Object value() {
      return at.toString();
    }
  }

  /** Kinds of entity, as alternatives. */
  record Kinds(List<EntityKind> kinds) implements Argument {
    /** Copies the kinds. */
    public Kinds {
      kinds = List.copyOf(kinds);
    }

    @Override
    public String render(MessageStyle style) {
      List<String> nouns = new ArrayList<>();
      kinds.forEach(kind -> nouns.add(Nouns.of(kind).indefinite(style.language())));
      return style.either(nouns);
    }

    @Override
    public Object value() {
      return kinds.stream().map(kind -> (Object) kind.name()).toList();
    }
  }

  /** Wording chosen by language. */
  record Wording(Phrase phrase) implements Argument {
    /** Checks that the phrase is not null. */
    public Wording {
      requireNonNull(phrase, "phrase");
    }

    @Override
    public String render(MessageStyle style) {
      return phrase.in(style.language());
    }

    @Override
    public Object value() {
      return phrase.en();
    }
  }

  /** A list of arguments, joined as a list, alternatives, a path or the start of a list. */
  record Items(List<Argument> items, Join join) implements Argument {

    /** How items are joined. */
    public enum Join {
      /** {@code a, b and c}. */
      ALL,
      /** {@code a, b or c}. */
      EITHER,
      /** {@code a → b → c}. */
      CHAIN,
      /** {@code a, b, c, …}: the first of more. */
      OPEN
    }

    /** Copies the items. */
    public Items {
      items = List.copyOf(items);
      requireNonNull(join, "join");
    }

    @Override
    public String render(MessageStyle style) {
      List<String> rendered = items.stream().map(item -> item.render(style)).toList();
      return switch (join) {
        case ALL -> style.all(rendered);
        case EITHER -> style.either(rendered);
        case CHAIN -> String.join(" → ", rendered);
        case OPEN ->
            String.join(style.language() == Language.FA ? "، " : ", ", rendered)
                + (style.language() == Language.FA ? "، …" : ", …");
      };
    }

    @Override
    public Object value() {
      return items.stream().map(Argument::value).toList();
    }
  }
}
