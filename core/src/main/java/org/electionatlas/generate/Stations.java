package org.electionatlas.generate;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.Staff;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;
import org.electionatlas.text.Folding;

/**
 * Makes the polling stations of a generated atlas, each from its index alone: the station at index
 * {@code i} is a function of the seed, {@code i} and the county plans. Nothing is remembered
 * between stations, so a million of them can be streamed in constant memory, in any order.
 *
 * <p>The values follow the broad shape of Iranian practice: most stations fixed, about a third
 * mobile and mostly serving villages, five officials and one to three observers each, up to 2,200
 * expected voters at a busy city station. Electronic voting is used only at fixed city stations of
 * the provinces in {@link #ELECTRONIC_PROVINCES}, which an approved approval covers. One station in
 * {@value #HIGH_RISK_EVERY} is high-risk, at positions fixed by the seed so that the issues naming
 * them can be written before any station is made.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Stations {

  /** One station in this many is high-risk. */
  static final int HIGH_RISK_EVERY = 250;

  /** The ids of the provinces where fixed city stations may vote electronically. */
  static final ImmutableList<String> ELECTRONIC_PROVINCES = ImmutableList.of("tehran", "kerman");

  /** Why a high-risk station is one. */
  static final String HIGH_RISK_NOTE =
      "Remote route: the ballot box travels with a police escort and returns after dark";

  /** The name of a fixed station's building, such as "Shahid Beheshti Primary School". */
  private static final ImmutableList<LocalizedName> BUILDING_NAMES = buildingNames();

  private static final ImmutableList<Village> VILLAGES =
      ImmutableList.of(
          new Village("علی\u200cآباد", "Aliabad"),
          new Village("حسن\u200cآباد", "Hasanabad"),
          new Village("حسین\u200cآباد", "Hoseynabad"),
          new Village("محمدآباد", "Mohammadabad"),
          new Village("احمدآباد", "Ahmadabad"),
          new Village("کریم\u200cآباد", "Karimabad"),
          new Village("رحیم\u200cآباد", "Rahimabad"),
          new Village("قاسم\u200cآباد", "Qasemabad"),
          new Village("دولت\u200cآباد", "Dowlatabad"),
          new Village("شریف\u200cآباد", "Sharifabad"),
          new Village("ده\u200cنو", "Deh Now"),
          new Village("نوده", "Nowdeh"),
          new Village("قلعه\u200cنو", "Qaleh Now"),
          new Village("سرچشمه", "Sarcheshmeh"),
          new Village("باغستان", "Baghestan"),
          new Village("چاه\u200cشیرین", "Chah Shirin"));

  private static final ImmutableList<String> STREETS =
      ImmutableList.of(
          "خیابان امام خمینی",
          "خیابان طالقانی",
          "خیابان شریعتی",
          "خیابان ولیعصر",
          "خیابان انقلاب",
          "خیابان آزادی",
          "بلوار جمهوری",
          "بلوار کشاورز",
          "خیابان بهار",
          "خیابان مطهری");

  /** Staff of five officials and one, two or three observers. */
  private static final ImmutableList<Staff> STAFF =
      ImmutableList.of(Staff.of(5, 1), Staff.of(5, 2), Staff.of(5, 3));

  private static final Risk LOW = Risk.of(RiskLevel.LOW);
  private static final Risk MEDIUM = Risk.of(RiskLevel.MEDIUM);
  private static final Risk HIGH =
      Risk.builder().level(RiskLevel.HIGH).note(HIGH_RISK_NOTE).build();

  private final long seed;
  private final int count;
  private final ImmutableList<CountyPlan> counties;
  private final int[] firstStations;
  private final boolean[] electronicProvinces;
  private final int highRiskOffset;

  Stations(long seed, int count, ImmutableList<CountyPlan> counties) {
    this.seed = seed;
    this.count = count;
    this.counties = counties;
    this.firstStations = counties.stream().mapToInt(CountyPlan::firstStation).toArray();
    this.electronicProvinces = new boolean[ProvinceTable.ROWS.size()];
    for (int p = 0; p < ProvinceTable.ROWS.size(); p++) {
      electronicProvinces[p] = ELECTRONIC_PROVINCES.contains(ProvinceTable.ROWS.get(p).id());
    }
    // Below HIGH_RISK_EVERY stations the offset falls among them, so even a tiny atlas has one.
    this.highRiskOffset =
        count == 0
            ? -1
            : SeededRandom.of(seed, Purpose.HIGH_RISK, 0).nextInt(Math.min(HIGH_RISK_EVERY, count));
  }

  /** The indexes of the high-risk stations, in order. */
  List<Integer> highRiskIndexes() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = highRiskOffset; i >= 0 && i < count; i += HIGH_RISK_EVERY) {
      indexes.add(i);
    }
    return indexes;
  }

  /** The county of the station at the index. */
  CountyPlan countyOf(int index) {
    int found = Arrays.binarySearch(firstStations, index);
    // Not found: the county is the one before the insertion point.
    return counties.get(found >= 0 ? found : -found - 2);
  }

  /** The id of the station at the index. */
  String idOf(int index) {
    CountyPlan county = countyOf(index);
    return id(county, index - county.firstStation() + 1);
  }

  private static String id(CountyPlan county, int number) {
    String digits = Integer.toString(number);
    return county.id() + "-" + "0000".substring(Math.min(4, digits.length())) + digits;
  }

  /**
   * What a station is, drawn first from its stream: the generator sums expected voters per county
   * before making any station, and both must draw the same.
   */
  private record Profile(boolean mobile, boolean rural, int expectedVoters) {
    static Profile draw(SeededRandom random) {
      boolean mobile = random.nextDouble() < 0.3;
      boolean rural = random.nextDouble() < (mobile ? 0.85 : 0.25);
      int voters;
      if (mobile) {
        voters = random.between(150, 800);
      } else if (rural) {
        voters = random.between(300, 1_200);
      } else {
        voters = random.between(700, 2_200);
      }
      return new Profile(mobile, rural, voters);
    }
  }

  /** The expected voters of the station at the index, without making the station. */
  static int expectedVoters(long seed, int index) {
    return Profile.draw(SeededRandom.of(seed, Purpose.STATION, index)).expectedVoters();
  }

  /** The station at the index, which must be in [0, count). */
  PollingStation station(int index) {
    CountyPlan county = countyOf(index);
    int number = index - county.firstStation() + 1;
    SeededRandom random = SeededRandom.of(seed, Purpose.STATION, index);
    Profile profile = Profile.draw(random);
    // Every value below is drawn whether it is used or not, so that each keeps its place in the
    // stream and changing how one is used leaves the others as they were.
    Village village = VILLAGES.get(random.nextInt(VILLAGES.size()));
    LocalizedName buildingName = BUILDING_NAMES.get(random.nextInt(BUILDING_NAMES.size()));
    String street = STREETS.get(random.nextInt(STREETS.size()));
    int alley = random.between(1, 40);
    double u = random.nextDouble();
    double v = random.nextDouble();
    boolean accessible = random.nextDouble() < (profile.mobile() || profile.rural() ? 0.35 : 0.7);
    Staff staff = STAFF.get(random.nextInt(STAFF.size()));
    boolean medium = random.nextDouble() < 0.1;
    boolean electronicDraw = random.nextDouble() < 0.5;

    Settlement settlement = profile.rural() ? village.settlement() : county.seat();
    LocalizedName name;
    if (profile.mobile()) {
      name = profile.rural() ? village.mobileStationName() : county.mobileStationName();
    } else {
      name = buildingName;
    }
    String address =
        profile.rural()
            ? "روستای " + village.fa() + "، شهرستان " + county.name().fa()
            : county.name().fa()
                + "، "
                + street
                + "، کوچه "
                + Folding.persianDigits(Integer.toString(alley));
    boolean electronic =
        electronicDraw
            && !profile.mobile()
            && !profile.rural()
            && electronicProvinces[county.provinceIndex()];
    Risk risk;
    if (isHighRisk(index)) {
      risk = HIGH;
    } else {
      risk = medium ? MEDIUM : LOW;
    }
    return PollingStation.builder()
        .id(id(county, number))
        .county(county.id())
        .number(number)
        .name(name)
        .address(address)
        .settlement(settlement)
        .location(county.point(number, u, v))
        .kind(profile.mobile() ? StationKind.MOBILE : StationKind.FIXED)
        .votingMethod(electronic ? VotingMethod.ELECTRONIC : VotingMethod.PAPER)
        .expectedVoters(profile.expectedVoters())
        .accessible(accessible)
        .staff(staff)
        .risk(risk)
        .build();
  }

  private boolean isHighRisk(int index) {
    return index % HIGH_RISK_EVERY == highRiskOffset;
  }

  /** "شعبه سیار …" ("… mobile station"): what a mobile station serving the settlement is called. */
  static LocalizedName mobileStationName(LocalizedName settlement) {
    return LocalizedName.of(
        "شعبه سیار " + settlement.fa(), settlement.preferEnglish() + " mobile station");
  }

  /**
   * A village name common all over Iran, used in every county as a synthetic rural settlement, with
   * its settlement and mobile-station name made once.
   */
  private static final class Village {
    private final String fa;
    private final Settlement settlement;
    private final LocalizedName mobileStationName;

    Village(String fa, String en) {
      this.fa = fa;
      LocalizedName name = LocalizedName.of(fa, en);
      this.settlement = Settlement.builder().name(name).kind(SettlementKind.RURAL).build();
      this.mobileStationName = Stations.mobileStationName(name);
    }

    String fa() {
      return fa;
    }

    Settlement settlement() {
      return settlement;
    }

    LocalizedName mobileStationName() {
      return mobileStationName;
    }
  }

  /** Every building with every namesake it may take: schools after poets, mosques after imams. */
  private static ImmutableList<LocalizedName> buildingNames() {
    String[][] civicBuildings = {
      {"دبستان", "Primary School"},
      {"دبیرستان", "High School"},
      {"هنرستان", "Technical School"},
      {"مدرسه", "School"},
      {"مرکز بهداشت", "Health Centre"},
      {"فرهنگسرا", "Cultural Centre"},
      {"سالن ورزشی", "Sports Hall"}
    };
    String[][] civicNamesakes = {
      {"شهید بهشتی", "Shahid Beheshti"},
      {"شهید مطهری", "Shahid Motahhari"},
      {"شهید رجایی", "Shahid Rajaei"},
      {"شهید باهنر", "Shahid Bahonar"},
      {"فردوسی", "Ferdowsi"},
      {"سعدی", "Saadi"},
      {"حافظ", "Hafez"},
      {"مولوی", "Molavi"},
      {"خیام", "Khayyam"},
      {"ابن سینا", "Ebn-e Sina"},
      {"انقلاب", "Enqelab"},
      {"آزادی", "Azadi"},
      {"بهار", "Bahar"}
    };
    String[][] religiousBuildings = {{"مسجد", "Mosque"}, {"حسینیه", "Hosseiniyeh"}};
    String[][] religiousNamesakes = {
      {"امام علی", "Imam Ali"},
      {"امام حسین", "Imam Hosein"},
      {"امام رضا", "Imam Reza"},
      {"حضرت فاطمه", "Hazrat-e Fatemeh"},
      {"جامع", "Jameh"},
      {"المهدی", "Al-Mahdi"}
    };
    ImmutableList.Builder<LocalizedName> names = ImmutableList.builder();
    combine(civicBuildings, civicNamesakes, names);
    combine(religiousBuildings, religiousNamesakes, names);
    return names.build();
  }

  private static void combine(
      String[][] buildings, String[][] namesakes, ImmutableList.Builder<LocalizedName> names) {
    for (String[] building : buildings) {
      for (String[] namesake : namesakes) {
        names.add(
            LocalizedName.of(building[0] + " " + namesake[0], namesake[1] + " " + building[1]));
      }
    }
  }
}
