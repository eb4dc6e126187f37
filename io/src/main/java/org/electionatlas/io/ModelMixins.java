package org.electionatlas.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.Participant;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Provenance;
import org.electionatlas.model.Province;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.Source;
import org.electionatlas.model.Staff;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.Strategy;
import org.electionatlas.model.VotingMethod;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationPolicy;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The mapping between the atlas model and the JSON format, one mix-in per value type and one per
 * builder, so that the model in core carries no Jackson annotation.
 *
 * <p>Auto-detection is off in {@link AtlasJson}'s mapper: a property exists in JSON only when it is
 * declared here, and the builder method it is read through is named here too (the builders'
 * overloads, such as {@code address(String)} and {@code address(Optional)}, would otherwise
 * conflict). {@code @JsonPropertyOrder} fixes the canonical order of the written document.
 */
final class ModelMixins {

  private ModelMixins() {}

  /** Every value type and builder with its mix-in. */
  static Map<Class<?>, Class<?>> all() {
    Map<Class<?>, Class<?>> mixins = new LinkedHashMap<>();
    mixins.put(Staff.class, StaffMixin.class);
    mixins.put(Staff.Builder.class, StaffBuilderMixin.class);
    mixins.put(Location.class, LocationMixin.class);
    mixins.put(Location.Builder.class, LocationBuilderMixin.class);
    mixins.put(BoundingBox.class, BoundingBoxMixin.class);
    mixins.put(BoundingBox.Builder.class, BoundingBoxBuilderMixin.class);
    mixins.put(Settlement.class, SettlementMixin.class);
    mixins.put(Settlement.Builder.class, SettlementBuilderMixin.class);
    mixins.put(Risk.class, RiskMixin.class);
    mixins.put(Risk.Builder.class, RiskBuilderMixin.class);
    mixins.put(Head.class, HeadMixin.class);
    mixins.put(Head.Builder.class, HeadBuilderMixin.class);
    mixins.put(Contest.class, ContestMixin.class);
    mixins.put(Contest.Builder.class, ContestBuilderMixin.class);
    mixins.put(Participant.class, ParticipantMixin.class);
    mixins.put(Participant.Builder.class, ParticipantBuilderMixin.class);
    mixins.put(Source.class, SourceMixin.class);
    mixins.put(Source.Builder.class, SourceBuilderMixin.class);
    mixins.put(Provenance.class, ProvenanceMixin.class);
    mixins.put(Provenance.Builder.class, ProvenanceBuilderMixin.class);
    mixins.put(Election.class, ElectionMixin.class);
    mixins.put(Election.Builder.class, ElectionBuilderMixin.class);
    mixins.put(Province.class, ProvinceMixin.class);
    mixins.put(Province.Builder.class, ProvinceBuilderMixin.class);
    mixins.put(County.class, CountyMixin.class);
    mixins.put(County.Builder.class, CountyBuilderMixin.class);
    mixins.put(Constituency.class, ConstituencyMixin.class);
    mixins.put(Constituency.Builder.class, ConstituencyBuilderMixin.class);
    mixins.put(PollingStation.class, PollingStationMixin.class);
    mixins.put(PollingStation.Builder.class, PollingStationBuilderMixin.class);
    mixins.put(Body.class, BodyMixin.class);
    mixins.put(Body.Builder.class, BodyBuilderMixin.class);
    mixins.put(Event.class, EventMixin.class);
    mixins.put(Event.Builder.class, EventBuilderMixin.class);
    mixins.put(Issue.class, IssueMixin.class);
    mixins.put(Issue.Builder.class, IssueBuilderMixin.class);
    mixins.put(Approval.class, ApprovalMixin.class);
    mixins.put(Approval.Builder.class, ApprovalBuilderMixin.class);
    mixins.put(Atlas.class, AtlasMixin.class);
    mixins.put(Atlas.Builder.class, AtlasBuilderMixin.class);
    mixins.put(ValidationPolicy.class, ValidationPolicyMixin.class);
    mixins.put(ValidationPolicy.Builder.class, ValidationPolicyBuilderMixin.class);
    return mixins;
  }

