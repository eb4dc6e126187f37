package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Body;
import org.electionatlas.model.BodyLevel;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventKind;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.IranProvinces;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Provenance;
import org.electionatlas.model.Province;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Source;
import org.electionatlas.model.Staff;
import org.electionatlas.model.VotingMethod;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's central property over many generated atlases: a valid atlas of any size gives no
 * violation, and the same atlas with one defect planted in a random place gives exactly one
 * violation, of that defect's rule, at the place it was planted.
 */
class PlantedDefectPropertyTest {

  private static final int SEEDS = 25;

  /**
   * An atlas with one defect, where the defect is, and (optionally) words its message must hold.
   */
  record Planted(Atlas atlas, String pointer, @Nullable String message) {
    Planted(Atlas atlas, String pointer) {
      this(atlas, pointer, null);
    }
  }

  @FunctionalInterface
  interface Planter {
    Planted plant(Atlas valid, Random random);
  }

  record Defect(String ruleId, Planter planter) {
    @Override
    public String toString() {
      return ruleId;
    }
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, SEEDS).mapToObj(seed -> (long) seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_generated_atlas_is_valid(long seed) {
    Atlas atlas = RandomAtlases.generate(seed);

    assertThat(Validator.standard().validate(atlas).violations()).isEmpty();
    assertThat(atlas.pollingStations().size()).isBetween(3, 201);
  }

  static Stream<Arguments> plantings() {
    List<Defect> defects = defects();
    return seeds()
        .flatMap(
            seed ->
                IntStream.range(0, defects.size())
                    .mapToObj(k -> Arguments.of(seed, defects.get(k), k)));
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("plantings")
  void one_defect_planted_in_a_random_place_is_found_there_and_nothing_else(
      long seed, Defect defect, int k) {
    Planted planted =
        defect.planter().plant(RandomAtlases.generate(seed), new Random(seed * 1_000_003L + k));

    List<Violation> violations = Validator.standard().validate(planted.atlas()).violations();

    assertThat(violations)
        .extracting(Violation::ruleId, Violation::pointer)
        .containsExactly(tuple(defect.ruleId(), planted.pointer()));
    if (planted.message() != null) {
      assertThat(violations.get(0).message().toString()).contains(planted.message());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The planters, one per kind of defect.

  static List<Defect> defects() {
    List<Defect> d = new ArrayList<>();
    d.add(
        new Defect(
            "station-number-invalid",
            (a, r) -> {
              int i = highestNumbered(a, randomCounty(a, r, c -> true));
              return new Planted(
                  Plant.station(a, i, s -> s.number(-r.nextInt(3))), station(i) + "/number");
            }));
    d.add(
        new Defect(
            "station-number-duplicate",
            (a, r) -> {
              String county = randomCounty(a, r, c -> a.index().stationsOf(c).size() >= 2);
              int i = highestNumbered(a, county);
              int number = 1 + r.nextInt(a.pollingStations().get(i).number() - 1);
              int other = positionOf(a, s -> s.county().equals(county) && s.number() == number);
              return new Planted(
                  Plant.station(a, i, s -> s.number(number)),
                  station(Math.max(i, other)) + "/number");
            }));
    d.add(
        new Defect(
            "station-number-gap",
            (a, r) -> {
              String county = randomCounty(a, r, c -> true);
              int i = highestNumbered(a, county);
              int number = a.pollingStations().get(i).number() + 1 + r.nextInt(50);
              return new Planted(
                  Plant.station(a, i, s -> s.number(number)),
                  "/counties/"
                      + a.index()
                          .position(org.electionatlas.model.EntityKind.COUNTY, county)
                          .getAsInt());
            }));
    d.add(
        new Defect(
            "county-without-station",
            (a, r) -> {
              Province province = a.provinces().get(r.nextInt(a.provinces().size()));
              Atlas atlas =
                  Atlas.builder()
                      .from(a)
                      .addCounty(
                          County.builder()
                              .id("new-county")
                              .province(province.id())
                              .name(LocalizedName.of("گنبکی", "Gonbaki"))
                              .build())
                      .build();
              for (int j = 0; j < a.constituencies().size(); j++) {
                Constituency c = a.constituencies().get(j);
                boolean ofProvince =
                    a.index().county(c.counties().get(0)).get().province().equals(province.id());
                if (ofProvince
                    && (c.contest() == ContestKind.ASSEMBLY_OF_EXPERTS
                        || !atlasHasMajlisFor(atlas, "new-county"))) {
                  atlas = Plant.constituency(atlas, j, b -> b.addCounty("new-county"));
                }
              }
              return new Planted(atlas, "/counties/" + a.counties().size());
            }));
    d.add(
        new Defect(
            "station-voters-invalid",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              return new Planted(
                  Plant.station(a, i, s -> s.expectedVoters(-r.nextInt(100))),
                  station(i) + "/expectedVoters");
            }));
    d.add(
        new Defect(
            "station-voters-over-maximum",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              PollingStation s = a.pollingStations().get(i);
              int voters = 2501 + r.nextInt(2000);
              Atlas atlas = Plant.station(a, i, b -> b.expectedVoters(voters));
              int c = countyPosition(a, s.county());
              if (a.counties().get(c).eligibleVoters().isPresent()) {
                int eligible =
                    a.counties().get(c).eligibleVoters().getAsInt() + voters - s.expectedVoters();
                atlas = Plant.county(atlas, c, b -> b.eligibleVoters(eligible));
              }
              return new Planted(atlas, station(i) + "/expectedVoters", "more than the policy's");
            }));
    d.add(
        new Defect(
            "county-eligible-voters-invalid",
            (a, r) -> {
              int c = r.nextInt(a.counties().size());
              return new Planted(
                  Plant.county(a, c, b -> b.eligibleVoters(-r.nextInt(1000))),
                  "/counties/" + c + "/eligibleVoters");
            }));
    d.add(
        new Defect(
            "county-coverage-low",
            (a, r) -> {
              int c = r.nextInt(a.counties().size());
              long sum = expected(a, a.counties().get(c).id());
              int eligible = (int) (sum / 0.8) + 1 + r.nextInt((int) sum);
              return new Planted(
                  Plant.county(a, c, b -> b.eligibleVoters(eligible)),
                  "/counties/" + c + "/eligibleVoters");
            }));
    d.add(
        new Defect(
            "county-coverage-high",
            (a, r) -> {
              int c = r.nextInt(a.counties().size());
              long sum = expected(a, a.counties().get(c).id());
              int below = (int) Math.ceil(sum / 1.1) - 1;
              int eligible = 1 + r.nextInt(below);
              return new Planted(
                  Plant.county(a, c, b -> b.eligibleVoters(eligible)),
                  "/counties/" + c + "/eligibleVoters");
            }));
    d.add(
        new Defect(
            "station-officials-too-few",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              int observers = a.pollingStations().get(i).staff().map(Staff::observers).orElse(1);
              return new Planted(
                  Plant.station(a, i, s -> s.staff(Staff.of(r.nextInt(5), observers))),
                  station(i) + "/staff/officials");
            }));
    d.add(
        new Defect(
            "text-unsafe-character",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              String control =
                  List.of("\u202E", "\u2066", "\u200B", "\uFEFF", "\u0007", "\uFFFF")
                      .get(r.nextInt(6));
              LocalizedName name = a.pollingStations().get(i).name();
              int at = r.nextInt(name.fa().length() + 1);
              java.util.Map<String, String> values = new java.util.LinkedHashMap<>(name.values());
              values.put("fa", name.fa().substring(0, at) + control + name.fa().substring(at));
              return new Planted(
                  Plant.station(a, i, s -> s.name(LocalizedName.of(values))),
                  station(i) + "/name/fa",
                  String.format(java.util.Locale.ROOT, "U+%04X", (int) control.charAt(0)));
            }));
    d.add(
        new Defect(
            "station-observer-missing",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              int officials = a.pollingStations().get(i).staff().map(Staff::officials).orElse(5);
              return new Planted(
                  Plant.station(a, i, s -> s.staff(Staff.of(officials, 0))),
                  station(i) + "/staff/observers");
            }));
    d.add(
        new Defect(
            "province-declared-stations-mismatch",
            (a, r) -> {
              int p = r.nextInt(a.provinces().size());
              String id = a.provinces().get(p).id();
              int held =
                  a.index().countiesOf(id).stream()
                      .mapToInt(c -> a.index().stationsOf(c.id()).size())
                      .sum();
              int delta = 1 + r.nextInt(100);
              int declared = r.nextBoolean() && held > delta ? held - delta : held + delta;
              return new Planted(
                  Plant.province(a, p, b -> b.declaredStations(declared)),
                  "/provinces/" + p + "/declaredStations",
                  " " + delta + (declared < held ? " more" : " fewer"));
            }));
    d.add(
        new Defect(
            "station-high-risk-unaddressed",
            (a, r) -> {
              List<String> named = a.issues().stream().flatMap(i -> i.scope().stream()).toList();
              int i = randomStation(a, r, s -> !named.contains(s.id()));
              return new Planted(
                  Plant.station(a, i, s -> s.risk(Risk.of(RiskLevel.HIGH))), station(i) + "/risk");
            }));
    d.add(
        new Defect(
            "station-electronic-unapproved",
            (a, r) -> {
              int i =
                  randomStation(
                      a,
                      r,
                      s ->
                          s.votingMethod() == VotingMethod.PAPER
                              && a.approvals().stream().noneMatch(p -> Oracle.covers(a, p, s)));
              return new Planted(
                  Plant.station(a, i, s -> s.votingMethod(VotingMethod.ELECTRONIC)),
                  station(i) + "/votingMethod");
            }));
    d.add(
        new Defect(
            "station-electronic-approval-pending",
            (a, r) -> {
              int e = randomStation(a, r, s -> s.votingMethod() == VotingMethod.ELECTRONIC);
              PollingStation waiting = a.pollingStations().get(e);
              int p = positionOfApproval(a, approval -> Oracle.covers(a, approval, waiting));
              Atlas atlas =
                  Plant.approval(
                      a, p, b -> b.status(ApprovalStatus.PENDING).decidedOn(Optional.empty()));
              long count =
                  atlas.pollingStations().stream()
                      .filter(s -> s.votingMethod() == VotingMethod.ELECTRONIC)
                      .filter(s -> Oracle.covers(atlas, atlas.approvals().get(p), s))
                      .filter(
                          s ->
                              atlas.approvals().stream()
                                  .noneMatch(
                                      o ->
                                          o.status() == ApprovalStatus.APPROVED
                                              && Oracle.covers(atlas, o, s)))
                      .count();
              return new Planted(
                  atlas,
                  "/approvals/" + p + "/status",
                  count + " electronic station" + (count == 1 ? " " : "s "));
            }));
    d.add(
        new Defect(
            "approval-decision-date-missing",
            (a, r) -> {
              int p = randomApproval(a, r, x -> x.status() != ApprovalStatus.PENDING);
              return new Planted(
                  Plant.approval(a, p, b -> b.decidedOn(Optional.empty())),
                  "/approvals/" + p + "/decidedOn");
            }));
    d.add(
        new Defect(
            "approval-pending-but-decided",
            (a, r) -> {
              int p =
                  randomApproval(
                      a,
                      r,
                      x ->
                          x.subject() == ApprovalSubject.MOBILE_STATION
                              && x.decidedOn().isPresent());
              return new Planted(
                  Plant.approval(a, p, b -> b.status(ApprovalStatus.PENDING)),
                  "/approvals/" + p + "/status");
            }));
    d.add(
        new Defect(
            "approval-decided-before-requested",
            (a, r) -> {
              int p = randomApproval(a, r, x -> x.decidedOn().isPresent());
              LocalDate requested =
                  a.approvals().get(p).decidedOn().get().plusDays(1 + r.nextInt(90));
              return new Planted(
                  Plant.approval(a, p, b -> b.requestedOn(requested)),
                  "/approvals/" + p + "/decidedOn");
            }));
    d.add(
        new Defect(
            "date-implausible",
            (a, r) -> {
              LocalDate jalali =
                  LocalDate.of(1300 + r.nextInt(200), 1 + r.nextInt(12), 1 + r.nextInt(28));
              String hint = "it looks like a Jalali date";
              switch (r.nextInt(3)) {
                case 0 -> {
                  int p = randomApproval(a, r, x -> true);
                  return new Planted(
                      Plant.approval(a, p, b -> b.requestedOn(jalali)),
                      "/approvals/" + p + "/requestedOn",
                      hint);
                }
                case 1 -> {
                  int e = randomEvent(a, r, x -> x.parent().isEmpty());
                  return new Planted(
                      Plant.event(a, e, b -> b.start(EventTime.of(jalali))),
                      "/events/" + e + "/start",
                      hint);
                }
                default -> {
                  Provenance provenance =
                      Provenance.builder()
                          .from(a.provenance().get())
                          .sources(
                              List.of(
                                  Source.builder()
                                      .from(a.provenance().get().sources().get(0))
                                      .published(jalali)
                                      .build()))
                          .build();
                  return new Planted(
                      Atlas.builder().from(a).provenance(provenance).build(),
                      "/provenance/sources/0/published",
                      hint);
                }
              }
            }));
    d.add(
        new Defect(
            "event-end-before-start",
            (a, r) -> {
              int e = randomEvent(a, r, x -> true);
              EventTime end =
                  EventTime.of(a.events().get(e).start().earliest().minusHours(1 + r.nextInt(48)));
              return new Planted(Plant.event(a, e, b -> b.end(end)), "/events/" + e + "/end");
            }));
    d.add(
        new Defect(
            "event-outside-parent",
            (a, r) -> {
              int e = randomEvent(a, r, x -> x.parent().isPresent());
              Event parent = a.index().event(a.events().get(e).parent().get()).get();
              EventTime end = EventTime.of(parent.end().date().plusDays(1 + r.nextInt(3)));
              return new Planted(Plant.event(a, e, b -> b.end(end)), "/events/" + e + "/end");
            }));
    d.add(
        new Defect(
            "event-after-voting-day",
            (a, r) -> {
              int e = randomEvent(a, r, x -> x.kind() == EventKind.TRAINING);
              EventTime end = EventTime.of(RandomAtlases.VOTING_DAY.plusDays(1 + r.nextInt(30)));
              return new Planted(Plant.event(a, e, b -> b.end(end)), "/events/" + e + "/end");
            }));
    d.add(
        new Defect(
            "election-contest-duplicate",
            (a, r) -> {
              Contest contest = a.election().contests().get(r.nextInt(2));
              return new Planted(
                  Plant.election(
                      a,
                      e -> e.addContest(Contest.of(contest.kind(), contest.term().getAsInt() - 1))),
                  "/election/contests/2/kind");
            }));
    d.add(
        new Defect(
            "constituency-seats-invalid",
            (a, r) -> {
              int j = r.nextInt(a.constituencies().size());
              return new Planted(
                  Plant.constituency(a, j, b -> b.seats(-r.nextInt(3))),
                  "/constituencies/" + j + "/seats");
            }));
    d.add(
        new Defect(
            "constituency-contest-not-held",
            (a, r) -> {
              ContestKind kind =
                  List.of(
                          ContestKind.PRESIDENTIAL,
                          ContestKind.REFERENDUM,
                          ContestKind.CITY_VILLAGE_COUNCILS)
                      .get(r.nextInt(3));
              return new Planted(
                  Atlas.builder()
                      .from(a)
                      .addConstituency(
                          constituency(kind, a.counties().get(r.nextInt(a.counties().size())).id()))
                      .build(),
                  "/constituencies/" + a.constituencies().size() + "/contest");
            }));
    d.add(
        new Defect(
            "constituency-without-county",
            (a, r) ->
                new Planted(
                    Atlas.builder()
                        .from(a)
                        .addConstituency(
                            constituency(
                                r.nextBoolean()
                                    ? ContestKind.MAJLIS
                                    : ContestKind.ASSEMBLY_OF_EXPERTS))
                        .build(),
                    "/constituencies/" + a.constituencies().size() + "/counties")));
    d.add(
        new Defect(
            "county-constituency-missing",
            (a, r) -> {
              List<String> approved =
                  a.approvals().stream().flatMap(p -> p.scope().stream()).toList();
              List<int[]> candidates = new ArrayList<>();
              for (int j = 0; j < a.constituencies().size(); j++) {
                Constituency c = a.constituencies().get(j);
                if (c.counties().size() >= 2 && !approved.contains(c.id())) {
                  for (int k = 0; k < c.counties().size(); k++) {
                    candidates.add(new int[] {j, k});
                  }
                }
              }
              int[] chosen = candidates.get(r.nextInt(candidates.size()));
              Constituency c = a.constituencies().get(chosen[0]);
              String county = c.counties().get(chosen[1]);
              List<String> rest = new ArrayList<>(c.counties());
              rest.remove(chosen[1]);
              return new Planted(
                  Plant.constituency(a, chosen[0], b -> b.counties(rest)),
                  "/counties/" + countyPosition(a, county),
                  "is in no " + c.contest() + " constituency");
            }));
    d.add(
        new Defect(
            "county-constituency-multiple",
            (a, r) -> {
              County county = a.counties().get(r.nextInt(a.counties().size()));
              List<Integer> others = new ArrayList<>();
              for (int j = 0; j < a.constituencies().size(); j++) {
                Constituency c = a.constituencies().get(j);
                if (c.contest() == ContestKind.MAJLIS && !c.counties().contains(county.id())) {
                  others.add(j);
                }
              }
              if (others.isEmpty() || r.nextBoolean()) {
                return new Planted(
                    Atlas.builder()
                        .from(a)
                        .addConstituency(constituency(ContestKind.MAJLIS, county.id()))
                        .build(),
                    "/constituencies/" + a.constituencies().size() + "/counties/0");
              }
              int j = others.get(r.nextInt(others.size()));
              // The finding is at whichever listing of the county comes later in the document.
              int own = 0;
              while (a.constituencies().get(own).contest() != ContestKind.MAJLIS
                  || !a.constituencies().get(own).counties().contains(county.id())) {
                own++;
              }
              String pointer =
                  j > own
                      ? "/constituencies/"
                          + j
                          + "/counties/"
                          + a.constituencies().get(j).counties().size()
                      : "/constituencies/"
                          + own
                          + "/counties/"
                          + a.constituencies().get(own).counties().indexOf(county.id());
              return new Planted(Plant.constituency(a, j, b -> b.addCounty(county.id())), pointer);
            }));
    d.add(
        new Defect(
            "province-code-invalid",
            (a, r) -> {
              int p = r.nextInt(a.provinces().size());
              String code =
                  List.of("IR-31", "IR-32", "IR-99", "", "IRN-08", "ir-7", "XX-00")
                      .get(r.nextInt(7));
              return new Planted(
                  Plant.province(a, p, b -> b.code(code)), "/provinces/" + p + "/code");
            }));
    d.add(
        new Defect(
            "province-code-duplicate",
            (a, r) -> {
              Province copy = a.provinces().get(r.nextInt(a.provinces().size()));
              return new Planted(
                  Atlas.builder()
                      .from(a)
                      .addProvince(
                          Province.builder()
                              .from(copy)
                              .id(copy.id() + "-again")
                              .declaredStations(java.util.OptionalInt.empty())
                              .build())
                      .build(),
                  "/provinces/" + a.provinces().size() + "/code");
            }));
    d.add(
        new Defect(
            "province-code-name-mismatch",
            (a, r) -> {
              int p = r.nextInt(a.provinces().size());
              List<String> used = a.provinces().stream().map(Province::code).toList();
              List<String> free =
                  IranProvinces.all().stream()
                      .map(IranProvinces.Entry::code)
                      .filter(code -> !used.contains(code))
                      .toList();
              String code = free.get(r.nextInt(free.size()));
              return new Planted(
                  Plant.province(a, p, b -> b.code(code)), "/provinces/" + p + "/code");
            }));
    d.add(
        new Defect(
            "province-bounding-box-invalid",
            (a, r) -> {
              int p = r.nextInt(a.provinces().size());
              BoundingBox box = a.provinces().get(p).boundingBox().get();
              BoundingBox bad =
                  r.nextBoolean()
                      ? BoundingBox.of(box.maxLat(), box.minLon(), box.minLat(), box.maxLon())
                      : BoundingBox.of(box.minLat(), box.maxLon(), box.maxLat(), box.minLon());
              return new Planted(
                  Plant.province(a, p, b -> b.boundingBox(bad)),
                  "/provinces/" + p + "/boundingBox");
            }));
    d.add(
        new Defect(
            "station-location-invalid",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              Location at = a.pollingStations().get(i).location().get();
              return switch (r.nextInt(4)) {
                case 0 ->
                    new Planted(
                        Plant.station(
                            a, i, s -> s.location(Location.of(90.0001 + r.nextInt(300), at.lon()))),
                        station(i) + "/location/lat");
                case 1 ->
                    new Planted(
                        Plant.station(a, i, s -> s.location(Location.of(Double.NaN, at.lon()))),
                        station(i) + "/location/lat");
                case 2 ->
                    new Planted(
                        Plant.station(
                            a, i, s -> s.location(Location.of(at.lat(), -180.5 - r.nextInt(300)))),
                        station(i) + "/location/lon");
                default ->
                    new Planted(
                        Plant.station(
                            a, i, s -> s.location(Location.of(at.lat(), Double.POSITIVE_INFINITY))),
                        station(i) + "/location/lon");
              };
            }));
    d.add(
        new Defect(
            "station-location-outside-iran",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              Location at = a.pollingStations().get(i).location().get();
              return new Planted(
                  Plant.station(a, i, s -> s.location(Location.of(at.lon(), at.lat()))),
                  station(i) + "/location",
                  "with latitude and longitude swapped it would lie inside");
            }));
    d.add(
        new Defect(
            "station-location-outside-province",
            (a, r) -> {
              int i = r.nextInt(a.pollingStations().size());
              BoundingBox box =
                  a.index().provinceOf(a.pollingStations().get(i)).get().boundingBox().get();
              Location elsewhere;
              do {
                elsewhere = Location.of(25.0 + r.nextDouble() * 14.8, 44.0 + r.nextDouble() * 19.4);
              } while (box.contains(elsewhere));
              Location chosen = elsewhere;
              return new Planted(
                  Plant.station(a, i, s -> s.location(chosen)), station(i) + "/location");
            }));
    d.add(
        new Defect(
            "station-location-duplicate",
            (a, r) -> {
              String county = randomCounty(a, r, c -> a.index().stationsOf(c).size() >= 2);
              List<Integer> here = new ArrayList<>();
              for (int i = 0; i < a.pollingStations().size(); i++) {
                if (a.pollingStations().get(i).county().equals(county)) {
                  here.add(i);
                }
              }
              java.util.Collections.shuffle(here, r);
              int from = here.get(0);
              int to = here.get(1);
              Location shared = a.pollingStations().get(from).location().get();
              return new Planted(
                  Plant.station(a, to, s -> s.location(shared)),
                  station(Math.max(from, to)) + "/location");
            }));
    d.add(
        new Defect(
            "issue-critical-open",
            (a, r) -> {
              int i = r.nextInt(a.issues().size());
              return new Planted(
                  Plant.issue(
                      a, i, b -> b.severity(IssueSeverity.CRITICAL).status(IssueStatus.OPEN)),
                  "/issues/" + i + "/status");
            }));
    d.add(
        new Defect(
            "issue-resolved-without-mitigation",
            (a, r) -> {
              int i = r.nextInt(a.issues().size());
              return new Planted(
                  Plant.issue(
                      a, i, b -> b.status(IssueStatus.RESOLVED).mitigation(Optional.empty())),
                  "/issues/" + i + "/mitigation");
            }));
    d.add(
        new Defect(
            "body-jurisdiction-level-mismatch",
            (a, r) -> {
              int i = r.nextInt(a.bodies().size());
              Body body = a.bodies().get(i);
              String province = a.provinces().get(0).id();
              Atlas atlas =
                  switch (body.level()) {
                    case NATIONAL -> Plant.body(a, i, b -> b.jurisdiction(province));
                    case PROVINCE -> Plant.body(a, i, b -> b.level(BodyLevel.COUNTY));
                    case COUNTY -> Plant.body(a, i, b -> b.level(BodyLevel.PROVINCE));
                  };
              return new Planted(atlas, "/bodies/" + i + "/jurisdiction");
            }));
    d.add(
        new Defect(
            "id-duplicate",
            (a, r) ->
                new Planted(
                    Atlas.builder()
                        .from(a)
                        .addIssue(a.issues().get(r.nextInt(a.issues().size())))
                        .build(),
                    "/issues/" + a.issues().size() + "/id")));
    d.add(
        new Defect(
            "issue-owner-unknown",
            (a, r) -> {
              int i = r.nextInt(a.issues().size());
              return new Planted(
                  Plant.issue(a, i, b -> b.owner("nobody")), "/issues/" + i + "/owner");
            }));
    d.add(
        new Defect(
            "event-parent-unknown",
            (a, r) -> {
              int e = randomEvent(a, r, x -> x.parent().isPresent());
              return new Planted(
                  Plant.event(a, e, b -> b.parent("trainig")), "/events/" + e + "/parent");
            }));
    d.add(
        new Defect(
            "approval-authority-unknown",
            (a, r) -> {
              int p = r.nextInt(a.approvals().size());
              return new Planted(
                  Plant.approval(a, p, b -> b.authority("shora")),
                  "/approvals/" + p + "/authority");
            }));
    return d;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers that find a random place of a kind; each planter's place always exists by the
  // generator's guarantees.

  private static String station(int i) {
    return "/pollingStations/" + i;
  }

  private static String randomCounty(Atlas a, Random r, Predicate<String> where) {
    List<String> ids = a.counties().stream().map(County::id).filter(where).toList();
    return ids.get(r.nextInt(ids.size()));
  }

  private static int countyPosition(Atlas a, String id) {
    return a.index().position(org.electionatlas.model.EntityKind.COUNTY, id).getAsInt();
  }

  private static int highestNumbered(Atlas a, String county) {
    return positionOf(
        a,
        a.index().stationsOf(county).stream()
                .max(Comparator.comparingInt(PollingStation::number))
                .get()
            ::equals);
  }

  private static int positionOf(Atlas a, Predicate<PollingStation> which) {
    for (int i = 0; i < a.pollingStations().size(); i++) {
      if (which.test(a.pollingStations().get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such station");
  }

  private static int randomStation(Atlas a, Random r, Predicate<PollingStation> where) {
    List<Integer> positions =
        IntStream.range(0, a.pollingStations().size())
            .filter(i -> where.test(a.pollingStations().get(i)))
            .boxed()
            .toList();
    return positions.get(r.nextInt(positions.size()));
  }

  private static int randomEvent(Atlas a, Random r, Predicate<Event> where) {
    List<Integer> positions =
        IntStream.range(0, a.events().size())
            .filter(i -> where.test(a.events().get(i)))
            .boxed()
            .toList();
    return positions.get(r.nextInt(positions.size()));
  }

  private static int randomApproval(Atlas a, Random r, Predicate<Approval> where) {
    List<Integer> positions =
        IntStream.range(0, a.approvals().size())
            .filter(i -> where.test(a.approvals().get(i)))
            .boxed()
            .toList();
    return positions.get(r.nextInt(positions.size()));
  }

  private static int positionOfApproval(Atlas a, Predicate<Approval> which) {
    for (int i = 0; i < a.approvals().size(); i++) {
      if (which.test(a.approvals().get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such approval");
  }

  private static long expected(Atlas a, String county) {
    return a.index().stationsOf(county).stream().mapToLong(PollingStation::expectedVoters).sum();
  }

  private static boolean atlasHasMajlisFor(Atlas a, String county) {
    return a.constituencies().stream()
        .anyMatch(c -> c.contest() == ContestKind.MAJLIS && c.counties().contains(county));
  }

  private static Constituency constituency(ContestKind kind, String... counties) {
    return Constituency.builder()
        .id("planted-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .contest(kind)
        .name(LocalizedName.of("حوزه", "Constituency"))
        .counties(List.of(counties))
        .seats(1)
        .build();
  }

  /** A second, deliberately plain reading of approval coverage, to check the rules against. */
  static final class Oracle {
    private Oracle() {}

    static boolean covers(Atlas atlas, Approval approval, PollingStation station) {
      if (approval.subject() != ApprovalSubject.ELECTRONIC_VOTING) {
        return false;
      }
      Optional<County> county =
          atlas.counties().stream().filter(c -> c.id().equals(station.county())).findFirst();
      boolean inScope =
          approval.scope().stream()
              .anyMatch(
                  id ->
                      id.equals(station.id())
                          || id.equals(station.county())
                          || county.map(c -> c.province().equals(id)).orElse(false)
                          || atlas.constituencies().stream()
                              .anyMatch(
                                  c ->
                                      c.id().equals(id)
                                          && c.counties().contains(station.county())));
      if (!inScope) {
        return false;
      }
      if (approval.settlements().isEmpty()) {
        return true;
      }
      return station
          .settlement()
          .map(
              s ->
                  approval.settlements().stream()
                      .anyMatch(name -> plain(name.fa()).equals(plain(s.name().fa()))))
          .orElse(false);
    }

    private static String plain(String name) {
      return name.replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک').trim();
    }
  }
}
