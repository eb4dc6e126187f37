package org.electionatlas.generate;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Body;
import org.electionatlas.model.BodyKind;
import org.electionatlas.model.BodyLevel;
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
import org.electionatlas.model.Participant;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Provenance;
import org.electionatlas.model.Province;
import org.electionatlas.model.Source;
import org.electionatlas.model.Strategy;

/**
 * Generates a synthetic atlas of Iran with any number of polling stations, the same atlas for the
 * same number and seed, valid under the standard validator.
 *
 * <pre>{@code
 * Atlas atlas = AtlasGenerator.of(20_000, 7).generate();
 * }</pre>
 *
 * <p>The atlas holds the election of 1 March 2024 (Majlis 12 and Assembly of Experts 6), all 31
 * provinces with their real ISO 3166-2:IR codes and Persian and English names and approximate
 * bounding boxes, and below them synthetic data: four or six counties per province named after the
 * part of the province they cover ("North-West Kerman"), Majlis constituencies of one or two
 * counties and one Assembly of Experts constituency per province, the stations, the national and
 * provincial election headquarters, a national training, an issue for each province's high-risk
 * stations and the approvals of electronic voting. Its {@code provenance} says which parts are
 * synthetic. With fewer stations than the 154 counties, only as many counties are made as there are
 * stations, so that none is without a station.
 *
 * <p>Everything but the stations is small and made when the generator is created. The stations are
 * made on demand by {@link #pollingStations()}, each from its index alone, so that a writer can
 * stream a million of them without holding them in memory; {@link #generate()} collects everything
 * into one {@link Atlas}. Creating a generator takes time linear in the number of stations (it sums
 * each county's expected voters) and memory proportional to the number of counties and high-risk
 * stations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasGenerator {

  /** The most stations a generator makes; beyond it, a county's voters would overflow an int. */
  public static final int MAX_STATIONS = 10_000_000;

  private static final String ELECTION_ID = "iran-2024-03-01";
  private static final LocalDate VOTING_DAY = LocalDate.of(2024, 3, 1);
  private static final String MINISTRY = "interior-ministry";
  private static final String NATIONAL_HQ = "national-election-hq";
  private static final String GUARDIAN_COUNCIL = "guardian-council";
  private static final String TRAINING = "national-training-1402";
  private static final List<String> EARLIER_ELECTIONS =
      List.of("iran-2020-02-21", "iran-2021-06-18");

  /** Seats of the 12th Majlis and the 6th Assembly of Experts, shared by population. */
  private static final int MAJLIS_SEATS = 290;

  private static final int EXPERTS_SEATS = 88;

  private final int stationCount;
  private final long seed;
  private final Stations stations;
  private final ImmutableList<CountyPlan> plans;
  private final ImmutableList<Province> provinces;
  private final ImmutableList<County> counties;
  private final ImmutableList<Constituency> constituencies;
  private final ImmutableList<Body> bodies;
  private final ImmutableList<Event> events;
  private final ImmutableList<Issue> issues;
  private final ImmutableList<Approval> approvals;

  private AtlasGenerator(int stationCount, long seed) {
    this.stationCount = stationCount;
    this.seed = seed;
    this.plans = Geography.plan(stationCount, seed);
    this.stations = new Stations(seed, stationCount, plans);
    this.provinces = makeProvinces(plans);
    this.counties = plans.stream().map(CountyPlan::county).collect(ImmutableList.toImmutableList());
    this.constituencies = makeConstituencies(plans);
    this.bodies = makeBodies();
    this.events = makeEvents();
    this.issues = makeIssues(stations);
    this.approvals = makeApprovals();
  }

  /**
   * {@return a generator of atlases with the given number of polling stations}
   *
   * @param stations how many polling stations the atlas has, from 0 to {@link #MAX_STATIONS}
   * @param seed the seed of every synthetic value; equal seeds give equal atlases
   * @throws IllegalArgumentException if {@code stations} is out of range
   */
  public static AtlasGenerator of(int stations, long seed) {
    checkArgument(
        stations >= 0 && stations <= MAX_STATIONS,
        "stations must be between 0 and %s, but is %s",
        MAX_STATIONS,
        stations);
    return new AtlasGenerator(stations, seed);
  }

  /** {@return how many polling stations the atlas has} */
  public int stationCount() {
    return stationCount;
  }

  /** {@return the seed of the synthetic values} */
  public long seed() {
    return seed;
  }

  /** {@return the election of 1 March 2024: the 12th Majlis and the 6th Assembly of Experts} */
  public Election election() {
    return Election.builder()
        .id(ELECTION_ID)
        .name(
            LocalizedName.of(
                "انتخابات دوازدهمین دوره مجلس شورای اسلامی و ششمین دوره مجلس خبرگان رهبری",
                "Elections of the 12th Islamic Consultative Assembly and the 6th Assembly of"
                    + " Experts"))
        .votingDay(VOTING_DAY)
        .addContests(
            Contest.of(ContestKind.MAJLIS, 12), Contest.of(ContestKind.ASSEMBLY_OF_EXPERTS, 6))
        .build();
  }

  /** {@return the 31 provinces, in the order of their ISO codes, each declaring its stations} */
  public List<Province> provinces() {
    return provinces;
  }

  /** {@return the counties, by province, each with at least one station} */
  public List<County> counties() {
    return counties;
  }

  /**
   * {@return the Majlis and Assembly of Experts constituencies of every province that has counties}
   */
  public List<Constituency> constituencies() {
    return constituencies;
  }

  /**
   * {@return the polling stations, made as they are consumed, in document order (by county,
   * numbered from 1 in each)} The stream is sized; it may be made parallel, and may be consumed any
   * number of times, always giving the same stations.
   */
  public Stream<PollingStation> pollingStations() {
    return IntStream.range(0, stationCount).mapToObj(stations::station);
  }

  /**
   * {@return the interior ministry, the national and provincial election headquarters, the Guardian
   * Council}
   */
  public List<Body> bodies() {
    return bodies;
  }

  /**
   * {@return a national training with its sessions, a meeting and a deadline, all before voting
   * day}
   */
  public List<Event> events() {
    return events;
  }

  /**
   * {@return the issues: one per province with high-risk stations, naming them, and a few general
   * ones}
   */
  public List<Issue> issues() {
    return issues;
  }

  /**
   * {@return the approved electronic voting in Tehran and Kerman provinces, and one still pending}
   */
  public List<Approval> approvals() {
    return approvals;
  }

  /** {@return where the atlas comes from and which parts are synthetic} */
  public Provenance provenance() {
    return Provenance.builder()
        .addSources(
            Source.builder()
                .title(
                    "ISO 3166-2:IR province codes and names, as in the project's reference table"
                        + " shared/data/iran-provinces.tsv")
                .url("https://www.iso.org/obp/ui/#iso:code:3166:IR")
                .build())
        .addSynthetic(
            "/provinces/*/boundingBox: approximate, to about a tenth of a degree",
            "/provinces/*/declaredStations: the generated station counts",
            "/counties: synthetic, four or six per province, named after the part of the"
                + " province's box they cover; not real counties",
            "/constituencies: synthetic groupings of the synthetic counties; seats shared by"
                + " approximate population",
            "/pollingStations: every station is synthetic (names, addresses, settlements,"
                + " locations, kinds, voting methods, expected voters, staff, risk); urban"
                + " stations are in a town named after their county, village names are common"
                + " Iranian place names",
            "/bodies: real kinds of institution; the provincial headquarters' hierarchy is"
                + " simplified",
            "/events, /issues, /approvals: illustrative")
        .generator(
            AtlasGenerator.class.getName() + " (stations " + stationCount + ", seed " + seed + ")")
        .notes(
            "A deterministic synthetic atlas for tests and benchmarks. Province codes and names"
                + " are real (ISO 3166-2:IR as renumbered in 2020); everything else is made up.")
        .build();
  }

  /** {@return the whole atlas, stations included; equal for equal station counts and seeds} */
  public Atlas generate() {
    return everythingButStations()
        // An Iterable over the stream, so the builder copies the stations once, not twice.
        .pollingStations(() -> pollingStations().iterator())
        .build();
  }

  /**
   * {@return the atlas without its polling stations: what a streaming writer holds in memory while
   * it takes the stations one at a time from {@link #pollingStations()}} Its provinces still
   * declare the stations.
   */
  public Atlas withoutStations() {
    return everythingButStations().build();
  }

  private Atlas.Builder everythingButStations() {
    Atlas.Builder atlas = Atlas.builder();
    atlas
        .election(election())
        .provinces(provinces)
        .counties(counties)
        .constituencies(constituencies)
        .bodies(bodies)
        .events(events)
        .issues(issues)
        .approvals(approvals)
        .provenance(provenance());
    return atlas;
  }

  @Override
  public String toString() {
    return "AtlasGenerator[stations=" + stationCount + ", seed=" + seed + "]";
  }

  // ------------------------------------------------------------------ geography

  private static ImmutableList<Province> makeProvinces(List<CountyPlan> plans) {
    int[] declared = new int[ProvinceTable.ROWS.size()];
    plans.forEach(plan -> declared[plan.provinceIndex()] += plan.stations());
    ImmutableList.Builder<Province> provinces = ImmutableList.builder();
    for (int p = 0; p < ProvinceTable.ROWS.size(); p++) {
      ProvinceTable.Row row = ProvinceTable.ROWS.get(p);
      provinces.add(
          Province.builder()
              .id(row.id())
              .code(row.code())
              .name(row.name())
              .declaredStations(declared[p])
              .boundingBox(row.box())
              .putExternalId("iso3166-2", row.code())
              .build());
    }
    return provinces.build();
  }

  /**
   * Per province: Majlis constituencies of the first county alone (the larger seat, as a provincial
   * capital's) and then of two counties each; one Assembly of Experts constituency of all its
   * counties. Seats are shared by population, at least one each.
   */
  private static ImmutableList<Constituency> makeConstituencies(List<CountyPlan> plans) {
    Map<Integer, List<CountyPlan>> byProvince = new LinkedHashMap<>();
    plans.forEach(
        plan -> byProvince.computeIfAbsent(plan.provinceIndex(), p -> new ArrayList<>()).add(plan));
    ImmutableList.Builder<Constituency> majlis = ImmutableList.builder();
    ImmutableList.Builder<Constituency> experts = ImmutableList.builder();
    byProvince.forEach(
        (p, members) -> {
          ProvinceTable.Row province = ProvinceTable.ROWS.get(p);
          List<List<CountyPlan>> groups = new ArrayList<>();
          groups.add(members.subList(0, 1));
          for (int i = 1; i < members.size(); i += 2) {
            groups.add(members.subList(i, Math.min(i + 2, members.size())));
          }
          int provinceSeats = Math.max(groups.size(), share(MAJLIS_SEATS, province));
          for (int g = 0; g < groups.size(); g++) {
            int seats = g == 0 ? provinceSeats - (groups.size() - 1) : 1;
            majlis.add(
                constituency(
                    "majlis-" + groups.get(g).get(0).id(),
                    ContestKind.MAJLIS,
                    groups.get(g),
                    seats));
          }
          experts.add(
              Constituency.builder()
                  .id("experts-" + province.id())
                  .contest(ContestKind.ASSEMBLY_OF_EXPERTS)
                  .name(province.name())
                  .counties(members.stream().map(CountyPlan::id).toList())
                  .seats(Math.max(1, share(EXPERTS_SEATS, province)))
                  .build());
        });
    return ImmutableList.<Constituency>builder()
        .addAll(majlis.build())
        .addAll(experts.build())
        .build();
  }

  private static int share(int seats, ProvinceTable.Row province) {
    return (int)
        Math.round((double) seats * province.population() / ProvinceTable.TOTAL_POPULATION);
  }

  private static Constituency constituency(
      String id, ContestKind contest, List<CountyPlan> members, int seats) {
    List<String> fa = members.stream().map(c -> c.name().fa()).toList();
    List<String> en = members.stream().map(c -> c.name().preferEnglish()).toList();
    return Constituency.builder()
        .id(id)
        .contest(contest)
        .name(LocalizedName.of(String.join(" و ", fa), String.join(" and ", en)))
        .counties(members.stream().map(CountyPlan::id).toList())
        .seats(seats)
        .build();
  }

  // ------------------------------------------------------------------ bodies, events

  private static ImmutableList<Body> makeBodies() {
    ImmutableList.Builder<Body> bodies = ImmutableList.builder();
    bodies.add(
        Body.builder()
            .id(MINISTRY)
            .kind(BodyKind.MINISTRY)
            .level(BodyLevel.NATIONAL)
            .name(LocalizedName.of("وزارت کشور", "Ministry of the Interior"))
            .build(),
        Body.builder()
            .id(NATIONAL_HQ)
            .kind(BodyKind.HEADQUARTERS)
            .level(BodyLevel.NATIONAL)
            .parent(MINISTRY)
            .name(LocalizedName.of("ستاد انتخابات کشور", "National Election Headquarters"))
            .build(),
        Body.builder()
            .id(GUARDIAN_COUNCIL)
            .kind(BodyKind.SUPERVISORY)
            .level(BodyLevel.NATIONAL)
            .name(LocalizedName.of("شورای نگهبان", "Guardian Council"))
            .build());
    for (ProvinceTable.Row province : ProvinceTable.ROWS) {
      bodies.add(
          Body.builder()
              .id(headquarters(province.id()))
              .kind(BodyKind.HEADQUARTERS)
              .level(BodyLevel.PROVINCE)
              .jurisdiction(province.id())
              .parent(NATIONAL_HQ)
              .name(
                  LocalizedName.of(
                      "ستاد انتخابات استان " + province.fa(),
                      province.en() + " Provincial Election Headquarters"))
              .build());
    }
    return bodies.build();
  }

  private static String headquarters(String provinceId) {
    return provinceId + "-election-hq";
  }

  private static ImmutableList<Event> makeEvents() {
    List<String> allProvinces = ProvinceTable.ROWS.stream().map(ProvinceTable.Row::id).toList();
    return ImmutableList.of(
        Event.builder()
            .id(TRAINING)
            .kind(EventKind.TRAINING)
            .title(
                LocalizedName.of(
                    "دوره آموزشی سراسری مدیران ستادهای انتخابات استان\u200cها",
                    "National training of the provincial election headquarters' managers"))
            .start(EventTime.of(LocalDate.of(2023, 10, 10)))
            .end(EventTime.of(LocalDate.of(2023, 10, 11)))
            .organizer(NATIONAL_HQ)
            .addParticipants(
                Participant.builder()
                    .role(
                        LocalizedName.of(
                            "مدیران ستادهای انتخابات استان\u200cها",
                            "managers of the provincial election headquarters"))
                    .build())
            .provinces(allProvinces)
            .addStrategies(Strategy.values())
            .build(),
        session("opening", EventKind.OPENING, "2023-10-10T09:00", "2023-10-10T10:00")
            .title(LocalizedName.of("افتتاحیه", "Opening"))
            .build(),
        session(
                "workshop-executive-process",
                EventKind.WORKSHOP,
                "2023-10-10T10:30",
                "2023-10-10T12:30")
            .title(
                LocalizedName.of(
                    "کارگاه روند اجرایی انتخابات",
                    "Workshop: the executive process of the election"))
            .addStrategies(Strategy.SECURITY, Strategy.INTEGRITY)
            .build(),
        session("workshop-election-law", EventKind.WORKSHOP, "2023-10-10T14:00", "2023-10-10T16:00")
            .title(LocalizedName.of("کارگاه قوانین انتخابات", "Workshop: election law"))
            .addStrategies(Strategy.INTEGRITY, Strategy.COMPETITION)
            .build(),
        session(
                "workshop-electronic-voting",
                EventKind.WORKSHOP,
                "2023-10-11T09:00",
                "2023-10-11T11:00")
            .title(
                LocalizedName.of("کارگاه رأی\u200cگیری الکترونیکی", "Workshop: electronic voting"))
            .addParticipants(
                Participant.builder().body(headquarters("tehran")).build(),
                Participant.builder().body(headquarters("kerman")).build())
            .addStrategies(Strategy.INTEGRITY, Strategy.PARTICIPATION)
            .build(),
        session("closing", EventKind.CLOSING, "2023-10-11T11:30", "2023-10-11T12:30")
            .title(LocalizedName.of("اختتامیه", "Closing"))
            .build(),
        Event.builder()
            .id("provincial-hq-heads-meeting")
            .kind(EventKind.MEETING)
            .title(
                LocalizedName.of(
                    "نشست رؤسای ستادهای انتخابات استان\u200cها",
                    "Meeting of the heads of the provincial election headquarters"))
            .start(EventTime.parse("2024-01-15T10:00"))
            .end(EventTime.parse("2024-01-15T13:00"))
            .organizer(NATIONAL_HQ)
            .provinces(allProvinces)
            .addStrategies(Strategy.SECURITY, Strategy.PARTICIPATION)
            .build(),
        Event.builder()
            .id("station-lists-final")
            .kind(EventKind.DEADLINE)
            .title(
                LocalizedName.of(
                    "مهلت نهایی شدن فهرست شعب اخذ رأی",
                    "Deadline for the final polling-station lists"))
            .start(EventTime.of(LocalDate.of(2024, 2, 10)))
            .end(EventTime.of(LocalDate.of(2024, 2, 10)))
            .organizer(NATIONAL_HQ)
            .build());
  }

  private static Event.Builder session(String suffix, EventKind kind, String start, String end) {
    return Event.builder()
        .id(TRAINING + "-" + suffix)
        .parent(TRAINING)
        .kind(kind)
        .start(EventTime.of(LocalDateTime.parse(start)))
        .end(EventTime.of(LocalDateTime.parse(end)))
        .organizer(NATIONAL_HQ);
  }

  // ------------------------------------------------------------------ issues, approvals

  private static ImmutableList<Issue> makeIssues(Stations stations) {
    // Stations are in province order, so grouping in index order keeps provinces in order too.
    Map<ProvinceTable.Row, List<String>> highRisk = new LinkedHashMap<>();
    for (int index : stations.highRiskIndexes()) {
      highRisk
          .computeIfAbsent(stations.countyOf(index).province(), p -> new ArrayList<>())
          .add(stations.idOf(index));
    }
    ImmutableList.Builder<Issue> issues = ImmutableList.builder();
    highRisk.forEach(
        (province, ids) ->
            issues.add(
                Issue.builder()
                    .id("issue-" + province.id() + "-remote-stations")
                    .title(
                        LocalizedName.of(
                            "امنیت مسیر شعب دورافتاده استان " + province.fa(),
                            "Security of the routes to remote stations of " + province.en()))
                    .category(IssueCategory.SECURITY)
                    .severity(IssueSeverity.HIGH)
                    .status(IssueStatus.MITIGATING)
                    .scope(ids)
                    .observedIn(EARLIER_ELECTIONS)
                    .mitigation(
                        LocalizedName.of(
                            "اسکورت انتظامی صندوق\u200cها و هماهنگی مسیرها با فرماندهی انتظامی",
                            "Police escort for the ballot boxes, routes agreed with the police"))
                    .owner(headquarters(province.id()))
                    .build()));
    issues.add(
        Issue.builder()
            .id("issue-low-turnout-in-tehran")
            .title(
                LocalizedName.of(
                    "مشارکت پایین در کلان\u200cشهر تهران", "Low turnout in the city of Tehran"))
            .category(IssueCategory.PARTICIPATION)
            .severity(IssueSeverity.HIGH)
            .status(IssueStatus.MITIGATING)
            .addScope("tehran")
            .observedIn(EARLIER_ELECTIONS)
            .mitigation(
                LocalizedName.of(
                    "برنامه\u200cهای اطلاع\u200cرسانی محله\u200cای", "Neighbourhood outreach"))
            .owner(headquarters("tehran"))
            .build(),
        Issue.builder()
            .id("issue-late-ballot-delivery")
            .title(
                LocalizedName.of(
                    "تأخیر در رسیدن تعرفه\u200cها به شعب دوردست",
                    "Ballot papers reaching distant stations late"))
            .category(IssueCategory.LOGISTICS)
            .severity(IssueSeverity.MEDIUM)
            .status(IssueStatus.RESOLVED)
            .addScope("sistan-and-baluchestan", "hormozgan")
            .addObservedIn("iran-2021-06-18")
            .mitigation(
                LocalizedName.of(
                    "ارسال تعرفه\u200cها دو روز زودتر", "Ballot papers sent two days earlier"))
            .owner(NATIONAL_HQ)
            .build(),
        Issue.builder()
            .id("issue-online-rumours")
            .title(
                LocalizedName.of(
                    "شایعه\u200cهای انتخاباتی در فضای مجازی", "Election rumours on social media"))
            .category(IssueCategory.MEDIA)
            .severity(IssueSeverity.MEDIUM)
            .status(IssueStatus.OPEN)
            .addScope("tehran", "isfahan", "razavi-khorasan")
            .owner(NATIONAL_HQ)
            .build());
    return issues.build();
  }

  private static ImmutableList<Approval> makeApprovals() {
    return ImmutableList.of(
        Approval.builder()
            .id("electronic-voting-tehran-kerman")
            .subject(ApprovalSubject.ELECTRONIC_VOTING)
            .scope(Stations.ELECTRONIC_PROVINCES)
            .authority(GUARDIAN_COUNCIL)
            .status(ApprovalStatus.APPROVED)
            .requestedOn(LocalDate.of(2023, 7, 11))
            .decidedOn(LocalDate.of(2023, 12, 20))
            .note("Covers the fixed city stations that vote electronically; synthetic dates.")
            .build(),
        Approval.builder()
            .id("electronic-voting-isfahan")
            .subject(ApprovalSubject.ELECTRONIC_VOTING)
            .addScope("isfahan")
            .authority(GUARDIAN_COUNCIL)
            .status(ApprovalStatus.PENDING)
            .requestedOn(LocalDate.of(2024, 1, 10))
            .note("No station of Isfahan votes electronically while this is pending.")
            .build());
  }
}
