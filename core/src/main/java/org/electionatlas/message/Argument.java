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

  /**
   * {@return the argument as a person reads it: worded, with digits, quotes and dates as the
   * style's language and calendar write them}
   *
   * @param style the language and calendar to show the argument in
   */
  String render(MessageStyle style);

  /**
   * {@return the argument for programs: a {@link String}, {@link Long}, {@link Double}, a {@link
   * List} or a {@link Map} of such values} Dates are ISO-8601 Gregorian strings whatever the style.
   */
  Object value();

  /**
   * An entity of the atlas, named by kind, id and its names: {@code polling station "kerman-0001"
   * (دبستان شهید باهنر / Shahid Bahonar School)} or {@code شعبهٔ «kerman-0001» (دبستان شهید
   * باهنر)}.
   *
   * @param kind what the entity is, which chooses the noun before its id, such as {@code polling
   *     station} or {@code شعبهٔ}
   * @param entity the entity itself, whose id is quoted and whose name, if its kind has one,
   *     follows in parentheses
   * @return the argument
   */
  static Argument entity(EntityKind kind, Identified entity) {
    return new Entity(kind, entity.id(), Optional.ofNullable(nameOf(entity)));
  }

  /**
   * An entity known only by kind and id, such as one a reference names that the atlas may lack.
   *
   * @param kind what the entity is, which chooses the noun before its id
   * @param id the entity's id as the data writes it, such as {@code kerman-0001}
   * @return the argument, which shows no name
   */
  static Argument entity(EntityKind kind, String id) {
    return new Entity(kind, id, Optional.empty());
  }

  /**
   * The election, by id and name.
   *
   * @param election the election the atlas describes, whose id and name are shown
   * @return the argument
   */
  static Argument election(Election election) {
    return new ElectionName(election.id(), election.name());
  }

  /**
   * An id or other short value from the data, quoted: {@code "ravar"} or {@code «ravar»}.
   *
   * @param id the value as the data writes it, without quotes
   * @return the argument
   */
  static Argument id(String id) {
    return new Quoted(id);
  }

  /**
   * Text from the data, as it is: a code such as {@code IR-08}, a name.
   *
   * @param text the text, shown unquoted and unchanged in either language
   * @return the argument
   */
  static Argument text(String text) {
    return new Text(text);
  }

  /**
   * A name in both languages, {@code کرمان / Kerman} in English, {@code کرمان} in Persian.
   *
   * @param name the name as the data gives it; English readers see its English form after the
   *     Persian one when there is one
   * @return the argument
   */
  static Argument name(LocalizedName name) {
    return new Name(name);
  }

  /**
   * A value of an enumeration as the data writes it: {@code PENDING}, {@code MAJLIS}.
   *
   * @param value the constant, shown by its name in either language
   * @return the argument
   */
  static Argument constant(Enum<?> value) {
    return new Text(value.name());
  }

  /**
   * A whole number: {@code 2,400} or {@code ۲٬۴۰۰}.
   *
   * @param n the number, shown with its thousands grouped
   * @return the argument
   */
  static Argument number(long n) {
    return new Whole(n);
  }

  /**
   * A number with at most {@code decimals} decimals, such as a coordinate.
   *
   * @param x the number; not-a-number and infinities are shown as Java writes them
   * @param decimals the most digits to show after the decimal point, such as 4 for a latitude;
   *     trailing zeros are dropped
   * @return the argument
   */
  static Argument decimal(double x, int decimals) {
    return new Decimal(x, decimals);
  }

  /**
   * A share as a percentage with one decimal: 0.125 reads {@code 12.5%} or {@code ۱۲٫۵٪}.
   *
   * @param fraction the share as a fraction of one, such as 0.125 for an eighth
   * @return the argument
   */
  static Argument percent(double fraction) {
    return new Percent(fraction);
  }

  /**
   * A distance: {@code 850 m}, {@code 42.3 km}, {@code ۴۲٫۳ کیلومتر}.
   *
   * @param meters the distance in metres; from 1000 on it is shown in kilometres
   * @return the argument
   */
  static Argument distance(double meters) {
    return new Distance(meters);
  }

  /**
   * A count of things: {@code 1 station}, {@code 2,400 stations}, {@code ۲٬۴۰۰ شعبه}.
   *
   * @param n how many things there are
   * @param noun what is counted, which picks the singular or plural after {@code n}
   * @return the argument
   */
  static Argument count(long n, Noun noun) {
    return new Count(n, noun);
  }

  /**
   * A day, in the style's calendar.
   *
   * @param day the day as the atlas stores it, in the Gregorian calendar
   * @return the argument
   */
  static Argument date(LocalDate day) {
    return new Day(day);
  }

  /**
   * A day and time, in the style's calendar.
   *
   * @param at the day, in the Gregorian calendar, and the local time of day, shown to the minute
   * @return the argument
   */
  static Argument dateTime(LocalDateTime at) {
    return new DayTime(at);
  }

  /**
   * An event's start or end: a day, or a day and time.
   *
   * @param time the start or end; its time of day is shown only when the data gives one
   * @return the argument, as {@link #date} or {@link #dateTime} would make it
   */
  static Argument time(EventTime time) {
    return time.dateTime().isPresent() ? dateTime(time.dateTime().get()) : date(time.date());
  }

  /**
   * A kind of entity as a noun: {@code a county} or {@code شهرستان}.
   *
   * @param kind the kind, worded with an indefinite article in English
   * @return the argument
   */
  static Argument kind(EntityKind kind) {
    return new Kinds(List.of(kind));
  }

  /**
   * A kind of entity as a bare noun: {@code county} or {@code شهرستان}.
   *
   * @param kind the kind, worded without an article
   * @return the argument
   */
  static Argument noun(EntityKind kind) {
    Nouns.Label label = Nouns.of(kind);
    return new Wording(Phrase.of(label.en(), label.fa()));
  }

  /**
   * Kinds of entity as alternatives: {@code a province or a county}.
   *
   * @param kinds the kinds in the order they are to be read; copied
   * @return the argument
   */
  static Argument kinds(Collection<EntityKind> kinds) {
    return new Kinds(List.copyOf(kinds));
  }

  /**
   * Wording that differs by language but comes from no data, such as a role.
   *
   * @param phrase the wording in both languages; programs see its English one
   * @return the argument
   */
  static Argument phrase(Phrase phrase) {
    return new Wording(phrase);
  }

  /**
   * All of the items: {@code 7, 9 and 12}.
   *
   * @param items the arguments to list, in order; copied
   * @return the argument
   */
  static Argument all(List<Argument> items) {
    return new Items(items, Items.Join.ALL);
  }

  /**
   * One of the items: {@code a, b or c}.
   *
   * @param items the alternatives, in order; copied
   * @return the argument
   */
  static Argument either(List<Argument> items) {
    return new Items(items, Items.Join.EITHER);
  }

  /**
   * The items as a path, each leading to the next: {@code a → b → a}.
   *
   * @param items the steps of the path, from its start; copied
   * @return the argument
   */
  static Argument chain(List<Argument> items) {
    return new Items(items, Items.Join.CHAIN);
  }

  /**
   * The first items of a longer list, with an ellipsis: {@code 7, 9, 12, …}.
   *
   * @param items the items that are shown, in order; the caller has already left off the rest
   * @return the argument
   */
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

  /**
   * An entity of the atlas.
   *
   * @param kind what the entity is, which chooses the noun before its id
   * @param id the entity's id as the data writes it
   * @param name the entity's name, shown after its id; empty when it has none or is known only by
   *     id
   */
  record Entity(EntityKind kind, String id, Optional<LocalizedName> name) implements Argument {
    /**
     * Checks that nothing is null.
     *
     * @param kind what the entity is, which chooses the noun before its id
     * @param id the entity's id as the data writes it
     * @param name the entity's name, shown after its id; empty when it has none or is known only by
     *     id
     */
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

  /**
   * The election.
   *
   * @param id the election's id, which is also what programs see
   * @param name the election's name, shown after its id
   */
  record ElectionName(String id, LocalizedName name) implements Argument {
    /**
     * Checks that nothing is null.
     *
     * @param id the election's id, which is also what programs see
     * @param name the election's name, shown after its id
     */
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

  /**
   * A quoted value from the data.
   *
   * @param text the value as the data writes it, without quotes
   */
  record Quoted(String text) implements Argument {
    /**
     * Checks that the text is not null.
     *
     * @param text the value as the data writes it, without quotes
     */
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

  /**
   * Text from the data, shown as it is.
   *
   * @param text the text, unquoted and unchanged in either language
   */
  record Text(String text) implements Argument {
    /**
     * Checks that the text is not null.
     *
     * @param text the text, unquoted and unchanged in either language
     */
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

  /**
   * A name in several languages.
   *
   * @param name the name as the data gives it, with its Persian form and perhaps others
   */
  record Name(LocalizedName name) implements Argument {
    /**
     * Checks that the name is not null.
     *
     * @param name the name as the data gives it, with its Persian form and perhaps others
     */
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

  /**
   * A whole number.
   *
   * @param n the number, shown with its thousands grouped
   */
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

  /**
   * A number with decimals.
   *
   * @param x the number
   * @param decimals the most digits shown after the decimal point
   */
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

  /**
   * A share, shown as a percentage.
   *
   * @param fraction the share as a fraction of one, which is also what programs see
   */
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

  /**
   * A distance in metres, shown in metres or kilometres.
   *
   * @param meters the distance in metres, which is also what programs see
   */
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

  /**
   * A count of things.
   *
   * @param n how many things there are
   * @param noun what is counted
   */
  record Count(long n, Noun noun) implements Argument {
    /**
     * Checks that the noun is not null.
     *
     * @param n how many things there are
     * @param noun what is counted
     */
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

  /**
   * A day.
   *
   * @param day the day, in the Gregorian calendar as the atlas stores it
   */
  record Day(LocalDate day) implements Argument {
    /**
     * Checks that the day is not null.
     *
     * @param day the day, in the Gregorian calendar as the atlas stores it
     */
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

  /**
   * A day and time.
   *
   * @param at the day, in the Gregorian calendar, and the local time of day
   */
  record DayTime(LocalDateTime at) implements Argument {
    /**
     * Checks that the time is not null.
     *
     * @param at the day, in the Gregorian calendar, and the local time of day
     */
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

  /**
   * Kinds of entity, as alternatives.
   *
   * @param kinds the kinds in the order they are read
   */
  record Kinds(List<EntityKind> kinds) implements Argument {
    /**
     * Copies the kinds.
     *
     * @param kinds the kinds in the order they are read
     */
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

  /**
   * Wording chosen by language.
   *
   * @param phrase the wording in both languages
   */
  record Wording(Phrase phrase) implements Argument {
    /**
     * Checks that the phrase is not null.
     *
     * @param phrase the wording in both languages
     */
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

  /**
   * A list of arguments, joined as a list, alternatives, a path or the start of a list.
   *
   * @param items the arguments, in the order they are read
   * @param join how the items are joined
   */
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

    /**
     * Copies the items.
     *
     * @param items the arguments, in the order they are read
     * @param join how the items are joined
     */
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
