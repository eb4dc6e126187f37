package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.ISSUE;
import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;
import org.electionatlas.model.PollingStation;

/**
 * Every reference of one kind resolves to an entity of the kinds it may name: a station's county to
 * a county, an issue's scope to a province, county, constituency or station. One rule, many
 * instances: {@link References} lists them as a table. A station's references are checked as the
 * station passes; references in the frame at the end, when the ids of all stations are known (a
 * scope may name any station).
 *
 * <p>When the previous round is given, an issue's scope may also name a station of the previous
 * round that this atlas no longer has (one the stations' matching finds nowhere in it): that is how
 * the system of issues says why a station closed (see {@code station-removed-unexplained}).
 */
final class ReferenceRule<T extends Identified> implements Rule {

  private static final MessageTemplate UNKNOWN =
      MessageTemplate.of(
          "reference-unknown",
          "{subject} names {role} {id}, which is not {kinds} of the atlas",
          "{subject} {role} را {id} نوشته است، ولی در اطلس {kinds} با این شناسه نیست");

  private static final MessageTemplate UNKNOWN_OTHER_KIND =
      MessageTemplate.of(
          "reference-unknown.other-kind",
          "{subject} names {role} {id}, which is not {kinds} of the atlas but {other}",
          "{subject} {role} را {id} نوشته است، ولی در اطلس {kinds} با این شناسه نیست؛ این شناسه"
              + " از آنِ {other} است");

  private static final MessageTemplate SUMMARY =
      MessageTemplate.of(
          "reference-unknown.summary",
          "{subject}'s {role} must be {kinds} of the atlas",
          "{role}ِ {subject} باید به {kinds} موجود در اطلس اشاره کند");

  /** The references of one entity: the pointer of each within the entity, and the id it names. */
  @FunctionalInterface
  interface Refs<T> {
    void forEach(T entity, BiConsumer<String, String> sink);

    /** A member that may hold one id: {@code /county}. */
    static <T> Refs<T> one(String member, Function<T, Optional<String>> id) {
      String at = "/" + member;
      return (entity, sink) -> id.apply(entity).ifPresent(value -> sink.accept(at, value));
    }

    /** A member that holds a list of ids: {@code /scope/0}, {@code /scope/1}. */
    static <T> Refs<T> each(String member, Function<T, List<String>> ids) {
      return (entity, sink) -> {
        List<String> values = ids.apply(entity);
        for (int j = 0; j < values.size(); j++) {
          sink.accept("/" + member + "/" + j, values.get(j));
        }
      };
    }
  }

  private final RuleInfo info;
  private final EntityKind subjectKind;
  private final Phrase role;
  private final Set<EntityKind> targets;
  private final Refs<T> refs;

  ReferenceRule(
      String id,
      EntityKind subjectKind,
      Phrase role,
      Set<EntityKind> targets,
      Phrase rationale,
      String violatingExample,
      String passingExample,
      Refs<T> refs) {
    if (subjectKind == POLLING_STATION && targets.contains(POLLING_STATION)) {
      throw new IllegalArgumentException(
          "a station's references to stations cannot be checked one station at a time");
    }
    this.subjectKind = subjectKind;
    this.role = role;
    this.targets = EnumSet.copyOf(targets);
    this.refs = refs;
    this.info =
        RuleInfo.builder()
            .id(id)
            .defaultSeverity(Severity.ERROR)
            .summary(summary(subjectKind, role, this.targets))
            .rationale(rationale)
            .violatingExample(violatingExample)
            .passingExample(passingExample)
            .addTags("references")
            .build();
  }

  /** {@code A polling station's county must be a county of the atlas}, in both languages. */
  private static Phrase summary(EntityKind subjectKind, Phrase role, Set<EntityKind> targets) {
    Message summary =
        SUMMARY
            .with("subject", Argument.kind(subjectKind))
            .with("role", Argument.phrase(role))
            .with("kinds", Argument.kinds(targets));
    String en = summary.render(MessageStyle.ENGLISH);
    return Phrase.of(
        Character.toUpperCase(en.charAt(0)) + en.substring(1),
        summary.render(MessageStyle.PERSIAN));
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  @SuppressWarnings(
      "unchecked") // the kind's entities are Ts: the table pairs each kind with its type
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    StationIds stations = context.stations();
    if (subjectKind == POLLING_STATION) {
      return (i, station) ->
          refs.forEach(
              (T) station, (member, id) -> check(index, stations, station, i, member, id, context));
    }
    return new RuleCheck() {
      @Override
      public void station(int index, PollingStation station) {}

      @Override
      public void end() {
        List<? extends Identified> subjects = subjectKind.entitiesOf(frame);
        Set<String> previousStations = previousStations(subjects, index, stations, context);
        for (int i = 0; i < subjects.size(); i++) {
          T subject = (T) subjects.get(i);
          int position = i;
          refs.forEach(
              subject,
              (member, id) -> {
                if (!previousStations.contains(id)) {
                  check(index, stations, subject, position, member, id, context);
                }
              });
        }
      }
    };
  }

  /**
   * The ids that issues name and that, not being anything of this atlas, are stations of the
   * previous round that this atlas no longer has (a station renamed is not one: a scope should name
   * it by its new id); empty unless this rule checks issues' references to stations and the
   * previous round is given.
   */
  @SuppressWarnings("unchecked") // as in begin
  private Set<String> previousStations(
      List<? extends Identified> subjects,
      AtlasIndex index,
      StationIds stations,
      RuleContext context) {
    if (subjectKind != ISSUE
        || !targets.contains(POLLING_STATION)
        || context.previous().isEmpty()) {
      return Set.of();
    }
    Set<String> unknown = new HashSet<>();
    for (Identified subject : subjects) {
      refs.forEach(
          (T) subject,
          (member, id) -> {
            if (EnumSet.allOf(EntityKind.class).stream()
                .noneMatch(kind -> has(index, stations, kind, id))) {
              unknown.add(id);
            }
          });
    }
    return context.previous().get().removedStationsAmong(unknown);
  }

  /**
   * Reports the reference at {@code member} of the subject at {@code position} of its list when it
   * names no entity of the kinds it may; the pointer is made only then, since a million stations
   * each have a reference that resolves.
   */
  private void check(
      AtlasIndex index,
      StationIds stations,
      Identified subject,
      int position,
      String member,
      String id,
      RuleContext context) {
    for (EntityKind target : targets) {
      if (has(index, stations, target, id)) {
        return;
      }
    }
    Optional<EntityKind> other =
        EnumSet.allOf(EntityKind.class).stream()
            .filter(kind -> has(index, stations, kind, id))
            .findFirst();
    Message message =
        (other.isPresent() ? UNKNOWN_OTHER_KIND : UNKNOWN)
            .with("subject", Argument.entity(subjectKind, subject))
            .with("role", Argument.phrase(role))
            .with("id", Argument.id(id))
            .with("kinds", Argument.kinds(targets));
    if (other.isPresent()) {
      message = message.with("other", Argument.kind(other.get()));
    }
    context.report(subjectKind.pointer(position) + member, subject.id(), message);
  }

  /**
   * Whether an entity of the kind has the id: among stations, those seen so far (all of them at the
   * end).
   */
  private static boolean has(AtlasIndex index, StationIds stations, EntityKind kind, String id) {
    return kind == POLLING_STATION ? stations.indexOf(id) >= 0 : index.contains(kind, id);
  }

  @Override
  public String toString() {
    return info.id();
  }
}
