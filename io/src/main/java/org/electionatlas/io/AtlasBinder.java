package org.electionatlas.io;

import static org.electionatlas.io.PlainShape.GIVE_UP;
import static org.electionatlas.io.PlainShape.constant;
import static org.electionatlas.io.PlainShape.decimal;
import static org.electionatlas.io.PlainShape.endObject;
import static org.electionatlas.io.PlainShape.extensions;
import static org.electionatlas.io.PlainShape.integer;
import static org.electionatlas.io.PlainShape.name;
import static org.electionatlas.io.PlainShape.startObject;
import static org.electionatlas.io.PlainShape.string;
import static org.electionatlas.io.PlainShape.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.electionatlas.io.PlainShape.GiveUp;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Body;
import org.electionatlas.model.BodyKind;
import org.electionatlas.model.BodyLevel;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventKind;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.Head;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueCategory;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.Participant;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Provenance;
import org.electionatlas.model.Province;
import org.electionatlas.model.Source;
import org.electionatlas.model.Strategy;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds a whole atlas document straight from one parser, token by token, into the model's builders:
 * what databind does through {@link ModelMixins} and {@link Codecs} for {@code Atlas.class},
 * without building a deserializer for every model type first (most of a small document's read) nor
 * its per-property machinery. The polling stations are bound by {@link StationBinder}.
 *
 * <p>It has the contract of {@link StationBinder}, for the whole document: it accepts only the
 * plain shape ({@link PlainShape}), every key of every object known and read once, every builder
 * and factory content with what it is given, and nothing after the root object; then the atlas is
 * the one databind binds from the same bytes. On anything else, a station included, it gives up on
 * the whole document and the caller reads it with databind, which binds it or says what is wrong
 * exactly as before.
 *
 * <p>It checks repeated keys itself (a bit for each known key, the builders' maps for free-form
 * ones), so that its parser runs without the parser's own check. What the parser refuses (malformed
 * JSON, a value beyond the limits) it throws as it would under databind.
 */
final class AtlasBinder {

  private AtlasBinder() {}

  /**
   * Binds the document the parser is at the start of, reading it to its end.
   *
   * @param p the parser, before the document's first token
   * @return the atlas, or empty when the document is not of the plain shape
   */
  static Optional<Atlas> bind(JsonParser p) {
    try {
      Atlas atlas = atlas(p);
      return p.nextToken() == null ? Optional.of(atlas) : Optional.empty();
    } catch (GiveUp | IllegalArgumentException | IllegalStateException e) {
      // A builder or a factory refused a value (a required one missing, a participant with
      // neither body nor role), or the shape is not the plain one: databind says what it makes of
      // it.
      return Optional.empty();
    }
  }

