package org.electionatlas.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.electionatlas.message.Argument;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Body;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.Identified;
import org.electionatlas.model.Issue;
import org.electionatlas.model.Participant;
import org.electionatlas.model.Province;

/**
 * Compares the entities of one kind other than polling stations (provinces, counties,
 * constituencies, bodies, events, issues, approvals): matched by id, in pairs in document order
 * when an id is repeated, each pair compared field by field.
 */
final class EntityComparison<T extends Identified> {

  private final EntityKind kind;
  private final Function<Atlas, List<T>> entities;
  private final List<Field<T>> fields;

  private EntityComparison(
      EntityKind kind, Function<Atlas, List<T>> entities, List<Field<T>> fields) {
    this.kind = kind;
    this.entities = entities;
    this.fields = fields;
  }

  /** The kinds in the order a diff lists them, stations left out (they come after counties). */
  static final List<EntityComparison<?>> BEFORE_STATIONS =
      List.of(provinces(), counties(), constituencies());

  static final List<EntityComparison<?>> AFTER_STATIONS =
      List.of(bodies(), events(), issues(), approvals());

  /** Adds to {@code out} every change of this kind, removed and changed first, then added. */
  void compare(Atlas before, Atlas after, List<EntityChange> out) {
    List<T> was = entities.apply(before);
    List<T> is = entities.apply(after);
    Map<String, ArrayDeque<Integer>> byId = new HashMap<>();
    for (int j = 0; j < is.size(); j++) {
      byId.computeIfAbsent(is.get(j).id(), id -> new ArrayDeque<>()).add(j);
    }
    boolean[] matched = new boolean[is.size()];
    for (int i = 0; i < was.size(); i++) {
      T old = was.get(i);
      ArrayDeque<Integer> candidates = byId.get(old.id());
      Integer j = candidates == null ? null : candidates.poll();
      if (j == null) {
        out.add(
            EntityChange.removed(
                kind,
                i,
                old.id(),
                Wording.REMOVED.with("entity", Argument.entity(kind, old)).complete()));
        continue;
      }
      matched[j] = true;
      T now = is.get(j);
      if (old.equals(now)) {
        continue;
      }
      Argument entity = Argument.entity(kind, now);
      List<FieldChange> changes = new ArrayList<>();
      for (Field<T> field : fields) {
        field.compare(old, now, entity, changes);
      }
      // Equal but for the order of a list whose order means nothing.
      if (changes.isEmpty()) {
        continue;
      }
      out.add(
          EntityChange.changed(
              kind,
              i,
              old.id(),
              j,
              now.id(),
              MatchKind.ID,
              Wording.CHANGED.with("entity", entity).complete(),
              changes));
    }
    for (int j = 0; j < is.size(); j++) {
      if (!matched[j]) {
        T now = is.get(j);
        out.add(
            EntityChange.added(
                kind,
                j,
                now.id(),
                Wording.ADDED.with("entity", Argument.entity(kind, now)).complete()));
      }
    }
  }

  private static Argument ref(EntityKind kind, String id) {
    return Argument.entity(kind, id);
  }

  private static Argument box(BoundingBox box) {
    return Argument.all(
        List.of(
            Argument.decimal(box.minLat(), 6),
            Argument.decimal(box.minLon(), 6),
            Argument.decimal(box.maxLat(), 6),
            Argument.decimal(box.maxLon(), 6)));
  }

  private static Argument participant(Participant participant) {
    return participant
        .body()
        .map(body -> ref(EntityKind.BODY, body))
        .or(() -> participant.role().map(Argument::name))
        .orElse(Argument.phrase(Wording.NOT_KNOWN));
  }

  private static EntityComparison<Province> provinces() {
    return new EntityComparison<>(
        EntityKind.PROVINCE,
        Atlas::provinces,
        List.of(
            Field.required("code", Wording.CODE, Province::code, Argument::text),
            Field.required("name", Wording.NAME, Province::name, Argument::name),
            Field.value(
                "declaredStations",
                Wording.DECLARED_STATIONS,
                p ->
                    p.declaredStations().isPresent()
                        ? Optional.of(p.declaredStations().getAsInt())
                        : Optional.empty(),
                n -> Argument.number(n)),
            Field.value(
                "boundingBox", Wording.BOUNDING_BOX, Province::boundingBox, EntityComparison::box),
            Field.externalIds(Province::externalIds),
            Field.extensions("extensions", Province::extensions)));
  }

  private static EntityComparison<County> counties() {
    return new EntityComparison<>(
        EntityKind.COUNTY,
        Atlas::counties,
        List.of(
            Field.required(
                "province", Wording.PROVINCE, County::province, id -> ref(EntityKind.PROVINCE, id)),
            Field.required("name", Wording.NAME, County::name, Argument::name),
            Field.value(
                "eligibleVoters",
                Wording.ELIGIBLE_VOTERS,
                c ->
                    c.eligibleVoters().isPresent()
                        ? Optional.of(c.eligibleVoters().getAsInt())
                        : Optional.empty(),
                n -> Argument.number(n)),
            Field.externalIds(County::externalIds),
            Field.extensions("extensions", County::extensions)));
  }

