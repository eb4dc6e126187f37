package org.electionatlas.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
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
import org.electionatlas.model.IranProvinces;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueCategory;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
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
import org.electionatlas.model.VotingMethod;
import org.jspecify.annotations.Nullable;

/**
 * Generates valid atlases of random size from a seed: 1 to 3 provinces, 2 to 30 counties, up to 200
 * stations in a shuffled order, constituencies of two contests, bodies, a training with its
 * sessions, issues naming every HIGH-risk station, and approvals that cover every electronic
 * station exactly once (by station, county, settlement, constituency or province).
 *
 * <p>Two guarantees the planters rely on: the first county has at least two stations, and its first
 * station votes on paper, is not HIGH risk and is covered by no approval.
 */
final class RandomAtlases {

  static final LocalDate VOTING_DAY = LocalDate.of(2024, 3, 1);

  private static final String[][] COUNTY_NAMES = {
    {"Anar", "انار"},
    {"Anbarabad", "عنبرآباد"},
    {"Arzuiyeh", "ارزوئیه"},
    {"Baft", "بافت"},
    {"Bam", "بم"},
    {"Bardsir", "بردسیر"},
    {"Fahraj", "فهرج"},
    {"Faryab", "فاریاب"},
    {"Gonbaki", "گنبکی"},
    {"Jazmurian", "جازموریان"},
    {"Jiroft", "جیرفت"},
    {"Kahnuj", "کهنوج"},
    {"Kerman", "کرمان"},
    {"Kuhbanan", "کوهبنان"},
    {"Manujan", "منوجان"},
    {"Narmashir", "نرماشیر"},
    {"Qaleh Ganj", "قلعه گنج"},
    {"Rabor", "رابر"},
    {"Rafsanjan", "رفسنجان"},
    {"Ravar", "راور"},
    {"Rigan", "ریگان"},
    {"Rudbar-e Jonubi", "رودبار جنوب"},
    {"Shahr-e Babak", "شهربابک"},
    {"Sirjan", "سیرجان"},
    {"Zarand", "زرند"}
  };

  private static final String[] VILLAGES = {"باغین", "جوپار", "ماهان", "اختیارآباد", "کیانشهر"};

  private static final String[][] BUILDINGS = {
    {"دبستان شهید بهشتی", "Shahid Beheshti School"}, {"مسجد جامع", "Friday Mosque"},
    {"دبیرستان فرزانگان", "Farzanegan High School"}, {"کانون فرهنگی", "Cultural Centre"},
    {"حسینیه", "Hosseiniyeh"}
  };

  private RandomAtlases() {}