  @JsonDeserialize(builder = ValidationPolicy.Builder.class)
  abstract static class ValidationPolicyMixin {}

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ValidationPolicyBuilderMixin {
    @JsonProperty("maxExpectedVoters")
    abstract ValidationPolicy.Builder maxExpectedVoters(int value);

    @JsonProperty("minOfficials")
    abstract ValidationPolicy.Builder minOfficials(int value);

    @JsonProperty("minObservers")
    abstract ValidationPolicy.Builder minObservers(int value);

    @JsonProperty("minCoverage")
    @JsonDeserialize(using = Codecs.PercentDeserializer.class)
    abstract ValidationPolicy.Builder minCoverage(double value);

    @JsonProperty("maxCoverage")
    @JsonDeserialize(using = Codecs.PercentDeserializer.class)
    abstract ValidationPolicy.Builder maxCoverage(double value);

    @JsonProperty("maxStationMoveMetres")
    abstract ValidationPolicy.Builder maxStationMoveMetres(int value);

    @JsonProperty("maxVotersChange")
    @JsonDeserialize(using = Codecs.PercentDeserializer.class)
    abstract ValidationPolicy.Builder maxVotersChange(double value);

    @JsonProperty("maxCountyStationLoss")
    @JsonDeserialize(using = Codecs.PercentDeserializer.class)
    abstract ValidationPolicy.Builder maxCountyStationLoss(double value);

    @JsonProperty("disabledRules")
    abstract ValidationPolicy.Builder disabledRules(Iterable<String> values);

    @JsonProperty("severityOverrides")
    abstract ValidationPolicy.Builder severityOverrides(Map<String, ? extends Severity> values);
  }

  @JsonDeserialize(builder = Staff.Builder.class)
  @JsonPropertyOrder({"officials", "observers", "extensions"})
  abstract static class StaffMixin {
    @JsonProperty
    abstract int officials();

