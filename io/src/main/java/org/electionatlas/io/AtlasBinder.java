package org.electionatlas.io;

import static org.electionatlas.io.PlainShape.GIVE_UP;
import static org.electionatlas.io.PlainShape.constant;
import static org.electionatlas.io.PlainShape.endObject;
import static org.electionatlas.io.PlainShape.integer;
import static org.electionatlas.io.PlainShape.once;
import static org.electionatlas.io.PlainShape.startObject;
import static org.electionatlas.io.PlainShape.string;
import static org.electionatlas.io.PlainShape.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.electionatlas.model.ExtensionValue;
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
      Atlas atlas = ATLAS.read(p, p.nextToken());
      return p.nextToken() == null ? Optional.of(atlas) : Optional.empty();
    } catch (GiveUp | IllegalArgumentException | IllegalStateException e) {
      // A builder or a factory refused a value (a required one missing, a participant with
      // neither body nor role), or the shape is not the plain one: databind says what it makes of
      // it.
      return Optional.empty();
    }
  }

  /** Reads a value of one type from the parser, at the value's first token. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonParser p, JsonToken token) throws GiveUp;
  }

  /** Reads the value of one key of an object into the object's builder. */
  @FunctionalInterface
  private interface Member<B> {
    void read(JsonParser p, JsonToken token, B builder) throws GiveUp;
  }

  /** Puts one member of a free-form map (extensions, external ids) into a builder. */
  @FunctionalInterface
  private interface Put<B, V> {
    void put(B builder, String key, V value);
  }

  /**
   * The keys of one type of object and how each is read into its builder: each key once (a bit
   * each), every other key given up, then the builder built.
   */
  private static final class Shape<B, T> {
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final Map<String, Integer> bits = new HashMap<>();
    private final List<Member<B>> members = new ArrayList<>();

    Shape(Supplier<B> builder, Function<B, T> build) {
      this.builder = builder;
      this.build = build;
    }

    Shape<B, T> with(String key, Member<B> member) {
      bits.put(key, members.size());
      members.add(member);
      return this;
    }

    <V> Shape<B, T> value(String key, Element<V> element, BiConsumer<B, V> set) {
      return with(key, (p, token, into) -> set.accept(into, element.read(p, token)));
    }

    <V> Shape<B, T> list(String key, Element<V> element, BiConsumer<B, V> add) {
      return with(key, (p, token, into) -> array(p, token, element, v -> add.accept(into, v)));
    }

    Shape<B, T> externalIds(Put<B, String> put) {
      return with(
          "externalIds", (p, token, into) -> strings(p, token, (k, v) -> put.put(into, k, v)));
    }

    Shape<B, T> extensions(Put<B, ExtensionValue> put) {
      return with(
          "extensions",
          (p, token, into) -> PlainShape.extensions(p, token, (k, v) -> put.put(into, k, v)));
    }

    T read(JsonParser p, JsonToken token) throws GiveUp {
      startObject(token);
      B into = builder.get();
      int seen = 0;
      for (String key = p.nextName(); key != null; key = p.nextName()) {
        Integer bit = bits.get(key);
        if (bit == null) {
          throw GIVE_UP;
        }
        seen = once(seen, 1 << bit);
        members.get(bit).read(p, p.nextToken(), into);
      }
      endObject(p);
      return build.apply(into);
    }
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

  private static <E extends Enum<?>> Element<E> exactly(Codecs.EnumNames<E> names) {
    return (p, token) -> constant(names, p, token);
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

  /** A station, bound by the stream's binder; one it gives up gives up the document. */
  private static PollingStation station(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    PollingStation station = StationBinder.bind(p);
    if (station == null) {
      throw GIVE_UP;
    }
    return station;
  }

  // The shapes, each after those it holds.

  private static final Shape<Contest.Builder, Contest> CONTEST =
      new Shape<>(Contest::builder, Contest.Builder::build)
          .value("kind", exactly(CONTEST_KINDS), Contest.Builder::kind)
          .value("term", PlainShape::integer, Contest.Builder::term)
          .extensions(Contest.Builder::putExtension);

  private static final Shape<Election.Builder, Election> ELECTION =
      new Shape<>(Election::builder, Election.Builder::build)
          .value("id", PlainShape::string, Election.Builder::id)
          .value("name", PlainShape::name, Election.Builder::name)
          .value("votingDay", AtlasBinder::day, Election.Builder::votingDay)
          .value("timeZone", AtlasBinder::zone, Election.Builder::timeZone)
          .list("contests", CONTEST::read, Election.Builder::addContest)
          .extensions(Election.Builder::putExtension);

  private static final Shape<BoundingBox.Builder, BoundingBox> BOUNDING_BOX =
      new Shape<>(BoundingBox::builder, BoundingBox.Builder::build)
          .value("minLat", PlainShape::decimal, BoundingBox.Builder::minLat)
          .value("minLon", PlainShape::decimal, BoundingBox.Builder::minLon)
          .value("maxLat", PlainShape::decimal, BoundingBox.Builder::maxLat)
          .value("maxLon", PlainShape::decimal, BoundingBox.Builder::maxLon)
          .extensions(BoundingBox.Builder::putExtension);

  private static final Shape<Province.Builder, Province> PROVINCE =
      new Shape<>(Province::builder, Province.Builder::build)
          .value("id", PlainShape::string, Province.Builder::id)
          .value("code", PlainShape::string, Province.Builder::code)
          .value("name", PlainShape::name, Province.Builder::name)
          .value("declaredStations", PlainShape::integer, Province.Builder::declaredStations)
          .value("boundingBox", BOUNDING_BOX::read, Province.Builder::boundingBox)
          .externalIds(Province.Builder::putExternalId)
          .extensions(Province.Builder::putExtension);

  private static final Shape<County.Builder, County> COUNTY =
      new Shape<>(County::builder, County.Builder::build)
          .value("id", PlainShape::string, County.Builder::id)
          .value("province", PlainShape::string, County.Builder::province)
          .value("name", PlainShape::name, County.Builder::name)
          .value("eligibleVoters", PlainShape::integer, County.Builder::eligibleVoters)
          .externalIds(County.Builder::putExternalId)
          .extensions(County.Builder::putExtension);

  private static final Shape<Constituency.Builder, Constituency> CONSTITUENCY =
      new Shape<>(Constituency::builder, Constituency.Builder::build)
          .value("id", PlainShape::string, Constituency.Builder::id)
          .value("contest", exactly(CONTEST_KINDS), Constituency.Builder::contest)
          .value("name", PlainShape::name, Constituency.Builder::name)
          .list("counties", PlainShape::string, Constituency.Builder::addCounty)
          .value("seats", PlainShape::integer, Constituency.Builder::seats)
          .externalIds(Constituency.Builder::putExternalId)
          .extensions(Constituency.Builder::putExtension);

  private static final Shape<Head.Builder, Head> HEAD =
      new Shape<>(Head::builder, Head.Builder::build)
          .value("name", PlainShape::name, Head.Builder::name)
          .value("title", PlainShape::name, Head.Builder::title)
          .extensions(Head.Builder::putExtension);

  private static final Shape<Body.Builder, Body> BODY =
      new Shape<>(Body::builder, Body.Builder::build)
          .value("id", PlainShape::string, Body.Builder::id)
          .value("kind", exactly(BODY_KINDS), Body.Builder::kind)
          .value("level", exactly(BODY_LEVELS), Body.Builder::level)
          .value("jurisdiction", PlainShape::string, Body.Builder::jurisdiction)
          .value("parent", PlainShape::string, Body.Builder::parent)
          .value("name", PlainShape::name, Body.Builder::name)
          .value("head", HEAD::read, Body.Builder::head)
          .extensions(Body.Builder::putExtension);

  private static final Shape<Participant.Builder, Participant> PARTICIPANT =
      new Shape<>(Participant::builder, Participant.Builder::build)
          .value("body", PlainShape::string, Participant.Builder::body)
          .value("role", PlainShape::name, Participant.Builder::role)
          .extensions(Participant.Builder::putExtension);

  private static final Shape<Event.Builder, Event> EVENT =
      new Shape<>(Event::builder, Event.Builder::build)
          .value("id", PlainShape::string, Event.Builder::id)
          .value("parent", PlainShape::string, Event.Builder::parent)
          .value("kind", exactly(EVENT_KINDS), Event.Builder::kind)
          .value("title", PlainShape::name, Event.Builder::title)
          .value("start", AtlasBinder::time, Event.Builder::start)
          .value("end", AtlasBinder::time, Event.Builder::end)
          .value("organizer", PlainShape::string, Event.Builder::organizer)
          .list("participants", PARTICIPANT::read, Event.Builder::addParticipant)
          .list("provinces", PlainShape::string, Event.Builder::addProvince)
          .list("topics", PlainShape::name, Event.Builder::addTopic)
          .list("strategies", exactly(STRATEGIES), Event.Builder::addStrategy)
          .extensions(Event.Builder::putExtension);

  private static final Shape<Issue.Builder, Issue> ISSUE =
      new Shape<>(Issue::builder, Issue.Builder::build)
          .value("id", PlainShape::string, Issue.Builder::id)
          .value("title", PlainShape::name, Issue.Builder::title)
          .value("category", exactly(ISSUE_CATEGORIES), Issue.Builder::category)
          .value("severity", exactly(ISSUE_SEVERITIES), Issue.Builder::severity)
          .value("status", exactly(ISSUE_STATUSES), Issue.Builder::status)
          .list("scope", PlainShape::string, Issue.Builder::addScope)
          .list("observedIn", PlainShape::string, Issue.Builder::addObservedIn)
          .value("mitigation", PlainShape::name, Issue.Builder::mitigation)
          .value("owner", PlainShape::string, Issue.Builder::owner)
          .extensions(Issue.Builder::putExtension);

  private static final Shape<Approval.Builder, Approval> APPROVAL =
      new Shape<>(Approval::builder, Approval.Builder::build)
          .value("id", PlainShape::string, Approval.Builder::id)
          .value("subject", exactly(APPROVAL_SUBJECTS), Approval.Builder::subject)
          .list("scope", PlainShape::string, Approval.Builder::addScope)
          .list("settlements", PlainShape::name, Approval.Builder::addSettlement)
          .value("authority", PlainShape::string, Approval.Builder::authority)
          .value("status", exactly(APPROVAL_STATUSES), Approval.Builder::status)
          .value("requestedOn", AtlasBinder::day, Approval.Builder::requestedOn)
          .value("decidedOn", AtlasBinder::day, Approval.Builder::decidedOn)
          .value("note", PlainShape::string, Approval.Builder::note)
          .extensions(Approval.Builder::putExtension);

  private static final Shape<Source.Builder, Source> SOURCE =
      new Shape<>(Source::builder, Source.Builder::build)
          .value("title", PlainShape::string, Source.Builder::title)
          .value("url", PlainShape::string, Source.Builder::url)
          .value("published", AtlasBinder::day, Source.Builder::published)
          .extensions(Source.Builder::putExtension);

  private static final Shape<Provenance.Builder, Provenance> PROVENANCE =
      new Shape<>(Provenance::builder, Provenance.Builder::build)
          .list("sources", SOURCE::read, Provenance.Builder::addSource)
          .list("synthetic", PlainShape::string, Provenance.Builder::addSynthetic)
          .value("generator", PlainShape::string, Provenance.Builder::generator)
          .value("notes", PlainShape::string, Provenance.Builder::notes)
          .extensions(Provenance.Builder::putExtension);

  /**
   * The root. The mix-ins ignore the marker and the version whatever their values, but databind's
   * parser still reads them, so only the scalars the canonical writer writes are taken.
   */
  private static final Shape<Atlas.Builder, Atlas> ATLAS =
      new Shape<>(Atlas::builder, Atlas.Builder::build)
          .with("format", (p, token, into) -> header(Codecs.FORMAT.equals(string(p, token))))
          .with(
              "schemaVersion",
              (p, token, into) -> header(integer(p, token) == Atlas.SCHEMA_VERSION))
          .value("election", ELECTION::read, Atlas.Builder::election)
          .list("provinces", PROVINCE::read, Atlas.Builder::addProvince)
          .list("counties", COUNTY::read, Atlas.Builder::addCounty)
          .list("constituencies", CONSTITUENCY::read, Atlas.Builder::addConstituency)
          .list("pollingStations", AtlasBinder::station, Atlas.Builder::addPollingStation)
          .list("bodies", BODY::read, Atlas.Builder::addBody)
          .list("events", EVENT::read, Atlas.Builder::addEvent)
          .list("issues", ISSUE::read, Atlas.Builder::addIssue)
          .list("approvals", APPROVAL::read, Atlas.Builder::addApproval)
          .value("provenance", PROVENANCE::read, Atlas.Builder::provenance)
          .extensions(Atlas.Builder::putExtension);

  private static void header(boolean expected) throws GiveUp {
    if (!expected) {
      throw GIVE_UP;
    }
  }
}