  static String slug(String english) {
    return english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** The valid atlas of the seed; the same seed always gives the same atlas. */
  static Atlas generate(long seed) {
    Random r = new Random(seed);
    Atlas.Builder atlas = Atlas.builder();

    // Provinces, each with a box of 1.5° to 3° inside Iran's box.
    List<IranProvinces.Entry> table = new ArrayList<>(IranProvinces.all());
    Collections.shuffle(table, r);
    int provinceCount = 1 + r.nextInt(3);
    List<String> provinceIds = new ArrayList<>();
    List<BoundingBox> boxes = new ArrayList<>();
    for (int p = 0; p < provinceCount; p++) {
      IranProvinces.Entry entry = table.get(p);
      double height = 1.5 + r.nextDouble() * 1.5;
      double width = 1.5 + r.nextDouble() * 1.5;
      double minLat = round(25.2 + r.nextDouble() * (39.6 - 25.2 - height));
      double minLon = round(44.2 + r.nextDouble() * (63.2 - 44.2 - width));
      BoundingBox box =
          BoundingBox.of(minLat, minLon, round(minLat + height), round(minLon + width));
      provinceIds.add(slug(entry.en()));
      boxes.add(box);
    }

    // Counties: the first province gets at least two, every province at least one.
    int countyCount = Math.max(provinceCount + 1, 2 + r.nextInt(29));
    int[] provinceOf = new int[countyCount];
    for (int c = 0; c < countyCount; c++) {
      provinceOf[c] = c < 2 ? 0 : c < provinceCount + 1 ? c - 1 : r.nextInt(provinceCount);
    }
    List<String> countyIds = new ArrayList<>();
    List<String[]> countyNames = new ArrayList<>();
    for (int c = 0; c < countyCount; c++) {
      String[] name = COUNTY_NAMES[(c + (int) (seed % COUNTY_NAMES.length)) % COUNTY_NAMES.length];
      countyNames.add(name);
      countyIds.add(slug(name[0]) + "-" + c);
    }

    // Stations: at least one per county, two in the first, at most 200 in all.
    int[] perCounty = new int[countyCount];
    java.util.Arrays.fill(perCounty, 1);
    perCounty[0] = 2;
    int total = countyCount + 1;
    int extra = r.nextInt(Math.max(1, 201 - total));
    for (int k = 0; k < extra; k++) {
      perCounty[r.nextInt(countyCount)]++;
    }
    List<PollingStation> stations = new ArrayList<>();
    long[] expectedSum = new long[countyCount];
    int electronic = 0;
    for (int c = 0; c < countyCount; c++) {
      BoundingBox box = boxes.get(provinceOf[c]);
      Set<String> points = new HashSet<>();
      for (int n = 1; n <= perCounty[c]; n++) {
        Location location;
        do {
          location =
              Location.of(
                  round(box.minLat() + r.nextDouble() * (box.maxLat() - box.minLat())),
                  round(box.minLon() + r.nextDouble() * (box.maxLon() - box.minLon())));
        } while (!points.add(
            Math.round(location.lat() * 1e5) + ":" + Math.round(location.lon() * 1e5)));
        boolean guaranteedPaper = c == 0 && n == 1;
        String[] building = BUILDINGS[r.nextInt(BUILDINGS.length)];
        PollingStation.Builder station =
            PollingStation.builder()
                .id(countyIds.get(c) + "-" + String.format(Locale.ROOT, "%04d", n))
                .county(countyIds.get(c))
                .number(n)
                .name(LocalizedName.of(building[1], building[0]))
                .location(location)
                .kind(r.nextInt(100) < 85 ? StationKind.FIXED : StationKind.MOBILE)
                .votingMethod(
                    !guaranteedPaper && r.nextInt(100) < 15
                        ? VotingMethod.ELECTRONIC
                        : VotingMethod.PAPER)
                .expectedVoters(100 + r.nextInt(2401));
        int settlement = r.nextInt(10);
        if (settlement < 7) {
          station.settlement(settlement(countyNames.get(c)[1], SettlementKind.URBAN));
        } else if (settlement < 9) {
          station.settlement(
              settlement(VILLAGES[r.nextInt(VILLAGES.length)], SettlementKind.RURAL));
        }
        if (r.nextInt(10) < 8) {
          station.staff(Staff.of(5 + r.nextInt(3), 1 + r.nextInt(3)));
        }
        int risk = r.nextInt(100);
        if (guaranteedPaper || risk < 60) {
          station.risk(Risk.of(RiskLevel.LOW));
        } else if (risk < 80) {
          station.risk(Risk.of(RiskLevel.MEDIUM));
        } else if (risk < 85) {
          station.risk(Risk.builder().level(RiskLevel.HIGH).note("disputed last round").build());
        }
        if (r.nextBoolean()) {
          station.accessible(r.nextBoolean());
        }
        PollingStation built = station.build();
        if (built.votingMethod() == VotingMethod.ELECTRONIC) {
          electronic++;
        }
        expectedSum[c] += built.expectedVoters();
        stations.add(built);
      }
    }
    if (electronic == 0) {
      // The first county's second station votes electronically, so pending approvals can be
      // planted.
      stations.set(
          1,
          PollingStation.builder()
              .from(stations.get(1))
              .votingMethod(VotingMethod.ELECTRONIC)
              .build());
    }

    // Counties with eligible voters that the stations cover by 85% to 105%.
    for (int c = 0; c < countyCount; c++) {
      County.Builder county =
          County.builder()
              .id(countyIds.get(c))
              .province(provinceIds.get(provinceOf[c]))
              .name(LocalizedName.of(countyNames.get(c)[1], countyNames.get(c)[0]));
      if (r.nextInt(100) < 85) {
        county.eligibleVoters((int) Math.round(expectedSum[c] / (0.85 + r.nextDouble() * 0.2)));
      }
      atlas.addCounty(county.build());
    }

    // Provinces with their declared counts.
    for (int p = 0; p < provinceCount; p++) {
      IranProvinces.Entry entry = table.get(p);
      int declared = 0;
      for (int c = 0; c < countyCount; c++) {
        declared += provinceOf[c] == p ? perCounty[c] : 0;
      }
      Province.Builder province =
          Province.builder()
              .id(provinceIds.get(p))
              .code(entry.code())
              .name(entry.name())
              .boundingBox(boxes.get(p));
      if (r.nextInt(100) < 80) {
        province.declaredStations(declared);
      }
      atlas.addProvince(province.build());
    }

    // Constituencies: Majlis groups of 1 to 3 counties, one Assembly of Experts per province.
    List<Constituency> majlis = new ArrayList<>();
    for (int p = 0; p < provinceCount; p++) {
      List<String> counties = new ArrayList<>();
      for (int c = 0; c < countyCount; c++) {
        if (provinceOf[c] == p) {
          counties.add(countyIds.get(c));
        }
      }
      for (int from = 0; from < counties.size(); ) {
        int to = Math.min(counties.size(), from + 1 + r.nextInt(3));
        majlis.add(
            Constituency.builder()
                .id("majlis-" + provinceIds.get(p) + "-" + majlis.size())
                .contest(ContestKind.MAJLIS)
                .name(LocalizedName.of("حوزه انتخابیه", "Constituency"))
                .counties(counties.subList(from, to))
                .seats(1 + r.nextInt(3))
                .build());
        from = to;
      }
      atlas.addConstituency(
          Constituency.builder()
              .id("experts-" + provinceIds.get(p))
              .contest(ContestKind.ASSEMBLY_OF_EXPERTS)
              .name(table.get(p).name())
              .counties(counties)
              .seats(1 + r.nextInt(3))
              .build());
    }
    atlas.addAllConstituencies(majlis);
    atlas.election(
        Election.builder()
            .id("iran-2024-03-01")
            .name(LocalizedName.of("انتخابات ۱۱ اسفند ۱۴۰۲", "Election of 1 March 2024"))
            .votingDay(VOTING_DAY)
            .addContest(Contest.of(ContestKind.MAJLIS, 12))
            .addContest(Contest.of(ContestKind.ASSEMBLY_OF_EXPERTS, 6))
            .build());

    // Bodies at every level.
    atlas.addBody(body("guardian-council", BodyKind.COUNCIL, BodyLevel.NATIONAL, null, null));
    atlas.addBody(body("interior-ministry", BodyKind.MINISTRY, BodyLevel.NATIONAL, null, null));
    for (String province : provinceIds) {
      atlas.addBody(
          body(
              "hq-" + province,
              BodyKind.HEADQUARTERS,
              BodyLevel.PROVINCE,
              province,
              "interior-ministry"));
    }
    for (int c = 0; c < countyCount; c++) {
      if (r.nextBoolean()) {
        atlas.addBody(
            body(
                "governorate-" + countyIds.get(c),
                BodyKind.GOVERNORATE,
                BodyLevel.COUNTY,
                countyIds.get(c),
                "hq-" + provinceIds.get(provinceOf[c])));
      }
    }

    // A training of 1 to 3 days with its sessions, a meeting, and a deadline after the vote.
    LocalDate first = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(340));
    LocalDate last = first.plusDays(r.nextInt(3));
    String organizer = "hq-" + provinceIds.get(0);
    atlas.addEvent(
        event("training", null, EventKind.TRAINING, EventTime.of(first), EventTime.of(last))
            .organizer(organizer)
            .provinces(provinceIds)
            .build());
    atlas.addEvent(
        event("opening", "training", EventKind.OPENING, at(first, 9), at(first, 10)).build());
    int workshops = 1 + r.nextInt(3);
    for (int w = 1; w <= workshops; w++) {
      LocalDate day = first.plusDays(r.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
      atlas.addEvent(
          (r.nextBoolean()
                  ? event(
                      "workshop-" + w,
                      "training",
                      EventKind.WORKSHOP,
                      at(day, 10 + w),
                      at(day, 11 + w))
                  : event(
                      "workshop-" + w,
                      "training",
                      EventKind.WORKSHOP,
                      EventTime.of(day),
                      EventTime.of(day)))
              .build());
    }
    atlas.addEvent(
        event(
                "think-tank",
                "training",
                EventKind.THINK_TANK,
                EventTime.of(last),
                EventTime.of(last))
            .build());
    atlas.addEvent(
        event("closing", "training", EventKind.CLOSING, at(last, 16), at(last, 17)).build());
    LocalDate meeting = VOTING_DAY.minusDays(1 + r.nextInt(60));
    atlas.addEvent(
        event("meeting", null, EventKind.MEETING, EventTime.of(meeting), EventTime.of(meeting))
            .organizer(organizer)
            .build());
    atlas.addEvent(
        event(
                "complaints-deadline",
                null,
                EventKind.DEADLINE,
                EventTime.of(VOTING_DAY.plusDays(9)),
                EventTime.of(VOTING_DAY.plusDays(9)))
            .build());

    // Issues: one per HIGH-risk station, naming it, and a few broader ones.
    int issue = 0;
    for (PollingStation station : stations) {
      if (station.risk().map(risk -> risk.level() == RiskLevel.HIGH).orElse(false)) {
        atlas.addIssue(
            issue(r, "issue-" + issue++).addScope(station.id()).addScope(station.county()).build());
      }
    }
    for (int k = 0; k < 1 + r.nextInt(3); k++) {
      atlas.addIssue(
          issue(r, "issue-" + issue++)
              .addScope(
                  r.nextBoolean() ? countyIds.get(r.nextInt(countyCount)) : provinceIds.get(0))
              .build());
    }

    // Approvals: mobile stations, and electronic voting covering each electronic station once.
    List<Approval> approvals = new ArrayList<>();
    approvals.add(
        approval(
                r,
                "mobile-" + provinceIds.get(0),
                ApprovalSubject.MOBILE_STATION,
                provinceIds.get(0))
            .build());
    if (r.nextBoolean()) {
      approvals.add(
          Approval.builder()
              .id("mobile-asked")
              .subject(ApprovalSubject.MOBILE_STATION)
              .addScope(countyIds.get(r.nextInt(countyCount)))
              .authority("guardian-council")
              .status(ApprovalStatus.PENDING)
              .requestedOn(LocalDate.of(2024, 1, 10))
              .build());
    }
    Set<Integer> coveredCounties = new HashSet<>();
    for (int p = 1; p < provinceCount; p++) {
      if (r.nextInt(4) == 0) {
        approvals.add(
            approval(
                    r,
                    "electronic-" + provinceIds.get(p),
                    ApprovalSubject.ELECTRONIC_VOTING,
                    provinceIds.get(p))
                .build());
        for (int c = 0; c < countyCount; c++) {
          if (provinceOf[c] == p) {
            coveredCounties.add(c);
          }
        }
      }
    }
    for (Constituency constituency : majlis) {
      boolean free =
          !constituency.counties().contains(countyIds.get(0))
              && constituency.counties().stream()
                  .noneMatch(id -> coveredCounties.contains(countyIds.indexOf(id)));
      if (free && r.nextInt(4) == 0) {
        approvals.add(
            approval(
                    r,
                    "electronic-" + constituency.id(),
                    ApprovalSubject.ELECTRONIC_VOTING,
                    constituency.id())
                .build());
        constituency.counties().forEach(id -> coveredCounties.add(countyIds.indexOf(id)));
      }
    }
    for (int c = 0; c < countyCount; c++) {
      if (coveredCounties.contains(c)) {
        continue;
      }
      String county = countyIds.get(c);
      List<PollingStation> electronicHere =
          stations.stream()
              .filter(s -> s.county().equals(county) && s.votingMethod() == VotingMethod.ELECTRONIC)
              .toList();
      if (electronicHere.isEmpty()) {
        continue;
      }
      int mode = c == 0 ? 0 : r.nextInt(3);
      boolean allSettled = electronicHere.stream().allMatch(s -> s.settlement().isPresent());
      if (mode == 2 && allSettled) {
        Approval.Builder approval =
            approval(r, "electronic-" + county, ApprovalSubject.ELECTRONIC_VOTING, county);
        Set<String> names = new LinkedHashSet<>();
        electronicHere.forEach(s -> names.add(s.settlement().get().name().fa()));
        names.forEach(name -> approval.addSettlement(LocalizedName.of(respell(r, name))));
        approvals.add(approval.build());
      } else if (mode == 1) {
        approvals.add(
            approval(r, "electronic-" + county, ApprovalSubject.ELECTRONIC_VOTING, county).build());
      } else {
        Approval.Builder approval =
            approval(r, "electronic-" + county, ApprovalSubject.ELECTRONIC_VOTING);
        electronicHere.forEach(s -> approval.addScope(s.id()));
        approvals.add(approval.build());
      }
    }
    atlas.approvals(approvals);

    Collections.shuffle(stations, r);
    atlas.pollingStations(stations);
    atlas.provenance(
        Provenance.builder()
            .addSource(
                Source.builder()
                    .title("IQNA report of 11 July 2023")
                    .published(LocalDate.of(2023, 7, 11))
                    .build())
            .addSynthetic("the whole atlas: generated for tests")
            .generator("RandomAtlases seed " + seed)
            .build());
    return atlas.build();
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static Settlement settlement(String fa, SettlementKind kind) {
    return Settlement.builder().name(LocalizedName.of(fa)).kind(kind).build();
  }

  /**
   * The name as a careless paste might give it, with spaces around it. Arabic letters would be a
   * defect of their own (persian-arabic-letter); matching across them is tested separately.
   */
  private static String respell(Random r, String name) {
    return r.nextBoolean() ? " " + name + " " : name;
  }

  private static Body body(
      String id,
      BodyKind kind,
      BodyLevel level,
      @Nullable String jurisdiction,
      @Nullable String parent) {
    Body.Builder body =
        Body.builder().id(id).kind(kind).level(level).name(LocalizedName.of("نهاد", id));
    if (jurisdiction != null) {
      body.jurisdiction(jurisdiction);
    }
    if (parent != null) {
      body.parent(parent);
    }
    return body.build();
  }

  private static EventTime at(LocalDate day, int hour) {
    return EventTime.of(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)));
  }