  private static EntityComparison<Constituency> constituencies() {
    return new EntityComparison<>(
        EntityKind.CONSTITUENCY,
        Atlas::constituencies,
        List.of(
            Field.required("contest", Wording.CONTEST, Constituency::contest, Argument::constant),
            Field.required("name", Wording.NAME, Constituency::name, Argument::name),
            Field.items(
                "counties",
                Wording.COUNTIES,
                Constituency::counties,
                id -> ref(EntityKind.COUNTY, id)),
            Field.required("seats", Wording.SEATS, Constituency::seats, n -> Argument.number(n)),
            Field.externalIds(Constituency::externalIds),
            Field.extensions("extensions", Constituency::extensions)));
  }

  private static EntityComparison<Body> bodies() {
    return new EntityComparison<>(
        EntityKind.BODY,
        Atlas::bodies,
        List.of(
            Field.required("kind", Wording.KIND, Body::kind, Argument::constant),
            Field.required("level", Wording.LEVEL, Body::level, Argument::constant),
            Field.value("jurisdiction", Wording.JURISDICTION, Body::jurisdiction, Argument::id),
            Field.value("parent", Wording.PARENT, Body::parent, id -> ref(EntityKind.BODY, id)),
            Field.required("name", Wording.NAME, Body::name, Argument::name),
            Field.value("head", Wording.HEAD, Body::head, head -> Argument.name(head.name())),
            Field.extensions("extensions", Body::extensions)));
  }

  private static EntityComparison<Event> events() {
    return new EntityComparison<>(
        EntityKind.EVENT,
        Atlas::events,
        List.of(
            Field.value("parent", Wording.PARENT, Event::parent, id -> ref(EntityKind.EVENT, id)),
            Field.required("kind", Wording.KIND, Event::kind, Argument::constant),
            Field.required("title", Wording.TITLE, Event::title, Argument::name),
            Field.required("start", Wording.START, Event::start, Argument::time),
            Field.required("end", Wording.END, Event::end, Argument::time),
            Field.value(
                "organizer", Wording.ORGANIZER, Event::organizer, id -> ref(EntityKind.BODY, id)),
            Field.items(
                "participants",
                Wording.PARTICIPANTS,
                Event::participants,
                EntityComparison::participant),
            Field.items(
                "provinces",
                Wording.PROVINCES,
                Event::provinces,
                id -> ref(EntityKind.PROVINCE, id)),
            Field.items("topics", Wording.TOPICS, Event::topics, Argument::name),
            Field.items("strategies", Wording.STRATEGIES, Event::strategies, Argument::constant),
            Field.extensions("extensions", Event::extensions)));
  }

  private static EntityComparison<Issue> issues() {
    return new EntityComparison<>(
        EntityKind.ISSUE,
        Atlas::issues,
        List.of(
            Field.required("title", Wording.TITLE, Issue::title, Argument::name),
            Field.required("category", Wording.CATEGORY, Issue::category, Wording::value),
            Field.required("severity", Wording.SEVERITY, Issue::severity, Wording::value),
            Field.required("status", Wording.STATUS, Issue::status, Wording::value),
            Field.items("scope", Wording.SCOPE, Issue::scope, Argument::id),
            Field.items("observedIn", Wording.OBSERVED_IN, Issue::observedIn, Argument::id),
            Field.value("mitigation", Wording.MITIGATION, Issue::mitigation, Argument::name),
            Field.value("owner", Wording.OWNER, Issue::owner, id -> ref(EntityKind.BODY, id)),
            Field.extensions("extensions", Issue::extensions)));
  }

  private static EntityComparison<Approval> approvals() {
    return new EntityComparison<>(
        EntityKind.APPROVAL,
        Atlas::approvals,
        List.of(
            Field.required("subject", Wording.SUBJECT, Approval::subject, Argument::constant),
            Field.items("scope", Wording.SCOPE, Approval::scope, Argument::id),
            Field.items("settlements", Wording.SETTLEMENTS, Approval::settlements, Argument::name),
            Field.required(
                "authority",
                Wording.AUTHORITY,
                Approval::authority,
                id -> ref(EntityKind.BODY, id)),
            Field.required("status", Wording.STATUS, Approval::status, Wording::value),
            Field.value("requestedOn", Wording.REQUESTED_ON, Approval::requestedOn, Argument::date),
            Field.value("decidedOn", Wording.DECIDED_ON, Approval::decidedOn, Argument::date),
            Field.value("note", Wording.NOTE, Approval::note, Argument::text),
            Field.extensions("extensions", Approval::extensions)));
  }
}
