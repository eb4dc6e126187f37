package org.electionatlas.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
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
import org.electionatlas.model.Staff;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.Strategy;
import org.electionatlas.model.VotingMethod;

/**
 * The small valid atlas {@link AtlasFixtures#valid()} starts from: one province, two counties with
 * eight stations each, a training with a workshop, an issue naming the one high-risk station, and
 * the approval of the one electronic station.
 *
 * <p>It is sized so that changing one station changes nothing else the validator sees: with eight
 * stations of 120 voters in a county of 1,000 voters (96% coverage), a county that loses or gains a
 * station still covers 84% or 108% of its voters, inside the default 80%–110%, and keeps stations.
 */
final class SmallAtlas {

  static final String PROVINCE = "kerman-province";
  static final String HEADQUARTERS = "kerman-election-hq";
  static final int STATIONS_PER_COUNTY = 8;

  private static final int COUNTY_VOTERS = 1_000;
  private static final int STATION_VOTERS = 120;

  /** The atlas; built once, since it never changes. */
  static final Atlas VALID = build();

  private SmallAtlas() {}

  private static Atlas build() {
    Atlas.Builder atlas =
        Atlas.builder()
            .election(
                Election.builder()
                    .id("iran-2024-03-01")
                    .name(LocalizedName.of("انتخابات مجلس ۱۴۰۲", "Majlis election of 2024"))
                    .votingDay(LocalDate.of(2024, 3, 1))
                    .addContest(Contest.of(ContestKind.MAJLIS, 12))
                    .build())
            .addProvince(
                Province.builder()
                    .id(PROVINCE)
                    .code("IR-08")
                    .name(LocalizedName.of("کرمان", "Kerman"))
                    .declaredStations(2 * STATIONS_PER_COUNTY)
                    .boundingBox(BoundingBox.of(26.4, 54.3, 32.0, 59.6))
                    .build());
    addCounty(atlas, "ravar", LocalizedName.of("راور", "Ravar"), 31.2656, 56.8055);
    addCounty(atlas, "anar", LocalizedName.of("انار", "Anar"), 30.8710, 55.2700);
    return atlas
        .addBody(
            Body.builder()
                .id(HEADQUARTERS)
                .kind(BodyKind.HEADQUARTERS)
                .level(BodyLevel.PROVINCE)
                .jurisdiction(PROVINCE)
                .name(LocalizedName.of("ستاد انتخابات استان کرمان", "Kerman Election HQ"))
                .build())
        .addBody(
            Body.builder()
                .id("guardian-council")
                .kind(BodyKind.SUPERVISORY)
                .level(BodyLevel.NATIONAL)
                .name(LocalizedName.of("شورای نگهبان", "Guardian Council"))
                .build())
        .addEvent(
            Event.builder()
                .id("training")
                .kind(EventKind.TRAINING)
                .title(LocalizedName.of("نشست آموزشی فرمانداران", "Training of county governors"))
                .start(EventTime.of(LocalDate.of(2023, 7, 12)))
                .end(EventTime.of(LocalDate.of(2023, 7, 13)))
                .organizer(HEADQUARTERS)
                .addProvince(PROVINCE)
                .addStrategies(Strategy.values())
                .build())
        .addEvent(
            Event.builder()
                .id("workshop")
                .parent("training")
                .kind(EventKind.WORKSHOP)
                .title(LocalizedName.of("کارگاه قوانین انتخابات", "Election law workshop"))
                .start(EventTime.of(LocalDateTime.of(2023, 7, 12, 10, 0)))
                .end(EventTime.of(LocalDateTime.of(2023, 7, 12, 12, 0)))
                .organizer(HEADQUARTERS)
                .addParticipant(Participant.builder().body(HEADQUARTERS).build())
                .build())
        .addIssue(
            Issue.builder()
                .id("remote-route")
                .title(
                    LocalizedName.of("امنیت مسیر شعب سیار", "Security of mobile stations' routes"))
                .category(IssueCategory.SECURITY)
                .severity(IssueSeverity.HIGH)
                .status(IssueStatus.MITIGATING)
                .addScope("anar-0008")
                .addObservedIn("iran-2021-06-18")
                .mitigation(LocalizedName.of("اسکورت انتظامی", "Police escort"))
                .owner(HEADQUARTERS)
                .build())
        .addApproval(
            Approval.builder()
                .id("ravar-electronic-voting")
                .subject(ApprovalSubject.ELECTRONIC_VOTING)
                .addScope("ravar")
                .authority("guardian-council")
                .status(ApprovalStatus.APPROVED)
                .requestedOn(LocalDate.of(2023, 7, 11))
                .decidedOn(LocalDate.of(2023, 12, 20))
                .build())
        .provenance(
            Provenance.builder()
                .addSynthetic("the whole atlas: a test fixture, not real data")
                .generator(AtlasFixtures.class.getName())
                .build())
        .build();
  }

  /**
   * A county with its Majlis constituency and its stations: five fixed stations in town, three
   * mobile ones in villages. Ravar's first station votes electronically; Anar's last is high-risk.
   */
  private static void addCounty(
      Atlas.Builder atlas, String id, LocalizedName name, double lat, double lon) {
    atlas
        .addCounty(
            County.builder()
                .id(id)
                .province(PROVINCE)
                .name(name)
                .eligibleVoters(COUNTY_VOTERS)
                .build())
        .addConstituency(
            Constituency.builder()
                .id("majlis-" + id)
                .contest(ContestKind.MAJLIS)
                .name(name)
                .addCounty(id)
                .seats(1)
                .build());
    Settlement town = Settlement.builder().name(name).kind(SettlementKind.URBAN).build();
    Settlement village =
        Settlement.builder()
            .name(LocalizedName.of("حسن\u200cآباد", "Hasanabad"))
            .kind(SettlementKind.RURAL)
            .build();
    for (int number = 1; number <= STATIONS_PER_COUNTY; number++) {
      boolean mobile = number > 5;
      atlas.addPollingStation(
          PollingStation.builder()
              .id(String.format(Locale.ROOT, "%s-%04d", id, number))
              .county(id)
              .number(number)
              .name(
                  mobile
                      ? LocalizedName.of("شعبه سیار حسن\u200cآباد", "Hasanabad mobile station")
                      : LocalizedName.of("دبستان شهید بهشتی", "Shahid Beheshti School"))
              .settlement(mobile ? village : town)
              .location(Location.of(lat + 0.01 * number, lon - 0.01 * number))
              .kind(mobile ? StationKind.MOBILE : StationKind.FIXED)
              .votingMethod(
                  id.equals("ravar") && number == 1 ? VotingMethod.ELECTRONIC : VotingMethod.PAPER)
              .expectedVoters(STATION_VOTERS)
              .accessible(!mobile)
              .staff(Staff.of(5, 2))
              .risk(
                  Risk.of(
                      id.equals("anar") && number == STATIONS_PER_COUNTY
                          ? RiskLevel.HIGH
                          : RiskLevel.LOW))
              .build());
    }
  }
}
