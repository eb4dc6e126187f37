package org.electionatlas.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A small atlas that every rule accepts, for tests that plant one defect in it. Core's tests cannot
 * use the testkit (it depends on core), so they build this one by hand.
 */
public final class TestAtlases {

  private TestAtlases() {}

  /**
   * One province with two counties (Ravar with three stations, one of them electronic and approved
   * for the city of Ravar; Anar with one), their Majlis constituencies and one Assembly of Experts
   * constituency, a training with a workshop, an issue, and two approvals.
   */
  public static Atlas valid() {
    return Atlas.builder()
        .election(
            Election.builder()
                .id("iran-2024-03-01")
                .name(LocalizedName.of("انتخابات ۱۱ اسفند ۱۴۰۲", "Election of 1 March 2024"))
                .votingDay(LocalDate.of(2024, 3, 1))
                .addContest(Contest.of(ContestKind.MAJLIS, 12))
                .addContest(Contest.of(ContestKind.ASSEMBLY_OF_EXPERTS, 6))
                .build())
        .addProvince(
            Province.builder()
                .id("kerman")
                .code("IR-08")
                .name(LocalizedName.of("کرمان", "Kerman"))
                .declaredStations(4)
                .boundingBox(BoundingBox.of(26.4, 54.3, 32.0, 59.6))
                .build())
        .addCounty(county("ravar", "راور", "Ravar", 2000))
        .addCounty(county("anar", "انار", "Anar", 1000))
        .addConstituency(
            Constituency.builder()
                .id("majlis-ravar")
                .contest(ContestKind.MAJLIS)
                .name(LocalizedName.of("راور", "Ravar"))
                .addCounty("ravar")
                .seats(1)
                .build())
        .addConstituency(
            Constituency.builder()
                .id("majlis-anar")
                .contest(ContestKind.MAJLIS)
                .name(LocalizedName.of("انار", "Anar"))
                .addCounty("anar")
                .seats(1)
                .build())
        .addConstituency(
            Constituency.builder()
                .id("experts-kerman")
                .contest(ContestKind.ASSEMBLY_OF_EXPERTS)
                .name(LocalizedName.of("استان کرمان", "Kerman province"))
                .addCounty("ravar")
                .addCounty("anar")
                .seats(1)
                .build())
        .addPollingStation(station("ravar-0001", "ravar", 1, 31.2656, 56.8055).build())
        .addPollingStation(station("anar-0001", "anar", 1, 30.8710, 55.2700).build())
        .addPollingStation(
            station("ravar-0002", "ravar", 2, 31.2702, 56.8091)
                .name(LocalizedName.of("دبیرستان فرزانگان", "Farzanegan High School"))
                .settlement(
                    Settlement.builder()
                        .name(LocalizedName.of("راور", "Ravar"))
                        .kind(SettlementKind.URBAN)
                        .build())
                .votingMethod(VotingMethod.ELECTRONIC)
                .expectedVoters(800)
                .build())
        .addPollingStation(
            station("ravar-0003", "ravar", 3, 31.2590, 56.7990)
                .name(LocalizedName.of("مسجد جامع", "Friday Mosque"))
                .expectedVoters(200)
                .build())
        .addBody(
            Body.builder()
                .id("kerman-hq")
                .kind(BodyKind.HEADQUARTERS)
                .level(BodyLevel.PROVINCE)
                .jurisdiction("kerman")
                .name(LocalizedName.of("ستاد انتخابات استان کرمان", "Kerman election HQ"))
                .build())
        .addBody(
            Body.builder()
                .id("guardian-council")
                .kind(BodyKind.COUNCIL)
                .level(BodyLevel.NATIONAL)
                .name(LocalizedName.of("شورای نگهبان", "Guardian Council"))
                .build())
        .addEvent(
            Event.builder()
                .id("training")
                .kind(EventKind.TRAINING)
                .title(LocalizedName.of("نشست آموزشی", "Regional training"))
                .start(EventTime.of(LocalDate.of(2023, 7, 12)))
                .end(EventTime.of(LocalDate.of(2023, 7, 13)))
                .organizer("kerman-hq")
                .addProvince("kerman")
                .build())
        .addEvent(
            Event.builder()
                .id("workshop")
                .parent("training")
                .kind(EventKind.WORKSHOP)
                .title(LocalizedName.of("کارگاه قوانین انتخابات", "Election law workshop"))
                .start(EventTime.of(LocalDateTime.of(2023, 7, 12, 10, 0)))
                .end(EventTime.of(LocalDateTime.of(2023, 7, 12, 12, 0)))
                .addParticipant(Participant.builder().body("kerman-hq").build())
                .build())
        .addIssue(
            Issue.builder()
                .id("late-ballots")
                .title(LocalizedName.of("تأخیر در رسیدن تعرفه‌ها", "Ballots arriving late"))
                .category(IssueCategory.LOGISTICS)
                .severity(IssueSeverity.MEDIUM)
                .status(IssueStatus.MITIGATING)
                .addScope("ravar")
                .owner("kerman-hq")
                .build())
        .addApproval(
            Approval.builder()
                .id("mobile-anar")
                .subject(ApprovalSubject.MOBILE_STATION)
                .addScope("anar")
                .authority("guardian-council")
                .status(ApprovalStatus.APPROVED)
                .requestedOn(LocalDate.of(2023, 5, 1))
                .decidedOn(LocalDate.of(2023, 6, 10))
                .build())
        .addApproval(
            Approval.builder()
                .id("electronic-ravar")
                .subject(ApprovalSubject.ELECTRONIC_VOTING)
                .addScope("ravar")
                .addSettlement(LocalizedName.of("راور", "Ravar"))
                .authority("guardian-council")
                .status(ApprovalStatus.APPROVED)
                .requestedOn(LocalDate.of(2023, 7, 11))
                .decidedOn(LocalDate.of(2024, 1, 20))
                .build())
        .build();
  }

  private static County county(String id, String fa, String en, int eligibleVoters) {
    return County.builder()
        .id(id)
        .province("kerman")
        .name(LocalizedName.of(fa, en))
        .eligibleVoters(eligibleVoters)
        .build();
  }

  private static PollingStation.Builder station(
      String id, String county, int number, double lat, double lon) {
    return PollingStation.builder()
        .id(id)
        .county(county)
        .number(number)
        .name(LocalizedName.of("دبستان شهید بهشتی", "Shahid Beheshti School"))
        .location(Location.of(lat, lon))
        .kind(StationKind.FIXED)
        .votingMethod(VotingMethod.PAPER)
        .expectedVoters(900)
        .staff(Staff.of(5, 2))
        .risk(Risk.of(RiskLevel.LOW));
  }
}