  private static Event.Builder event(
      String id, @Nullable String parent, EventKind kind, EventTime start, EventTime end) {
    Event.Builder event =
        Event.builder().id(id).kind(kind).title(LocalizedName.of("نشست", id)).start(start).end(end);
    if (parent != null) {
      event.parent(parent);
    }
    return event;
  }

  private static Issue.Builder issue(Random r, String id) {
    IssueStatus status = IssueStatus.values()[r.nextInt(3)];
    IssueSeverity severity = IssueSeverity.values()[r.nextInt(4)];
    if (severity == IssueSeverity.CRITICAL && status == IssueStatus.OPEN) {
      status = IssueStatus.MITIGATING;
    }
    Issue.Builder issue =
        Issue.builder()
            .id(id)
            .title(LocalizedName.of("مسئله", "Issue " + id))
            .category(IssueCategory.values()[r.nextInt(IssueCategory.values().length)])
            .severity(severity)
            .status(status)
            .owner("guardian-council");
    if (status == IssueStatus.RESOLVED || r.nextBoolean()) {
      issue.mitigation(LocalizedName.of("راهکار", "A mitigation"));
    }
    return issue;
  }

  private static Approval.Builder approval(
      Random r, String id, ApprovalSubject subject, String... scope) {
    LocalDate requested = LocalDate.of(2023, 8, 1).plusDays(r.nextInt(60));
    Approval.Builder approval =
        Approval.builder()
            .id(id)
            .subject(subject)
            .authority("guardian-council")
            .status(ApprovalStatus.APPROVED)
            .requestedOn(requested)
            .decidedOn(requested.plusDays(10 + r.nextInt(50)));
    for (String s : scope) {
      approval.addScope(s);
    }
    return approval;
  }
}
