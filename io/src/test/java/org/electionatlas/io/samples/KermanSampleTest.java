package org.electionatlas.io.samples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingInt;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.samples.KermanSampleGenerator.CountyRow;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Body;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventKind;
import org.electionatlas.model.Identified;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueCategory;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.Strategy;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the bundled {@code kerman-1402} sample is exactly what {@link KermanSampleGenerator}
 * makes, and that it says what the source article and the reference facts say.
 *
 * <p>With {@code -Datlas.regenerate=true} the committed file is first rewritten from the generator
 * (see the generator's javadoc for the full command).
 */
class KermanSampleTest {

  private static final String REGENERATE =
      "./mvnw -q -B -pl core,io -am test -Dtest=KermanSampleTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Datlas.regenerate=true";
  private static final boolean REGENERATING = Boolean.getBoolean("atlas.regenerate");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final LocalDate VOTING_DAY = LocalDate.of(2024, 3, 1);

  private static Atlas atlas;
  private static AtlasIndex index;
  private static String json;

  @BeforeAll
  static void generateOnce() throws IOException {
    atlas = KermanSampleGenerator.generate();
    index = atlas.index();
    json = AtlasJson.standard().write(atlas);
    if (REGENERATING) {
      KermanSampleGenerator.main(new String[] {committedFile().toString()});
    }
  }

  /** The sample in the source tree, as committed; surefire runs in the io module's directory. */
  private static Path committedFile() {
    String base = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(base).resolve(KermanSampleGenerator.RESOURCE_PATH);
  }

  // ------------------------------------------------------------ the file and its generator

  @Test
  void committedSampleIsByteForByteTheGeneratorsOutput() throws IOException {
    Path file = committedFile();
    if (!Files.exists(file)) {
      fail(file + " is missing; create it from the repository root with: " + REGENERATE);
    }
    byte[] committed = Files.readAllBytes(file);
    if (!Arrays.equals(committed, json.getBytes(UTF_8))) {
      fail(
          file
              + " is not the output of KermanSampleGenerator ("
              + firstDifference(new String(committed, UTF_8), json)
              + "); regenerate it from the repository root with: "
              + REGENERATE);
    }
  }

  /** Where the file first differs from the output, by line: a full diff of 2 MB helps no one. */
  private static String firstDifference(String file, String output) {
    String[] fileLines = file.split("\n", -1);
    String[] outputLines = output.split("\n", -1);
    for (int i = 0; i < Math.max(fileLines.length, outputLines.length); i++) {
      String has = i < fileLines.length ? fileLines[i] : "<end of file>";
      String wants = i < outputLines.length ? outputLines[i] : "<end of output>";
      if (!has.equals(wants)) {
        return "line "
            + (i + 1)
            + " is `"
            + has.strip()
            + "` but should be `"
            + wants.strip()
            + "`";
      }
    }
    return "the lines match but the bytes do not";
  }

  @Test
  void bundledResourceReadsBackAsTheGeneratedAtlas() throws IOException {
    byte[] bundled;
    if (REGENERATING) {
      // The classpath copy was made before this run rewrote the file; read the new one instead.
      bundled = Files.readAllBytes(committedFile());
    } else {
      try (InputStream in = KermanSampleGenerator.class.getResourceAsStream("kerman-1402.json")) {
        assertThat(in)
            .as("kerman-1402.json on the classpath; create it with: " + REGENERATE)
            .isNotNull();
        bundled = in.readAllBytes();
      }
    }
    Atlas read = AtlasJson.standard().parse(bundled, "kerman-1402.json").atlas();
    // Compared with equals() rather than isEqualTo() so that a failure does not print two atlases.
    assertThat(read.equals(atlas))
        .as(
            "kerman-1402.json reads as another atlas than the generator's; regenerate with: "
                + REGENERATE)
        .isTrue();
  }

  @Test
  void generatorIsDeterministic() {
    assertThat(AtlasJson.standard().write(KermanSampleGenerator.generate())).isEqualTo(json);
  }

  // ------------------------------------------------------------ election and geography

  @Test
  void electionIsTheFirstOfMarch2024WithMajlis12AndAssemblyOfExperts6() {
    assertThat(atlas.election().id()).isEqualTo("iran-2024-03-01");
    assertThat(atlas.election().votingDay()).isEqualTo(VOTING_DAY);
    assertThat(atlas.election().timeZone().getId()).isEqualTo("Asia/Tehran");
    assertThat(atlas.election().contests())
        .extracting(c -> c.kind() + " " + c.term().orElseThrow())
        .containsExactly("MAJLIS 12", "ASSEMBLY_OF_EXPERTS 6");
  }

  @Test
  void onlyKermanProvinceWithItsDeclaredStationsAndBox() {
    assertThat(atlas.provinces()).hasSize(1);
    var province = atlas.provinces().get(0);
    assertThat(province.code()).isEqualTo("IR-08");
    assertThat(province.name().fa()).isEqualTo("کرمان");
    assertThat(province.declaredStations()).hasValue(2_400);
    assertThat(province.boundingBox()).isPresent();
    assertThat(province.externalIds()).containsEntry("iso3166-2", "IR-08");
    assertThat(province.extensions()).containsKey("atlasEdition");
  }

  @Test
  void twentyFiveCountiesWhoseVotersSumToTheProvincialTotal() {
    assertThat(atlas.counties()).hasSize(25);
    assertThat(atlas.counties())
        .allMatch(c -> c.province().equals(KermanSampleGenerator.PROVINCE_ID));
    assertThat(atlas.counties().stream().mapToInt(c -> c.eligibleVoters().orElseThrow()).sum())
        .isEqualTo(2_319_535);
    County kerman = index.county("kerman").orElseThrow();
    assertThat(atlas.counties())
        .allMatch(c -> c.eligibleVoters().orElseThrow() <= kerman.eligibleVoters().orElseThrow());
  }

  @Test
  void nineMajlisConstituenciesWithTenSeatsCoveringEachCountyOnce() {
    List<Constituency> majlis = constituencies(ContestKind.MAJLIS);
    assertThat(majlis).hasSize(9);
    assertThat(majlis.stream().mapToInt(Constituency::seats).sum()).isEqualTo(10);
    assertThat(index.constituency("majlis-kerman").orElseThrow().seats()).isEqualTo(2);
    List<String> covered = majlis.stream().flatMap(c -> c.counties().stream()).toList();
    assertThat(covered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(countyIds());
  }

  @Test
  void oneAssemblyOfExpertsConstituencyCoversAllCounties() {
    List<Constituency> experts = constituencies(ContestKind.ASSEMBLY_OF_EXPERTS);
    assertThat(experts).hasSize(1);
    assertThat(experts.get(0).counties()).containsExactlyInAnyOrderElementsOf(countyIds());
    assertThat(experts.get(0).seats()).isPositive();
  }

  // ------------------------------------------------------------ stations

  @Test
  void exactlyTheDeclaredStationsAndEveryCountyHasSome() {
    assertThat(atlas.pollingStations()).hasSize(2_400);
    for (County county : atlas.counties()) {
      assertThat(index.stationsOf(county.id())).as(county.id()).isNotEmpty();
    }
  }

  @Test
  void stationsAreNumberedOneToNWithoutGapsInEachCounty() {
    for (County county : atlas.counties()) {
      List<Integer> numbers =
          index.stationsOf(county.id()).stream().map(PollingStation::number).sorted().toList();
      for (int i = 0; i < numbers.size(); i++) {
        assertThat(numbers.get(i)).as(county.id() + " station " + (i + 1)).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void stationsLieInTheProvinceBoxNearTheirSeatAndNeverOnOnePoint() {
    BoundingBox box = atlas.provinces().get(0).boundingBox().orElseThrow();
    Set<String> points = new HashSet<>();
    for (CountyRow row : KermanSampleGenerator.COUNTIES) {
      for (PollingStation station : index.stationsOf(row.id())) {
        Location at = station.location().orElseThrow();
        assertThat(box.contains(at)).as(station.id()).isTrue();
        assertThat(Math.abs(at.lat() - row.lat())).as(station.id()).isLessThanOrEqualTo(0.25);
        assertThat(Math.abs(at.lon() - row.lon())).as(station.id()).isLessThanOrEqualTo(0.25);
        assertThat(points.add(row.id() + " " + at.lat() + " " + at.lon()))
            .as(station.id())
            .isTrue();
      }
    }
  }

  @Test
  void expectedVotersCoverMostButNotMoreThanTheCountysEligibleVoters() {
    Map<String, Integer> expected =
        atlas.pollingStations().stream()
            .collect(
                groupingBy(
                    PollingStation::county,
                    TreeMap::new,
                    summingInt(PollingStation::expectedVoters)));
    for (County county : atlas.counties()) {
      double coverage = expected.get(county.id()) / (double) county.eligibleVoters().orElseThrow();
      assertThat(coverage).as(county.id()).isBetween(0.80, 1.00);
    }
    assertThat(atlas.pollingStations())
        .allMatch(s -> s.expectedVoters() > 0 && s.expectedVoters() <= 2_500);
  }

  @Test
  void stationsAreMostlyFixedWithAboutFortyPercentMobile() {
    long mobile = count(s -> s.kind() == StationKind.MOBILE);
    assertThat(mobile).isBetween(840L, 1_080L);
  }

  @Test
  void stationsHaveFiveOfficialsAndOneToThreeObservers() {
    assertThat(atlas.pollingStations())
        .allSatisfy(
            s -> {
              assertThat(s.staff().orElseThrow().officials()).isEqualTo(5);
              assertThat(s.staff().orElseThrow().observers()).isBetween(1, 3);
              assertThat(s.accessible()).isPresent();
            });
  }

  @Test
  void electronicStationsAreInTheCityOfKermanAndCoveredByThePendingApproval() {
    List<PollingStation> electronic =
        atlas.pollingStations().stream()
            .filter(s -> s.votingMethod() == VotingMethod.ELECTRONIC)
            .toList();
    assertThat(electronic).hasSize(KermanSampleGenerator.ELECTRONIC_STATIONS);
    Approval approval = atlas.approvals().get(0);
    assertThat(atlas.approvals()).hasSize(1);
    assertThat(approval.subject()).isEqualTo(ApprovalSubject.ELECTRONIC_VOTING);
    assertThat(approval.status()).isEqualTo(ApprovalStatus.PENDING);
    assertThat(approval.authority()).isEqualTo("guardian-council");
    for (PollingStation station : electronic) {
      Settlement settlement = station.settlement().orElseThrow();
      assertThat(station.county()).as(station.id()).isEqualTo("kerman");
      assertThat(settlement.kind()).as(station.id()).isEqualTo(SettlementKind.URBAN);
      assertThat(settlement.name().fa()).as(station.id()).isEqualTo("کرمان");
      assertThat(approval.scope()).contains(station.county());
      assertThat(approval.settlements()).contains(settlement.name());
    }
  }

  @Test
  void everyHighRiskStationIsNamedByAnIssue() {
    List<String> high =
        atlas.pollingStations().stream()
            .filter(s -> s.risk().orElseThrow().level() == RiskLevel.HIGH)
            .map(PollingStation::id)
            .toList();
    assertThat(high).hasSize(6);
    Set<String> named = new HashSet<>();
    atlas.issues().forEach(issue -> named.addAll(issue.scope()));
    assertThat(named).containsAll(high);
  }

  // ------------------------------------------------------------ bodies, events, issues

  @Test
  void provincialHeadquartersIsHeadedByRahmanJalali() {
    Body hq = index.body("kerman-election-hq").orElseThrow();
    assertThat(hq.head().orElseThrow().name().fa()).isEqualTo("رحمان جلالی");
    assertThat(index.body("kerman-media-hq").orElseThrow().parent())
        .hasValue("kerman-cyberspace-council");
    assertThat(index.body("kerman-jihad-of-explanation-hq").orElseThrow().parent())
        .hasValue("kerman-election-hq");
  }

  @Test
  void regionalTrainingHasItsSessionsInsideItsTwoDays() {
    Event training = index.event("kerman-training-1402").orElseThrow();
    assertThat(training.start().date()).isEqualTo(LocalDate.of(2023, 7, 12));
    assertThat(training.end().date()).isEqualTo(LocalDate.of(2023, 7, 13));
    assertThat(training.strategies()).containsExactlyInAnyOrder(Strategy.values());
    assertThat(training.provinces()).containsExactly(KermanSampleGenerator.PROVINCE_ID);
    List<Event> sessions = index.childrenOf(training.id());
    assertThat(sessions)
        .extracting(Event::kind)
        .containsExactly(
            EventKind.OPENING,
            EventKind.WORKSHOP,
            EventKind.WORKSHOP,
            EventKind.WORKSHOP,
            EventKind.THINK_TANK,
            EventKind.CLOSING);
    for (Event session : sessions) {
      assertThat(session.start().earliest()).isAfterOrEqualTo(training.start().earliest());
      assertThat(session.end().latest()).isBeforeOrEqualTo(training.end().latest());
    }
  }

  @Test
  void eventsEndAfterTheyStartAndBeforeVotingDay() {
    for (Event event : atlas.events()) {
      assertThat(event.end().latest()).as(event.id()).isAfterOrEqualTo(event.start().earliest());
      assertThat(event.end().date()).as(event.id()).isBefore(VOTING_DAY);
    }
  }

  @Test
  void issuesCoverTheFourStrategiesAndAreConsistent() {
    assertThat(atlas.issues()).hasSizeBetween(6, 10);
    assertThat(atlas.issues())
        .extracting(Issue::category)
        .contains(
            IssueCategory.SECURITY,
            IssueCategory.INTEGRITY,
            IssueCategory.COMPETITION,
            IssueCategory.PARTICIPATION);
    for (Issue issue : atlas.issues()) {
      if (issue.status() == IssueStatus.RESOLVED) {
        assertThat(issue.mitigation()).as(issue.id()).isPresent();
      }
      assertThat(issue.severity() == IssueSeverity.CRITICAL && issue.status() == IssueStatus.OPEN)
          .as(issue.id())
          .isFalse();
      for (String election : issue.observedIn()) {
        assertThat(election).matches("iran-\\d{4}-\\d{2}-\\d{2}");
        assertThat(LocalDate.parse(election.substring(5))).isBefore(VOTING_DAY);
      }
    }
  }

  // ------------------------------------------------------------ identity and references

  @Test
  void idsAreWellFormedAndUniquePerKind() {
    for (EntityKind kind : EntityKind.values()) {
      List<String> ids = kind.entitiesOf(atlas).stream().map(Identified::id).toList();
      assertThat(ids)
          .as(kind.member())
          .doesNotHaveDuplicates()
          .allMatch(id -> ID.matcher(id).matches());
    }
  }

  @Test
  void everyReferenceResolvesToAnEntityOfTheRightKind() {
    List<String> missing = new ArrayList<>();
    atlas.counties().forEach(c -> expect(EntityKind.PROVINCE, c.province(), c.id(), missing));
    atlas
        .constituencies()
        .forEach(c -> c.counties().forEach(id -> expect(EntityKind.COUNTY, id, c.id(), missing)));
    atlas.pollingStations().forEach(s -> expect(EntityKind.COUNTY, s.county(), s.id(), missing));
    for (Body body : atlas.bodies()) {
      body.parent().ifPresent(id -> expect(EntityKind.BODY, id, body.id(), missing));
      body.jurisdiction().ifPresent(id -> expectAny(id, body.id(), missing));
    }
    for (Event event : atlas.events()) {
      event.parent().ifPresent(id -> expect(EntityKind.EVENT, id, event.id(), missing));
      event.organizer().ifPresent(id -> expect(EntityKind.BODY, id, event.id(), missing));
      event.provinces().forEach(id -> expect(EntityKind.PROVINCE, id, event.id(), missing));
      event.participants().stream()
          .flatMap(p -> p.body().stream())
          .forEach(id -> expect(EntityKind.BODY, id, event.id(), missing));
    }
    for (Issue issue : atlas.issues()) {
      issue.scope().forEach(id -> expectAny(id, issue.id(), missing));
      issue.owner().ifPresent(id -> expect(EntityKind.BODY, id, issue.id(), missing));
    }
    for (Approval approval : atlas.approvals()) {
      approval.scope().forEach(id -> expectAny(id, approval.id(), missing));
      expect(EntityKind.BODY, approval.authority(), approval.id(), missing);
    }
    assertThat(missing).isEmpty();
  }

  private static void expect(EntityKind kind, String id, String from, List<String> missing) {
    if (!index.contains(kind, id)) {
      missing.add(from + " -> " + kind.noun() + " " + id);
    }
  }

  /** A scope or jurisdiction id: a province, county, constituency or station. */
  private static void expectAny(String id, String from, List<String> missing) {
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    kinds.addAll(index.kindsOf(id));
    kinds.retainAll(
        Set.of(
            EntityKind.PROVINCE,
            EntityKind.COUNTY,
            EntityKind.CONSTITUENCY,
            EntityKind.POLLING_STATION));
    if (kinds.isEmpty()) {
      missing.add(from + " -> " + id);
    }
  }

  // ------------------------------------------------------------ Persian text

  @Test
  void persianTextUsesPersianLettersAndDigits() {
    assertThat(json).doesNotContain("\u064A", "\u0643"); // Arabic yeh and kaf
    assertThat(json.chars().filter(c -> c >= 0x0660 && c <= 0x0669).count()).isZero();
    assertThat(json).doesNotContain("\"fa\": \"\"", "\"en\": \"\"");
  }

  @Test
  void persianSuffixesAreJoinedWithZwnjNotSpaces() {
    Matcher stray = Pattern.compile("[\\u0600-\\u06FF] (ها|های|ای)(?=[\\s،\"])").matcher(json);
    List<String> found = new ArrayList<>();
    while (stray.find()) {
      found.add(json.substring(Math.max(0, stray.start() - 10), stray.end()));
    }
    assertThat(found).isEmpty();
    assertThat(json).contains("استان\u200cهای", "رسانه\u200cای");
  }

  // ------------------------------------------------------------ helpers

  private static List<Constituency> constituencies(ContestKind contest) {
    return atlas.constituencies().stream().filter(c -> c.contest() == contest).collect(toList());
  }

  private static List<String> countyIds() {
    return atlas.counties().stream().map(County::id).toList();
  }

  private static long count(java.util.function.Predicate<PollingStation> test) {
    return atlas.pollingStations().stream().filter(test).count();
  }
}