    @JsonProperty
    abstract int observers();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class StaffBuilderMixin {
    @JsonProperty("officials")
    abstract Staff.Builder officials(int value);

    @JsonProperty("observers")
    abstract Staff.Builder observers(int value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Staff.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Location.Builder.class)
  @JsonPropertyOrder({"lat", "lon", "extensions"})
  abstract static class LocationMixin {
    @JsonProperty
    abstract double lat();

    @JsonProperty
    abstract double lon();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class LocationBuilderMixin {
    @JsonProperty("lat")
    abstract Location.Builder lat(double value);

    @JsonProperty("lon")
    abstract Location.Builder lon(double value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Location.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = BoundingBox.Builder.class)
  @JsonPropertyOrder({"minLat", "minLon", "maxLat", "maxLon", "extensions"})
  abstract static class BoundingBoxMixin {
    @JsonProperty
    abstract double minLat();

    @JsonProperty
    abstract double minLon();

    @JsonProperty
    abstract double maxLat();

    @JsonProperty
    abstract double maxLon();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class BoundingBoxBuilderMixin {
    @JsonProperty("minLat")
    abstract BoundingBox.Builder minLat(double value);

    @JsonProperty("minLon")
    abstract BoundingBox.Builder minLon(double value);

    @JsonProperty("maxLat")
    abstract BoundingBox.Builder maxLat(double value);

    @JsonProperty("maxLon")
    abstract BoundingBox.Builder maxLon(double value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract BoundingBox.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Settlement.Builder.class)
  @JsonPropertyOrder({"name", "kind", "extensions"})
  abstract static class SettlementMixin {
    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract SettlementKind kind();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class SettlementBuilderMixin {
    @JsonProperty("name")
    abstract Settlement.Builder name(LocalizedName value);

    @JsonProperty("kind")
    abstract Settlement.Builder kind(SettlementKind value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Settlement.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Risk.Builder.class)
  @JsonPropertyOrder({"level", "note", "extensions"})
  abstract static class RiskMixin {
    @JsonProperty
    abstract RiskLevel level();

    @JsonProperty
    abstract Optional<String> note();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class RiskBuilderMixin {
    @JsonProperty("level")
    abstract Risk.Builder level(RiskLevel value);

    @JsonProperty("note")
    abstract Risk.Builder note(String value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Risk.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Head.Builder.class)
  @JsonPropertyOrder({"name", "title", "extensions"})
  abstract static class HeadMixin {
    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract Optional<LocalizedName> title();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class HeadBuilderMixin {
    @JsonProperty("name")
    abstract Head.Builder name(LocalizedName value);

    @JsonProperty("title")
    abstract Head.Builder title(LocalizedName value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Head.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Contest.Builder.class)
  @JsonPropertyOrder({"kind", "term", "extensions"})
  abstract static class ContestMixin {
    @JsonProperty
    abstract ContestKind kind();

    @JsonProperty
    abstract OptionalInt term();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ContestBuilderMixin {
    @JsonProperty("kind")
    abstract Contest.Builder kind(ContestKind value);

    @JsonProperty("term")
    abstract Contest.Builder term(int value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Contest.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Participant.Builder.class)
  @JsonPropertyOrder({"body", "role", "extensions"})
  abstract static class ParticipantMixin {
    @JsonProperty
    abstract Optional<String> body();

    @JsonProperty
    abstract Optional<LocalizedName> role();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ParticipantBuilderMixin {
    @JsonProperty("body")
    abstract Participant.Builder body(String value);

    @JsonProperty("role")
    abstract Participant.Builder role(LocalizedName value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Participant.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Source.Builder.class)
  @JsonPropertyOrder({"title", "url", "published", "extensions"})
  abstract static class SourceMixin {
    @JsonProperty
    abstract String title();

    @JsonProperty
    abstract Optional<String> url();

    @JsonProperty
    abstract Optional<LocalDate> published();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class SourceBuilderMixin {
    @JsonProperty("title")
    abstract Source.Builder title(String value);

    @JsonProperty("url")
    abstract Source.Builder url(String value);

    @JsonProperty("published")
    abstract Source.Builder published(LocalDate value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Source.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Provenance.Builder.class)
  @JsonPropertyOrder({"sources", "synthetic", "generator", "notes", "extensions"})
  abstract static class ProvenanceMixin {
    @JsonProperty
    abstract List<Source> sources();

    @JsonProperty
    abstract List<String> synthetic();

    @JsonProperty
    abstract Optional<String> generator();

    @JsonProperty
    abstract Optional<String> notes();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ProvenanceBuilderMixin {
    @JsonProperty("sources")
    abstract Provenance.Builder sources(Iterable<? extends Source> values);

    @JsonProperty("synthetic")
    abstract Provenance.Builder synthetic(Iterable<? extends String> values);

    @JsonProperty("generator")
    abstract Provenance.Builder generator(String value);

    @JsonProperty("notes")
    abstract Provenance.Builder notes(String value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Provenance.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Election.Builder.class)
  @JsonPropertyOrder({"id", "name", "votingDay", "timeZone", "contests", "extensions"})
  abstract static class ElectionMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract LocalDate votingDay();

    @JsonProperty
    abstract ZoneId timeZone();

    @JsonProperty
    abstract List<Contest> contests();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ElectionBuilderMixin {
    @JsonProperty("id")
    abstract Election.Builder id(String value);

    @JsonProperty("name")
    abstract Election.Builder name(LocalizedName value);

    @JsonProperty("votingDay")
    abstract Election.Builder votingDay(LocalDate value);

    @JsonProperty("timeZone")
    abstract Election.Builder timeZone(ZoneId value);

    @JsonProperty("contests")
    abstract Election.Builder contests(Iterable<? extends Contest> values);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Election.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Province.Builder.class)
  @JsonPropertyOrder({
    "id",
    "code",
    "name",
    "declaredStations",
    "boundingBox",
    "externalIds",
    "extensions"
  })
  abstract static class ProvinceMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract String code();

    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract OptionalInt declaredStations();

    @JsonProperty
    abstract Optional<BoundingBox> boundingBox();

    @JsonProperty
    abstract Map<String, String> externalIds();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ProvinceBuilderMixin {
    @JsonProperty("id")
    abstract Province.Builder id(String value);

    @JsonProperty("code")
    abstract Province.Builder code(String value);

    @JsonProperty("name")
    abstract Province.Builder name(LocalizedName value);

    @JsonProperty("declaredStations")
    abstract Province.Builder declaredStations(int value);

    @JsonProperty("boundingBox")
    abstract Province.Builder boundingBox(BoundingBox value);

    @JsonProperty("externalIds")
    abstract Province.Builder externalIds(Map<String, ? extends String> values);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Province.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = County.Builder.class)
  @JsonPropertyOrder({"id", "province", "name", "eligibleVoters", "externalIds", "extensions"})
  abstract static class CountyMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract String province();

    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract OptionalInt eligibleVoters();

    @JsonProperty
    abstract Map<String, String> externalIds();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class CountyBuilderMixin {
    @JsonProperty("id")
    abstract County.Builder id(String value);

    @JsonProperty("province")
    abstract County.Builder province(String value);

    @JsonProperty("name")
    abstract County.Builder name(LocalizedName value);

    @JsonProperty("eligibleVoters")
    abstract County.Builder eligibleVoters(int value);

    @JsonProperty("externalIds")
    abstract County.Builder externalIds(Map<String, ? extends String> values);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract County.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Constituency.Builder.class)
  @JsonPropertyOrder({"id", "contest", "name", "counties", "seats", "externalIds", "extensions"})
  abstract static class ConstituencyMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract ContestKind contest();

    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract List<String> counties();

    @JsonProperty
    abstract int seats();

    @JsonProperty
    abstract Map<String, String> externalIds();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ConstituencyBuilderMixin {
    @JsonProperty("id")
    abstract Constituency.Builder id(String value);

    @JsonProperty("contest")
    abstract Constituency.Builder contest(ContestKind value);

    @JsonProperty("name")
    abstract Constituency.Builder name(LocalizedName value);

    @JsonProperty("counties")
    abstract Constituency.Builder counties(Iterable<? extends String> values);

    @JsonProperty("seats")
    abstract Constituency.Builder seats(int value);

    @JsonProperty("externalIds")
    abstract Constituency.Builder externalIds(Map<String, ? extends String> values);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Constituency.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = PollingStation.Builder.class)
  @JsonPropertyOrder({
    "id",
    "county",
    "number",
    "name",
    "address",
    "settlement",
    "location",
    "kind",
    "votingMethod",
    "expectedVoters",
    "accessible",
    "staff",
    "risk",
    "externalIds",
    "extensions"
  })
  abstract static class PollingStationMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract String county();

    @JsonProperty
    abstract int number();

    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract Optional<String> address();

    @JsonProperty
    abstract Optional<Settlement> settlement();

    @JsonProperty
    abstract Optional<Location> location();

    @JsonProperty
    abstract StationKind kind();

    @JsonProperty
    abstract VotingMethod votingMethod();

    @JsonProperty
    abstract int expectedVoters();

    @JsonProperty
    abstract Optional<Boolean> accessible();

    @JsonProperty
    abstract Optional<Staff> staff();

    @JsonProperty
    abstract Optional<Risk> risk();

    @JsonProperty
    abstract Map<String, String> externalIds();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class PollingStationBuilderMixin {
    @JsonProperty("id")
    abstract PollingStation.Builder id(String value);

    @JsonProperty("county")
    abstract PollingStation.Builder county(String value);

    @JsonProperty("number")
    abstract PollingStation.Builder number(int value);

    @JsonProperty("name")
    abstract PollingStation.Builder name(LocalizedName value);

    @JsonProperty("address")
    abstract PollingStation.Builder address(String value);

    @JsonProperty("settlement")
    abstract PollingStation.Builder settlement(Settlement value);

    @JsonProperty("location")
    abstract PollingStation.Builder location(Location value);

    @JsonProperty("kind")
    abstract PollingStation.Builder kind(StationKind value);

    @JsonProperty("votingMethod")
    abstract PollingStation.Builder votingMethod(VotingMethod value);

    @JsonProperty("expectedVoters")
    abstract PollingStation.Builder expectedVoters(int value);

    @JsonProperty("accessible")
    abstract PollingStation.Builder accessible(boolean value);

    @JsonProperty("staff")
    abstract PollingStation.Builder staff(Staff value);

    @JsonProperty("risk")
    abstract PollingStation.Builder risk(Risk value);

    @JsonProperty("externalIds")
    abstract PollingStation.Builder externalIds(Map<String, ? extends String> values);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract PollingStation.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Body.Builder.class)
  @JsonPropertyOrder({
    "id",
    "kind",
    "level",
    "jurisdiction",
    "parent",
    "name",
    "head",
    "extensions"
  })
  abstract static class BodyMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract BodyKind kind();

    @JsonProperty
    abstract BodyLevel level();

    @JsonProperty
    abstract Optional<String> jurisdiction();

    @JsonProperty
    abstract Optional<String> parent();

    @JsonProperty
    abstract LocalizedName name();

    @JsonProperty
    abstract Optional<Head> head();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class BodyBuilderMixin {
    @JsonProperty("id")
    abstract Body.Builder id(String value);

    @JsonProperty("kind")
    abstract Body.Builder kind(BodyKind value);

    @JsonProperty("level")
    abstract Body.Builder level(BodyLevel value);

    @JsonProperty("jurisdiction")
    abstract Body.Builder jurisdiction(String value);

    @JsonProperty("parent")
    abstract Body.Builder parent(String value);

    @JsonProperty("name")
    abstract Body.Builder name(LocalizedName value);

    @JsonProperty("head")
    abstract Body.Builder head(Head value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Body.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Event.Builder.class)
  @JsonPropertyOrder({
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
    "extensions"
  })
  abstract static class EventMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract Optional<String> parent();

    @JsonProperty
    abstract EventKind kind();

    @JsonProperty
    abstract LocalizedName title();

    @JsonProperty
    abstract EventTime start();

    @JsonProperty
    abstract EventTime end();

    @JsonProperty
    abstract Optional<String> organizer();

    @JsonProperty
    abstract List<Participant> participants();

    @JsonProperty
    abstract List<String> provinces();

    @JsonProperty
    abstract List<LocalizedName> topics();

    @JsonProperty
    abstract List<Strategy> strategies();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class EventBuilderMixin {
    @JsonProperty("id")
    abstract Event.Builder id(String value);

    @JsonProperty("parent")
    abstract Event.Builder parent(String value);

    @JsonProperty("kind")
    abstract Event.Builder kind(EventKind value);

    @JsonProperty("title")
    abstract Event.Builder title(LocalizedName value);

    @JsonProperty("start")
    abstract Event.Builder start(EventTime value);

    @JsonProperty("end")
    abstract Event.Builder end(EventTime value);

    @JsonProperty("organizer")
    abstract Event.Builder organizer(String value);

    @JsonProperty("participants")
    abstract Event.Builder participants(Iterable<? extends Participant> values);

    @JsonProperty("provinces")
    abstract Event.Builder provinces(Iterable<? extends String> values);

    @JsonProperty("topics")
    abstract Event.Builder topics(Iterable<? extends LocalizedName> values);

    @JsonProperty("strategies")
    abstract Event.Builder strategies(Iterable<? extends Strategy> values);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Event.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Issue.Builder.class)
  @JsonPropertyOrder({
    "id",
    "title",
    "category",
    "severity",
    "status",
    "scope",
    "observedIn",
    "mitigation",
    "owner",
    "extensions"
  })
  abstract static class IssueMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract LocalizedName title();

    @JsonProperty
    abstract IssueCategory category();

    @JsonProperty
    abstract IssueSeverity severity();

    @JsonProperty
    abstract IssueStatus status();

    @JsonProperty
    abstract List<String> scope();

    @JsonProperty
    abstract List<String> observedIn();

    @JsonProperty
    abstract Optional<LocalizedName> mitigation();

    @JsonProperty
    abstract Optional<String> owner();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class IssueBuilderMixin {
    @JsonProperty("id")
    abstract Issue.Builder id(String value);

    @JsonProperty("title")
    abstract Issue.Builder title(LocalizedName value);

    @JsonProperty("category")
    abstract Issue.Builder category(IssueCategory value);

    @JsonProperty("severity")
    abstract Issue.Builder severity(IssueSeverity value);

    @JsonProperty("status")
    abstract Issue.Builder status(IssueStatus value);

    @JsonProperty("scope")
    abstract Issue.Builder scope(Iterable<? extends String> values);

    @JsonProperty("observedIn")
    abstract Issue.Builder observedIn(Iterable<? extends String> values);

    @JsonProperty("mitigation")
    abstract Issue.Builder mitigation(LocalizedName value);

    @JsonProperty("owner")
    abstract Issue.Builder owner(String value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Issue.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Approval.Builder.class)
  @JsonPropertyOrder({
    "id",
    "subject",
    "scope",
    "settlements",
    "authority",
    "status",
    "requestedOn",
    "decidedOn",
    "note",
    "extensions"
  })
  abstract static class ApprovalMixin {
    @JsonProperty
    abstract String id();

    @JsonProperty
    abstract ApprovalSubject subject();

    @JsonProperty
    abstract List<String> scope();

    @JsonProperty
    abstract List<LocalizedName> settlements();

    @JsonProperty
    abstract String authority();

    @JsonProperty
    abstract ApprovalStatus status();

    @JsonProperty
    abstract Optional<LocalDate> requestedOn();

    @JsonProperty
    abstract Optional<LocalDate> decidedOn();

    @JsonProperty
    abstract Optional<String> note();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ApprovalBuilderMixin {
    @JsonProperty("id")
    abstract Approval.Builder id(String value);

    @JsonProperty("subject")
    abstract Approval.Builder subject(ApprovalSubject value);

    @JsonProperty("scope")
    abstract Approval.Builder scope(Iterable<? extends String> values);

    @JsonProperty("settlements")
    abstract Approval.Builder settlements(Iterable<? extends LocalizedName> values);

    @JsonProperty("authority")
    abstract Approval.Builder authority(String value);

    @JsonProperty("status")
    abstract Approval.Builder status(ApprovalStatus value);

    @JsonProperty("requestedOn")
    abstract Approval.Builder requestedOn(LocalDate value);

    @JsonProperty("decidedOn")
    abstract Approval.Builder decidedOn(LocalDate value);

    @JsonProperty("note")
    abstract Approval.Builder note(String value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Approval.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }

  @JsonDeserialize(builder = Atlas.Builder.class)
  @JsonPropertyOrder({
    "election",
    "provinces",
    "counties",
    "constituencies",
    "pollingStations",
    "bodies",
    "events",
    "issues",
    "approvals",
    "provenance",
    "extensions"
  })
  abstract static class AtlasMixin {
    @JsonProperty
    abstract Election election();

    @JsonProperty
    abstract List<Province> provinces();

    @JsonProperty
    abstract List<County> counties();

    @JsonProperty
    abstract List<Constituency> constituencies();

    @JsonProperty
    abstract List<PollingStation> pollingStations();

    @JsonProperty
    abstract List<Body> bodies();

    @JsonProperty
    abstract List<Event> events();

    @JsonProperty
    abstract List<Issue> issues();

    @JsonProperty
    abstract List<Approval> approvals();

    @JsonProperty
    abstract Optional<Provenance> provenance();

    @JsonProperty
    abstract Map<String, ExtensionValue> extensions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  // The format marker and version are checked before binding (see DocumentScanner).
  @JsonIgnoreProperties({"format", "schemaVersion"})
  abstract static class AtlasBuilderMixin {
    @JsonProperty("election")
    abstract Atlas.Builder election(Election value);

    @JsonProperty("provinces")
    abstract Atlas.Builder provinces(Iterable<? extends Province> values);

    @JsonProperty("counties")
    abstract Atlas.Builder counties(Iterable<? extends County> values);

    @JsonProperty("constituencies")
    abstract Atlas.Builder constituencies(Iterable<? extends Constituency> values);

    @JsonProperty("pollingStations")
    abstract Atlas.Builder pollingStations(Iterable<? extends PollingStation> values);

    @JsonProperty("bodies")
    abstract Atlas.Builder bodies(Iterable<? extends Body> values);

    @JsonProperty("events")
    abstract Atlas.Builder events(Iterable<? extends Event> values);

    @JsonProperty("issues")
    abstract Atlas.Builder issues(Iterable<? extends Issue> values);

    @JsonProperty("approvals")
    abstract Atlas.Builder approvals(Iterable<? extends Approval> values);

    @JsonProperty("provenance")
    abstract Atlas.Builder provenance(Provenance value);

    @JsonProperty("extensions")
    @JsonSetter(contentNulls = Nulls.SET)
    abstract Atlas.Builder extensions(Map<String, ? extends ExtensionValue> values);
  }
}
