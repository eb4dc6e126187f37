package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.BODY;
import static org.electionatlas.model.EntityKind.CONSTITUENCY;
import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.EVENT;
import static org.electionatlas.model.EntityKind.ISSUE;
import static org.electionatlas.model.EntityKind.POLLING_STATION;
import static org.electionatlas.model.EntityKind.PROVINCE;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Body;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.Issue;

/** The standard rule catalogue, ordered by id. */
final class Catalogue {

  private Catalogue() {}

  /** The rules as written below, each reference rule as plain as it is declared. */
  private static final ImmutableList<Rule> DECLARED =
      ImmutableList.sortedCopyOf(
          Comparator.comparing(Rule::id),
          List.of(
              new IdMalformedRule(),
              new IdDuplicateRule(),
              PersianTextRule.arabicLetters(),
              PersianTextRule.arabicIndicDigits(),
              PersianTextRule.missingZwnj(),
              new TextUnsafeCharacterRule(),
              new ElectionContestDuplicateRule(),
              new ElectionWithoutContestRule(),
              new DateImplausibleRule(),
              new ProvinceCodeInvalidRule(),
              new ProvinceCodeDuplicateRule(),
              new ProvinceCodeNameMismatchRule(),
              new ProvinceBoundingBoxInvalidRule(),
              new ProvinceDeclaredStationsMismatchRule(),
              new CountyWithoutStationRule(),
              new CountyEligibleVotersInvalidRule(),
              CountyCoverageRule.low(),
              CountyCoverageRule.high(),
              new CountyConstituencyMissingRule(),
              new CountyConstituencyMultipleRule(),
              new ConstituencySeatsInvalidRule(),
              new ConstituencyContestNotHeldRule(),
              new ConstituencyWithoutCountyRule(),
              new StationNumberInvalidRule(),
              new StationNumberDuplicateRule(),
              new StationNumberGapRule(),
              new StationLocationInvalidRule(),
              new StationLocationOutsideIranRule(),
              new StationLocationOutsideProvinceRule(),
              new StationLocationDuplicateRule(),
              new StationVotersInvalidRule(),
              new StationVotersOverMaximumRule(),
              new StationOfficialsTooFewRule(),
              new StationObserverMissingRule(),
              new StationHighRiskUnaddressedRule(),
              new StationElectronicUnapprovedRule(),
              new StationElectronicApprovalPendingRule(),
              new ApprovalDecisionDateMissingRule(),
              new ApprovalPendingButDecidedRule(),
              new ApprovalDecidedBeforeRequestedRule(),
              new EventEndBeforeStartRule(),
              new EventOutsideParentRule(),
              new EventAfterVotingDayRule(),
              new IssueCriticalOpenRule(),
              new IssueResolvedWithoutMitigationRule(),
              new BodyJurisdictionLevelMismatchRule(),
              new ParentCycleRule(EVENT, "event-parent-cycle"),
              new ParentCycleRule(BODY, "body-parent-cycle"),
              new StationReferenceRule(
                  "station-county-unknown",
                  "county",
                  Set.of(COUNTY),
                  "The county runs the station and numbers it; a station whose county is unknown"
                      + " belongs to no executive board, and its voters count nowhere.",
                  """
                  "counties": [{"id": "ravar", "province": "kerman"}],
                  "pollingStations": [{"id": "ravar-0001", "county": "ravr", "number": 1}]""",
                  """
                  "counties": [{"id": "ravar", "province": "kerman"}],
                  "pollingStations": [{"id": "ravar-0001", "county": "ravar", "number": 1}]""",
                  (i, station, sink) ->
                      sink.accept("/pollingStations/" + i + "/county", station.county())),
              new ReferenceRule(
                  "county-province-unknown",
                  COUNTY,
                  "province",
                  Set.of(PROVINCE),
                  "Counties are grouped by province for declared station counts, bounding boxes and"
                      + " provincial headquarters; a county outside any province escapes them all.",
                  """
                  "provinces": [{"id": "kerman", "code": "IR-08"}],
                  "counties": [{"id": "ravar", "province": "kerman-province"}]""",
                  """
                  "provinces": [{"id": "kerman", "code": "IR-08"}],
                  "counties": [{"id": "ravar", "province": "kerman"}]""",
                  (atlas, sink) -> {
                    List<County> counties = atlas.counties();
                    for (int i = 0; i < counties.size(); i++) {
                      sink.accept(
                          "/counties/" + i + "/province",
                          counties.get(i),
                          counties.get(i).province());
                    }
                  }),
              new ReferenceRule(
                  "constituency-county-unknown",
                  CONSTITUENCY,
                  "county",
                  Set.of(COUNTY),
                  "A constituency is made of counties; an unknown county leaves its voters out of"
                      + " the contest or points at a county that was renamed or split.",
                  """
                  "counties": [{"id": "ravar", "province": "kerman"}],
                  "constituencies": [
                    {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]}
                  ]""",
                  """
                  "counties": [{"id": "kerman", "province": "kerman"}, {"id": "ravar", "province": "kerman"}],
                  "constituencies": [
                    {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]}
                  ]""",
                  (atlas, sink) -> {
                    List<Constituency> constituencies = atlas.constituencies();
                    for (int i = 0; i < constituencies.size(); i++) {
                      Constituency constituency = constituencies.get(i);
                      for (int j = 0; j < constituency.counties().size(); j++) {
                        sink.accept(
                            "/constituencies/" + i + "/counties/" + j,
                            constituency,
                            constituency.counties().get(j));
                      }
                    }
                  }),
              new ReferenceRule(
                  "body-parent-unknown",
                  BODY,
                  "parent",
                  Set.of(BODY),
                  "Bodies answer to their parents; an unknown parent breaks the chain of"
                      + " responsibility the atlas is meant to show.",
                  """
                  "bodies": [
                    {"id": "kerman-hq", "kind": "HEADQUARTERS"},
                    {"id": "media-hq", "kind": "HEADQUARTERS", "parent": "kerman-election-hq"}
                  ]""",
                  """
                  "bodies": [
                    {"id": "kerman-hq", "kind": "HEADQUARTERS"},
                    {"id": "media-hq", "kind": "HEADQUARTERS", "parent": "kerman-hq"}
                  ]""",
                  (atlas, sink) -> {
                    List<Body> bodies = atlas.bodies();
                    for (int i = 0; i < bodies.size(); i++) {
                      Body body = bodies.get(i);
                      int at = i;
                      body.parent()
                          .ifPresent(
                              parent -> sink.accept("/bodies/" + at + "/parent", body, parent));
                    }
                  }),
              new ReferenceRule(
                  "body-jurisdiction-unknown",
                  BODY,
                  "jurisdiction",
                  Set.of(PROVINCE, COUNTY),
                  "A provincial or county body works for a province or county of the atlas; an"
                      + " unknown jurisdiction hides which stations it is responsible for.",
                  """
                  "provinces": [{"id": "kerman", "code": "IR-08"}],
                  "bodies": [{"id": "kerman-hq", "level": "PROVINCE", "jurisdiction": "kerman-province"}]""",
                  """
                  "provinces": [{"id": "kerman", "code": "IR-08"}],
                  "bodies": [{"id": "kerman-hq", "level": "PROVINCE", "jurisdiction": "kerman"}]""",
                  (atlas, sink) -> {
                    List<Body> bodies = atlas.bodies();
                    for (int i = 0; i < bodies.size(); i++) {
                      Body body = bodies.get(i);
                      int at = i;
                      body.jurisdiction()
                          .ifPresent(
                              place -> sink.accept("/bodies/" + at + "/jurisdiction", body, place));
                    }
                  }),
              new ReferenceRule(
                  "event-parent-unknown",
                  EVENT,
                  "parent",
                  Set.of(EVENT),
                  "Sessions belong to the training or meeting they are part of; an unknown parent"
                      + " detaches a workshop from its programme.",
                  """
                  "events": [
                    {"id": "training", "kind": "TRAINING"},
                    {"id": "workshop", "parent": "trainig", "kind": "WORKSHOP"}
                  ]""",
                  """
                  "events": [
                    {"id": "training", "kind": "TRAINING"},
                    {"id": "workshop", "parent": "training", "kind": "WORKSHOP"}
                  ]""",
                  (atlas, sink) -> {
                    List<Event> events = atlas.events();
                    for (int i = 0; i < events.size(); i++) {
                      Event event = events.get(i);
                      int at = i;
                      event
                          .parent()
                          .ifPresent(
                              parent -> sink.accept("/events/" + at + "/parent", event, parent));
                    }
                  }),
              new ReferenceRule(
                  "event-organizer-unknown",
                  EVENT,
                  "organizer",
                  Set.of(BODY),
                  "Someone must answer for an event; an organizer that is not a body of the atlas"
                      + " cannot be asked.",
                  """
                  "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
                  "events": [{"id": "training", "kind": "TRAINING", "organizer": "kerman-governorate"}]""",
                  """
                  "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
                  "events": [{"id": "training", "kind": "TRAINING", "organizer": "kerman-hq"}]""",
                  (atlas, sink) -> {
                    List<Event> events = atlas.events();
                    for (int i = 0; i < events.size(); i++) {
                      Event event = events.get(i);
                      int at = i;
                      event
                          .organizer()
                          .ifPresent(
                              body -> sink.accept("/events/" + at + "/organizer", event, body));
                    }
                  }),
              new ReferenceRule(
                  "event-participant-unknown",
                  EVENT,
                  "participant",
                  Set.of(BODY),
                  "A participant named by id must be a body of the atlas; describe others by role.",
                  """
                  "events": [{"id": "training", "kind": "TRAINING",
                    "participants": [{"body": "yazd-governors"}]}]""",
                  """
                  "events": [{"id": "training", "kind": "TRAINING",
                    "participants": [{"role": {"fa": "فرمانداران استان یزد", "en": "County governors of Yazd"}}]}]""",
                  (atlas, sink) -> {
                    List<Event> events = atlas.events();
                    for (int i = 0; i < events.size(); i++) {
                      Event event = events.get(i);
                      for (int j = 0; j < event.participants().size(); j++) {
                        String pointer = "/events/" + i + "/participants/" + j + "/body";
                        event
                            .participants()
                            .get(j)
                            .body()
                            .ifPresent(body -> sink.accept(pointer, event, body));
                      }
                    }
                  }),
              new ReferenceRule(
                  "event-province-unknown",
                  EVENT,
                  "province",
                  Set.of(PROVINCE),
                  "The provinces of an event say whose staff take part; an unknown one is usually"
                      + " a province left out of the atlas or a misspelt id.",
                  """
                  "provinces": [{"id": "kerman", "code": "IR-08"}],
                  "events": [{"id": "training", "kind": "TRAINING", "provinces": ["kerman", "yazd"]}]""",
                  """
                  "provinces": [{"id": "kerman", "code": "IR-08"}, {"id": "yazd", "code": "IR-21"}],
                  "events": [{"id": "training", "kind": "TRAINING", "provinces": ["kerman", "yazd"]}]""",
                  (atlas, sink) -> {
                    List<Event> events = atlas.events();
                    for (int i = 0; i < events.size(); i++) {
                      Event event = events.get(i);
                      for (int j = 0; j < event.provinces().size(); j++) {
                        sink.accept(
                            "/events/" + i + "/provinces/" + j, event, event.provinces().get(j));
                      }
                    }
                  }),
              new ReferenceRule(
                  "issue-scope-unknown",
                  ISSUE,
                  "scope",
                  Set.of(PROVINCE, COUNTY, CONSTITUENCY, POLLING_STATION),
                  "An issue is only useful where it is known to apply; a scope that names nothing"
                      + " in the atlas lets the issue's stations go unprepared.",
                  """
                  "counties": [{"id": "ravar", "province": "kerman"}],
                  "issues": [{"id": "late-ballots", "scope": ["ravar", "ravar-0099"]}]""",
                  """
                  "counties": [{"id": "ravar", "province": "kerman"}],
                  "issues": [{"id": "late-ballots", "scope": ["ravar"]}]""",
                  (atlas, sink) -> {
                    List<Issue> issues = atlas.issues();
                    for (int i = 0; i < issues.size(); i++) {
                      Issue issue = issues.get(i);
                      for (int j = 0; j < issue.scope().size(); j++) {
                        sink.accept("/issues/" + i + "/scope/" + j, issue, issue.scope().get(j));
                      }
                    }
                  }),
              new ReferenceRule(
                  "issue-owner-unknown",
                  ISSUE,
                  "owner",
                  Set.of(BODY),
                  "An issue without a body that owns it is an issue nobody works on.",
                  """
                  "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
                  "issues": [{"id": "late-ballots", "owner": "logistics-committee"}]""",
                  """
                  "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
                  "issues": [{"id": "late-ballots", "owner": "kerman-hq"}]""",
                  (atlas, sink) -> {
                    List<Issue> issues = atlas.issues();
                    for (int i = 0; i < issues.size(); i++) {
                      Issue issue = issues.get(i);
                      int at = i;
                      issue
                          .owner()
                          .ifPresent(
                              owner -> sink.accept("/issues/" + at + "/owner", issue, owner));
                    }
                  }),
              new ReferenceRule(
                  "approval-scope-unknown",
                  EntityKind.APPROVAL,
                  "scope",
                  Set.of(PROVINCE, COUNTY, CONSTITUENCY, POLLING_STATION),
                  "An approval covers the stations in its scope; a scope that names nothing in"
                      + " the atlas leaves those stations without the approval they wait for.",
                  """
                  "counties": [{"id": "kerman", "province": "kerman"}],
                  "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
                    "scope": ["kerman-city"]}]""",
                  """
                  "counties": [{"id": "kerman", "province": "kerman"}],
                  "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
                    "scope": ["kerman"], "settlements": [{"fa": "کرمان", "en": "Kerman"}]}]""",
                  (atlas, sink) -> {
                    List<Approval> approvals = atlas.approvals();
                    for (int i = 0; i < approvals.size(); i++) {
                      Approval approval = approvals.get(i);
                      for (int j = 0; j < approval.scope().size(); j++) {
                        sink.accept(
                            "/approvals/" + i + "/scope/" + j, approval, approval.scope().get(j));
                      }
                    }
                  }),
              new ReferenceRule(
                  "approval-authority-unknown",
                  EntityKind.APPROVAL,
                  "authority",
                  Set.of(BODY),
                  "An approval is only as good as the body that gives it, such as the Guardian"
                      + " Council; it must be a body of the atlas.",
                  """
                  "bodies": [{"id": "guardian-council", "kind": "COUNCIL"}],
                  "approvals": [{"id": "electronic-kerman", "authority": "shora-ye-negahban"}]""",
                  """
                  "bodies": [{"id": "guardian-council", "kind": "COUNCIL"}],
                  "approvals": [{"id": "electronic-kerman", "authority": "guardian-council"}]""",
                  (atlas, sink) -> {
                    List<Approval> approvals = atlas.approvals();
                    for (int i = 0; i < approvals.size(); i++) {
                      sink.accept(
                          "/approvals/" + i + "/authority",
                          approvals.get(i),
                          approvals.get(i).authority());
                    }
                  })));

  /**
   * The catalogue: the rules as declared, with each reference rule whose subjects are in the frame
   * made a {@link StationRule}, since any of its references may name a station.
   */
  static final ImmutableList<Rule> RULES =
      ImmutableList.copyOf(FrameReferenceRule.streamable(DECLARED));
}