  /** Reads the elements of an array of one type of value. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonParser p, JsonToken token) throws GiveUp;
  }

  /** An array, each element read and given to the builder; an element that is null gives up. */
  private static <T> void array(
      JsonParser p, JsonToken token, Element<T> element, Consumer<? super T> into) throws GiveUp {
    if (token != JsonToken.START_ARRAY) {
      throw GIVE_UP;
    }
    for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
      if (next == null) {
        throw GIVE_UP;
      }
      into.accept(element.read(p, next));
    }
  }

  /**
   * {@return the bits of the keys seen with this one added}, giving up on a key that is not one of
   * the object's (a list, since each holds a dozen at most) or that was seen already
   */
  private static int once(int seen, List<String> keys, String key) throws GiveUp {
    int index = keys.indexOf(key);
    if (index < 0) {
      throw GIVE_UP;
    }
    return PlainShape.once(seen, 1 << index);
  }

  // Bits of the root's keys seen, so that a key read twice is given up.
  private static final int FORMAT = 1;
  private static final int SCHEMA_VERSION = 1 << 1;
  private static final int ELECTION = 1 << 2;
  private static final int PROVINCES = 1 << 3;
  private static final int COUNTIES = 1 << 4;
  private static final int CONSTITUENCIES = 1 << 5;
  private static final int POLLING_STATIONS = 1 << 6;
  private static final int BODIES = 1 << 7;
  private static final int EVENTS = 1 << 8;
  private static final int ISSUES = 1 << 9;
  private static final int APPROVALS = 1 << 10;
  private static final int PROVENANCE = 1 << 11;
  private static final int EXTENSIONS = 1 << 12;

  private static int rootBit(String key) throws GiveUp {
    return switch (key) {
      case "format" -> FORMAT;
      case "schemaVersion" -> SCHEMA_VERSION;
      case "election" -> ELECTION;
      case "provinces" -> PROVINCES;
      case "counties" -> COUNTIES;
      case "constituencies" -> CONSTITUENCIES;
      case "pollingStations" -> POLLING_STATIONS;
      case "bodies" -> BODIES;
      case "events" -> EVENTS;
      case "issues" -> ISSUES;
      case "approvals" -> APPROVALS;
      case "provenance" -> PROVENANCE;
      case "extensions" -> EXTENSIONS;
      default -> throw GIVE_UP;
    };
  }

  private static Atlas atlas(JsonParser p) throws GiveUp {
    startObject(p.nextToken());
    Atlas.Builder atlas = Atlas.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      int bit = rootBit(key);
      seen = PlainShape.once(seen, bit);
      JsonToken token = p.nextToken();
      switch (bit) {
        // The mix-ins ignore the marker and the version, whatever their values; databind's parser
        // still reads them, so only the scalars the format has are taken, as they are.
        case FORMAT -> {
          if (!Codecs.FORMAT.equals(string(p, token))) {
            throw GIVE_UP;
          }
        }
        case SCHEMA_VERSION -> {
          if (integer(p, token) != Atlas.SCHEMA_VERSION) {
            throw GIVE_UP;
          }
        }
        case ELECTION -> atlas.election(election(p, token));
        case PROVINCES -> array(p, token, AtlasBinder::province, atlas::addProvince);
        case COUNTIES -> array(p, token, AtlasBinder::county, atlas::addCounty);
        case CONSTITUENCIES -> array(p, token, AtlasBinder::constituency, atlas::addConstituency);
        case POLLING_STATIONS -> array(p, token, AtlasBinder::station, atlas::addPollingStation);
        case BODIES -> array(p, token, AtlasBinder::body, atlas::addBody);
        case EVENTS -> array(p, token, AtlasBinder::event, atlas::addEvent);
        case ISSUES -> array(p, token, AtlasBinder::issue, atlas::addIssue);
        case APPROVALS -> array(p, token, AtlasBinder::approval, atlas::addApproval);
        case PROVENANCE -> atlas.provenance(provenance(p, token));
        case EXTENSIONS -> extensions(p, token, atlas::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return atlas.build();
  }

  /** A station, bound by the stream's binder; one it gives up gives up the document. */
  private static PollingStation station(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    PollingStation station = StationBinder.bind(p);
    if (station == null) {
      throw GIVE_UP;
    }
    return station;
  }

  // Enums by their exact names, as databind reads them (no case folding, no index, no trimming).

  private static final Codecs.EnumNames<ContestKind> CONTEST_KINDS =
      new Codecs.EnumNames<>(ContestKind.values());
  private static final Codecs.EnumNames<BodyKind> BODY_KINDS =
      new Codecs.EnumNames<>(BodyKind.values());
  private static final Codecs.EnumNames<BodyLevel> BODY_LEVELS =
      new Codecs.EnumNames<>(BodyLevel.values());
  private static final Codecs.EnumNames<EventKind> EVENT_KINDS =
      new Codecs.EnumNames<>(EventKind.values());
  private static final Codecs.EnumNames<Strategy> STRATEGIES =
      new Codecs.EnumNames<>(Strategy.values());
  private static final Codecs.EnumNames<IssueCategory> ISSUE_CATEGORIES =
      new Codecs.EnumNames<>(IssueCategory.values());
  private static final Codecs.EnumNames<IssueSeverity> ISSUE_SEVERITIES =
      new Codecs.EnumNames<>(IssueSeverity.values());
  private static final Codecs.EnumNames<IssueStatus> ISSUE_STATUSES =
      new Codecs.EnumNames<>(IssueStatus.values());
  private static final Codecs.EnumNames<ApprovalSubject> APPROVAL_SUBJECTS =
      new Codecs.EnumNames<>(ApprovalSubject.values());
  private static final Codecs.EnumNames<ApprovalStatus> APPROVAL_STATUSES =
      new Codecs.EnumNames<>(ApprovalStatus.values());

  /**
   * A date or an event time as {@link Codecs}'s readers make it: a string with a year of four
   * digits that the parser takes.
   */
  private static <T> T date(JsonParser p, JsonToken token, Function<String, T> parser)
      throws GiveUp {
    String text = string(p, token);
    if (Codecs.EXPANDED_YEAR.matcher(text).lookingAt()) {
      throw GIVE_UP;
    }
    try {
      return parser.apply(text);
    } catch (DateTimeException e) {
      throw GIVE_UP;
    }
  }

  private static LocalDate day(JsonParser p, JsonToken token) throws GiveUp {
    return date(p, token, LocalDate::parse);
  }

  private static EventTime time(JsonParser p, JsonToken token) throws GiveUp {
    return date(p, token, EventTime::parse);
  }

  /** A time zone as {@link Codecs}'s reader makes it: one of the database's ids, not an offset. */
  private static ZoneId zone(JsonParser p, JsonToken token) throws GiveUp {
    String text = string(p, token);
    if (!Codecs.ZONES.contains(text)) {
      throw GIVE_UP;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw GIVE_UP;
    }
  }

  private static final List<String> ELECTION_KEYS =
      List.of("id", "name", "votingDay", "timeZone", "contests", "extensions");

  private static Election election(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Election.Builder election = Election.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, ELECTION_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> election.id(string(p, value));
        case "name" -> election.name(name(p, value));
        case "votingDay" -> election.votingDay(day(p, value));
        case "timeZone" -> election.timeZone(zone(p, value));
        case "contests" -> array(p, value, AtlasBinder::contest, election::addContest);
        case "extensions" -> extensions(p, value, election::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return election.build();
  }

  private static final List<String> CONTEST_KEYS = List.of("kind", "term", "extensions");

  private static Contest contest(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Contest.Builder contest = Contest.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, CONTEST_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "kind" -> contest.kind(constant(CONTEST_KINDS, p, value));
        case "term" -> contest.term(integer(p, value));
        case "extensions" -> extensions(p, value, contest::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return contest.build();
  }

  private static final List<String> PROVINCE_KEYS =
      List.of("id", "code", "name", "declaredStations", "boundingBox", "externalIds", "extensions");

  private static Province province(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Province.Builder province = Province.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, PROVINCE_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> province.id(string(p, value));
        case "code" -> province.code(string(p, value));
        case "name" -> province.name(name(p, value));
        case "declaredStations" -> province.declaredStations(integer(p, value));
        case "boundingBox" -> province.boundingBox(boundingBox(p, value));
        case "externalIds" -> strings(p, value, province::putExternalId);
        case "extensions" -> extensions(p, value, province::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return province.build();
  }

  private static final List<String> BOUNDING_BOX_KEYS =
      List.of("minLat", "minLon", "maxLat", "maxLon", "extensions");

  private static BoundingBox boundingBox(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    BoundingBox.Builder box = BoundingBox.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, BOUNDING_BOX_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "minLat" -> box.minLat(decimal(p, value));
        case "minLon" -> box.minLon(decimal(p, value));
        case "maxLat" -> box.maxLat(decimal(p, value));
        case "maxLon" -> box.maxLon(decimal(p, value));
        case "extensions" -> extensions(p, value, box::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return box.build();
  }

  private static final List<String> COUNTY_KEYS =
      List.of("id", "province", "name", "eligibleVoters", "externalIds", "extensions");

  private static County county(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    County.Builder county = County.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, COUNTY_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> county.id(string(p, value));
        case "province" -> county.province(string(p, value));
        case "name" -> county.name(name(p, value));
        case "eligibleVoters" -> county.eligibleVoters(integer(p, value));
        case "externalIds" -> strings(p, value, county::putExternalId);
        case "extensions" -> extensions(p, value, county::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return county.build();
  }

  private static final List<String> CONSTITUENCY_KEYS =
      List.of("id", "contest", "name", "counties", "seats", "externalIds", "extensions");

  private static Constituency constituency(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Constituency.Builder constituency = Constituency.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, CONSTITUENCY_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> constituency.id(string(p, value));
        case "contest" -> constituency.contest(constant(CONTEST_KINDS, p, value));
        case "name" -> constituency.name(name(p, value));
        case "counties" -> array(p, value, PlainShape::string, constituency::addCounty);
        case "seats" -> constituency.seats(integer(p, value));
        case "externalIds" -> strings(p, value, constituency::putExternalId);
        case "extensions" -> extensions(p, value, constituency::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return constituency.build();
  }

  private static final List<String> BODY_KEYS =
      List.of("id", "kind", "level", "jurisdiction", "parent", "name", "head", "extensions");

  private static Body body(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Body.Builder body = Body.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, BODY_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> body.id(string(p, value));
        case "kind" -> body.kind(constant(BODY_KINDS, p, value));
        case "level" -> body.level(constant(BODY_LEVELS, p, value));
        case "jurisdiction" -> body.jurisdiction(string(p, value));
        case "parent" -> body.parent(string(p, value));
        case "name" -> body.name(name(p, value));
        case "head" -> body.head(head(p, value));
        case "extensions" -> extensions(p, value, body::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return body.build();
  }

  private static final List<String> HEAD_KEYS = List.of("name", "title", "extensions");

  private static Head head(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Head.Builder head = Head.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, HEAD_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "name" -> head.name(name(p, value));
        case "title" -> head.title(name(p, value));
        case "extensions" -> extensions(p, value, head::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return head.build();
  }

  private static final List<String> EVENT_KEYS =
      List.of(
          "id",
          "parent",
          "kind",
          "title",
          "start",
          "end",
          "organizer",
          "participants",
          "provinces",
          "topics",
          "strategies",
          "extensions");

  private static Event event(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Event.Builder event = Event.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, EVENT_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> event.id(string(p, value));
        case "parent" -> event.parent(string(p, value));
        case "kind" -> event.kind(constant(EVENT_KINDS, p, value));
        case "title" -> event.title(name(p, value));
        case "start" -> event.start(time(p, value));
        case "end" -> event.end(time(p, value));
        case "organizer" -> event.organizer(string(p, value));
        case "participants" -> array(p, value, AtlasBinder::participant, event::addParticipant);
        case "provinces" -> array(p, value, PlainShape::string, event::addProvince);
        case "topics" -> array(p, value, PlainShape::name, event::addTopic);
        case "strategies" ->
            array(p, value, (q, t) -> constant(STRATEGIES, q, t), event::addStrategy);
        case "extensions" -> extensions(p, value, event::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return event.build();
  }

  private static final List<String> PARTICIPANT_KEYS = List.of("body", "role", "extensions");

  private static Participant participant(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Participant.Builder participant = Participant.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, PARTICIPANT_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "body" -> participant.body(string(p, value));
        case "role" -> participant.role(name(p, value));
        case "extensions" -> extensions(p, value, participant::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return participant.build();
  }

  private static final List<String> ISSUE_KEYS =
      List.of(
          "id",
          "title",
          "category",
          "severity",
          "status",
          "scope",
          "observedIn",
          "mitigation",
          "owner",
          "extensions");

  private static Issue issue(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Issue.Builder issue = Issue.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, ISSUE_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> issue.id(string(p, value));
        case "title" -> issue.title(name(p, value));
        case "category" -> issue.category(constant(ISSUE_CATEGORIES, p, value));
        case "severity" -> issue.severity(constant(ISSUE_SEVERITIES, p, value));
        case "status" -> issue.status(constant(ISSUE_STATUSES, p, value));
        case "scope" -> array(p, value, PlainShape::string, issue::addScope);
        case "observedIn" -> array(p, value, PlainShape::string, issue::addObservedIn);
        case "mitigation" -> issue.mitigation(name(p, value));
        case "owner" -> issue.owner(string(p, value));
        case "extensions" -> extensions(p, value, issue::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return issue.build();
  }

  private static final List<String> APPROVAL_KEYS =
      List.of(
          "id",
          "subject",
          "scope",
          "settlements",
          "authority",
          "status",
          "requestedOn",
          "decidedOn",
          "note",
          "extensions");

  private static Approval approval(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Approval.Builder approval = Approval.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, APPROVAL_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "id" -> approval.id(string(p, value));
        case "subject" -> approval.subject(constant(APPROVAL_SUBJECTS, p, value));
        case "scope" -> array(p, value, PlainShape::string, approval::addScope);
        case "settlements" -> array(p, value, PlainShape::name, approval::addSettlement);
        case "authority" -> approval.authority(string(p, value));
        case "status" -> approval.status(constant(APPROVAL_STATUSES, p, value));
        case "requestedOn" -> approval.requestedOn(day(p, value));
        case "decidedOn" -> approval.decidedOn(day(p, value));
        case "note" -> approval.note(string(p, value));
        case "extensions" -> extensions(p, value, approval::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return approval.build();
  }

  private static final List<String> PROVENANCE_KEYS =
      List.of("sources", "synthetic", "generator", "notes", "extensions");

  private static Provenance provenance(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Provenance.Builder provenance = Provenance.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, PROVENANCE_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "sources" -> array(p, value, AtlasBinder::source, provenance::addSource);
        case "synthetic" -> array(p, value, PlainShape::string, provenance::addSynthetic);
        case "generator" -> provenance.generator(string(p, value));
        case "notes" -> provenance.notes(string(p, value));
        case "extensions" -> extensions(p, value, provenance::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return provenance.build();
  }

  private static final List<String> SOURCE_KEYS =
      List.of("title", "url", "published", "extensions");

  private static Source source(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Source.Builder source = Source.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      seen = once(seen, SOURCE_KEYS, key);
      JsonToken value = p.nextToken();
      switch (key) {
        case "title" -> source.title(string(p, value));
        case "url" -> source.url(string(p, value));
        case "published" -> source.published(day(p, value));
        case "extensions" -> extensions(p, value, source::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return source.build();
  }
}
