package org.electionatlas.io.samples;

import static org.electionatlas.model.Strategy.COMPETITION;
import static org.electionatlas.model.Strategy.INTEGRITY;
import static org.electionatlas.model.Strategy.PARTICIPATION;
import static org.electionatlas.model.Strategy.SECURITY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.electionatlas.io.AtlasJson;
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

/**
 * Builds {@code kerman-1402}, the bundled sample atlas that tells the story of IQNA news 4154378
 * (۲۰ تیر ۱۴۰۲, 11 July 2023): for the election of 1 March 2024, Kerman province's election
 * headquarters prepares an atlas of 2,400 polling stations, trains the county governors of Yazd,
 * Fars and Kerman, sets up a media HQ and a Jihad of Explanation HQ, compiles a system of issues of
 * earlier rounds and waits on the Guardian Council to approve electronic voting in the city of
 * Kerman.
 *
 * <p>The facts (counties, constituencies and seats, the provincial total of eligible voters, the
 * article's bodies and events) are written out in the tables and methods below. Everything else
 * (the split of voters over counties, every polling station, the times of day, the issues) is
 * synthetic, drawn from one {@link Random} with a fixed seed, so that every run gives the same
 * atlas byte for byte. The atlas's {@code provenance} says which parts are which.
 *
 * <p>The committed file {@code io/src/main/resources/org/electionatlas/io/samples/kerman-1402.json}
 * is this class's output, and {@code KermanSampleTest} fails when the two differ. After changing
 * this class, regenerate the file from the repository root with
 *
 * <pre>
 * ./mvnw -q -B -pl core,io -am test -Dtest=KermanSampleTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Datlas.regenerate=true
 * </pre>
 *
 * <p>which runs {@link #main} on that path before the test compares. ({@code exec:java} is not
 * used: with {@code -am} it would also try to run the class in core.) From an IDE, run {@link
 * #main} with the io test classpath and the file's path as its only argument.
 */
public final class KermanSampleGenerator {

  /** The province's id; the county of the same name has the id {@code kerman}. */
  static final String PROVINCE_ID = "kerman-province";

  /** The stations the provincial HQ announced in the article; the atlas holds exactly these. */
  static final int DECLARED_STATIONS = 2_400;

  /** Kerman province's eligible voters on 1 March 2024 (a real figure). */
  static final int PROVINCE_ELIGIBLE_VOTERS = 2_319_535;

  /** Voters a station may expect at most; the validator's default policy limit. */
  static final int MAX_EXPECTED_VOTERS = 2_500;

  /** The stations in the city of Kerman that vote electronically if the approval comes. */
  static final int ELECTRONIC_STATIONS = 40;

  /** Where the sample lives, relative to the io module. */
  static final String RESOURCE_PATH =
      "src/main/resources/org/electionatlas/io/samples/kerman-1402.json";

  /** The seed of all synthetic data: the article's date, 1402-04-20. */
  private static final long SEED = 1402_04_20L;

  /**
   * A county: id, names, its seat (the city whose name its urban stations carry) with approximate
   * coordinates, and its synthetic share of the province's eligible voters.
   */
  record CountyRow(
      String id,
      String fa,
      String en,
      String seatFa,
      String seatEn,
      double lat,
      double lon,
      int eligibleVoters) {

    /** A county whose seat has the county's name, as most do. */
    CountyRow(String id, String fa, String en, double lat, double lon, int eligibleVoters) {
      this(id, fa, en, fa, en, lat, lon, eligibleVoters);
    }

    LocalizedName name() {
      return LocalizedName.of(fa, en);
    }

    LocalizedName seat() {
      return LocalizedName.of(seatFa, seatEn);
    }
  }

  /**
   * The 25 counties, in the order of the reference list. Seat coordinates are approximate (to about
   * a hundredth of a degree, less for the new counties of Jazmurian and Gonbaki); the voters sum to
   * the real provincial total and are split roughly by population.
   */
  static final List<CountyRow> COUNTIES =
      List.of(
          new CountyRow("anar", "انار", "Anar", 30.87, 55.27, 19_800),
          new CountyRow("anbarabad", "عنبرآباد", "Anbarabad", 28.48, 57.84, 67_200),
          new CountyRow("arzuiyeh", "ارزوئیه", "Arzuiyeh", 28.46, 56.36, 29_800),
          new CountyRow("baft", "بافت", "Baft", 29.23, 56.60, 50_100),
          new CountyRow("bam", "بم", "Bam", 29.11, 58.36, 121_400),
          new CountyRow("bardsir", "بردسیر", "Bardsir", 29.93, 56.57, 57_900),
          new CountyRow("fahraj", "فهرج", "Fahraj", 28.95, 58.88, 43_800),
          new CountyRow("faryab", "فاریاب", "Faryab", 28.09, 57.22, 25_400),
          new CountyRow("gonbaki", "گنبکی", "Gonbaki", 28.80, 58.85, 17_400),
          new CountyRow("jazmurian", "جازموریان", "Jazmurian", 27.60, 58.40, 15_900),
          new CountyRow("jiroft", "جیرفت", "Jiroft", 28.68, 57.74, 196_300),
          new CountyRow("kahnuj", "کهنوج", "Kahnuj", 27.95, 57.70, 73_800),
          new CountyRow("kerman", "کرمان", "Kerman", 30.28, 57.08, 689_235),
          new CountyRow("kuhbanan", "کوهبنان", "Kuhbanan", 31.41, 56.28, 21_300),
          new CountyRow("manujan", "منوجان", "Manujan", 27.41, 57.50, 52_600),
          new CountyRow("narmashir", "نرماشیر", "Narmashir", 28.95, 58.69, 41_700),
          new CountyRow("qaleh-ganj", "قلعه گنج", "Qaleh Ganj", 27.52, 57.88, 55_300),
          new CountyRow("rabor", "رابر", "Rabor", 29.29, 56.91, 20_100),
          new CountyRow("rafsanjan", "رفسنجان", "Rafsanjan", 30.41, 55.99, 205_800),
          new CountyRow("ravar", "راور", "Ravar", 31.27, 56.81, 33_900),
          new CountyRow(
              "rigan", "ریگان", "Rigan", "محمدآباد", "Mohammadabad", 28.65, 59.02, 38_600),
          new CountyRow(
              "rudbar-e-jonubi",
              "رودبار جنوب",
              "Rudbar-e Jonubi",
              "رودبار",
              "Rudbar",
              27.99,
              58.07,
              60_400),
          new CountyRow("shahr-e-babak", "شهربابک", "Shahr-e Babak", 30.12, 55.12, 68_500),
          new CountyRow("sirjan", "سیرجان", "Sirjan", 29.45, 55.68, 214_600),
          new CountyRow("zarand", "زرند", "Zarand", 30.81, 56.56, 98_700));

  /** A constituency of one contest; ids name the constituency after its first county. */
  record ConstituencyRow(
      String id, ContestKind contest, String fa, String en, int seats, List<String> counties) {}

  /** The 12th Majlis's 9 constituencies (10 seats) and the Assembly of Experts' one. */
  static final List<ConstituencyRow> CONSTITUENCIES =
      List.of(
          majlis("kerman", "کرمان و راور", "Kerman and Ravar", 2, "kerman", "ravar"),
          majlis("rafsanjan", "رفسنجان و انار", "Rafsanjan and Anar", 1, "rafsanjan", "anar"),
          majlis("zarand", "زرند و کوهبنان", "Zarand and Kuhbanan", 1, "zarand", "kuhbanan"),
          majlis(
              "baft",
              "بافت، رابر و ارزوئیه",
              "Baft, Rabor and Arzuiyeh",
              1,
              "baft",
              "rabor",
              "arzuiyeh"),
          majlis("sirjan", "سیرجان و بردسیر", "Sirjan and Bardsir", 1, "sirjan", "bardsir"),
          majlis("jiroft", "جیرفت و عنبرآباد", "Jiroft and Anbarabad", 1, "jiroft", "anbarabad"),
          majlis("shahr-e-babak", "شهربابک", "Shahr-e Babak", 1, "shahr-e-babak"),
          majlis(
              "kahnuj",
              "کهنوج، قلعه گنج، منوجان، فاریاب، رودبار جنوب و جازموریان",
              "Kahnuj, Qaleh Ganj, Manujan, Faryab, Rudbar-e Jonubi and Jazmurian",
              1,
              "kahnuj",
              "qaleh-ganj",
              "manujan",
              "faryab",
              "rudbar-e-jonubi",
              "jazmurian"),
          // Gonbaki was split from Rigan in 2023; that it votes with Rigan here is presumed.
          majlis(
              "bam",
              "بم، ریگان، فهرج، نرماشیر و گنبکی",
              "Bam, Rigan, Fahraj, Narmashir and Gonbaki",
              1,
              "bam",
              "rigan",
              "fahraj",
              "narmashir",
              "gonbaki"),
          // The whole province is one constituency; 3 seats is plausible but not verified.
          new ConstituencyRow(
              "assembly-of-experts-kerman",
              ContestKind.ASSEMBLY_OF_EXPERTS,
              "استان کرمان",
              "Kerman Province",
              3,
              COUNTIES.stream().map(CountyRow::id).toList()));

  /** Counties whose first rural mobile station is HIGH risk for its route (security issue). */
  static final List<String> REMOTE_SOUTH =
      List.of("jazmurian", "rudbar-e-jonubi", "qaleh-ganj", "manujan");

  /** Counties whose first rural mobile station is HIGH risk for its long return (logistics). */
  static final List<String> REMOTE_EAST = List.of("rigan", "gonbaki");

  /** A name in Persian and English; Persian text keeps ZWNJ (U+200C) where orthography wants it. */
  private record Name(String fa, String en) {
    LocalizedName localized() {
      return LocalizedName.of(fa, en);
    }
  }

  /** A kind of building that hosts fixed stations; religious ones take religious namesakes. */
  private record Building(String fa, String en, boolean religious) {}

  private static final List<Building> BUILDINGS =
      List.of(
          new Building("دبستان", "Primary School", false),
          new Building("دبیرستان", "High School", false),
          new Building("هنرستان", "Technical School", false),
          new Building("مرکز بهداشت", "Health Centre", false),
          new Building("کتابخانه عمومی", "Public Library", false),
          new Building("مسجد", "Mosque", true),
          new Building("حسینیه", "Hosseiniyeh", true));

  private static final List<Name> CIVIC_NAMESAKES =
      List.of(
          new Name("شهید باهنر", "Shahid Bahonar"),
          new Name("شهید بهشتی", "Shahid Beheshti"),
          new Name("شهید رجایی", "Shahid Rajaei"),
          new Name("شهید مطهری", "Shahid Motahhari"),
          new Name("شهید چمران", "Shahid Chamran"),
          new Name("شهید سلیمانی", "Shahid Soleimani"),
          new Name("فردوسی", "Ferdowsi"),
          new Name("سعدی", "Saadi"),
          new Name("حافظ", "Hafez"),
          new Name("خواجوی کرمانی", "Khwaju-ye Kermani"),
          new Name("پروین اعتصامی", "Parvin Etesami"),
          new Name("انقلاب", "Enqelab"),
          new Name("آزادی", "Azadi"));

  private static final List<Name> RELIGIOUS_NAMESAKES =
      List.of(
          new Name("امام علی", "Imam Ali"),
          new Name("امام حسین", "Imam Hosein"),
          new Name("امام رضا", "Imam Reza"),
          new Name("حضرت ابوالفضل", "Hazrat-e Abolfazl"),
          new Name("حضرت فاطمه", "Hazrat-e Fatemeh"),
          new Name("جامع", "Jameh"),
          new Name("صاحب\u200cالزمان", "Saheb-oz-Zaman"));

  /** Street names for the addresses of urban stations. */
  private static final List<String> STREETS =
      List.of(
          "خیابان امام خمینی",
          "خیابان شریعتی",
          "خیابان طالقانی",
          "خیابان استقلال",
          "خیابان ولیعصر",
          "خیابان فردوسی",
          "بلوار جمهوری اسلامی",
          "بلوار آزادی",
          "بلوار شهید باهنر");

  /** Village names common all over Iran, reused in every county as synthetic rural settlements. */
  private static final List<Name> VILLAGES =
      List.of(
          new Name("دهنو", "Dehnow"),
          new Name("علی\u200cآباد", "Aliabad"),
          new Name("حسن\u200cآباد", "Hasanabad"),
          new Name("قاسم\u200cآباد", "Qasemabad"),
          new Name("حسین\u200cآباد", "Hoseynabad"),
          new Name("کریم\u200cآباد", "Karimabad"),
          new Name("اسلام\u200cآباد", "Eslamabad"),
          new Name("نصرت\u200cآباد", "Nosratabad"),
          new Name("رحمت\u200cآباد", "Rahmatabad"),
          new Name("مهدی\u200cآباد", "Mahdiabad"),
          new Name("جعفرآباد", "Jafarabad"),
          new Name("اکبرآباد", "Akbarabad"),
          new Name("امیرآباد", "Amirabad"),
          new Name("ده\u200cشیخ", "Deh-e Sheykh"),
          new Name("ده\u200cبالا", "Deh Bala"),
          new Name("چاه\u200cملک", "Chah-e Malek"),
          new Name("باغ\u200cسرخ", "Bagh-e Sorkh"),
          new Name("سرآسیاب", "Sar Asiab"),
          new Name("نوده", "Nowdeh"),
          new Name("گلزار", "Golzar"));

  private KermanSampleGenerator() {}

  /** Writes the sample atlas to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: KermanSampleGenerator OUTPUT.json");
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    AtlasJson.standard().write(generate(), out);
  }

  /** The sample atlas; every call returns an equal atlas. */
  public static Atlas generate() {
    List<PollingStation> stations = stations(new Random(SEED));
    return Atlas.builder()
        .election(election())
        .addProvince(province())
        .counties(COUNTIES.stream().map(KermanSampleGenerator::county).toList())
        .constituencies(CONSTITUENCIES.stream().map(KermanSampleGenerator::constituency).toList())
        .pollingStations(stations)
        .bodies(bodies())
        .events(events())
        .issues(issues(stations))
        .addApproval(electronicVotingApproval())
        .provenance(provenance())
        .build();
  }

  private static Election election() {
    return Election.builder()
        .id("iran-2024-03-01")
        .name(
            LocalizedName.of(
                "انتخابات دوازدهمین دوره مجلس شورای اسلامی و ششمین دوره مجلس خبرگان رهبری",
                "Elections of the 12th Islamic Consultative Assembly and the 6th Assembly of"
                    + " Experts"))
        .votingDay(LocalDate.of(2024, 3, 1))
        .timeZone(ZoneId.of("Asia/Tehran"))
        .addContests(
            Contest.of(ContestKind.MAJLIS, 12), Contest.of(ContestKind.ASSEMBLY_OF_EXPERTS, 6))
        .build();
  }

  private static Province province() {
    return Province.builder()
        .id(PROVINCE_ID)
        .code("IR-08")
        .name(LocalizedName.of("کرمان", "Kerman"))
        .declaredStations(DECLARED_STATIONS)
        .boundingBox(BoundingBox.of(26.4, 54.3, 32.0, 59.6))
        .putExternalId("iso3166-2", "IR-08")
        // A user's own data rides in extensions; this one shows the mechanism in the sample.
        .putExtension("atlasEdition", new ExtensionValue.NumberValue("1"))
        .build();
  }

  private static County county(CountyRow row) {
    return County.builder()
        .id(row.id())
        .province(PROVINCE_ID)
        .name(row.name())
        .eligibleVoters(row.eligibleVoters())
        .build();
  }

  private static ConstituencyRow majlis(
      String seatCounty, String fa, String en, int seats, String... counties) {
    return new ConstituencyRow(
        "majlis-" + seatCounty, ContestKind.MAJLIS, fa, en, seats, List.of(counties));
  }

  private static Constituency constituency(ConstituencyRow row) {
    return Constituency.builder()
        .id(row.id())
        .contest(row.contest())
        .name(LocalizedName.of(row.fa(), row.en()))
        .counties(row.counties())
        .seats(row.seats())
        .build();
  }

  // ---------------------------------------------------------------- polling stations

  /** A rural settlement of a county with the point its stations cluster around. */
  private record Village(Name name, double lat, double lon) {}

  private static List<PollingStation> stations(Random random) {
    // The per-county split is synthetic, but it must add up to the real provincial total.
    int voters = COUNTIES.stream().mapToInt(CountyRow::eligibleVoters).sum();
    if (voters != PROVINCE_ELIGIBLE_VOTERS) {
      throw new IllegalStateException("county voters sum to " + voters);
    }
    int[] perCounty =
        apportion(
            DECLARED_STATIONS, COUNTIES.stream().mapToInt(CountyRow::eligibleVoters).toArray());
    List<PollingStation> stations = new ArrayList<>(DECLARED_STATIONS);
    for (int i = 0; i < COUNTIES.size(); i++) {
      stations.addAll(countyStations(COUNTIES.get(i), perCounty[i], random));
    }
    markElectronic(stations);
    markHighRisk(stations, REMOTE_SOUTH, "Remote route across open desert; needs a police escort");
    markHighRisk(stations, REMOTE_EAST, "Long return trip of the ballot box; arrived late in 2021");
    return stations;
  }

  /**
   * The stations of one county, numbered from 1. Fixed stations stand mostly in the county seat,
   * mobile ones mostly travel between villages, as in the 2020 round's 1,328 fixed and 922 mobile.
   */
  private static List<PollingStation> countyStations(CountyRow county, int count, Random random) {
    // Coverage below 100%: some voters vote outside their county or not at all.
    double coverage = 0.86 + 0.08 * random.nextDouble();
    List<Village> villages =
        villages(county, Math.min(VILLAGES.size(), Math.max(2, count / 12)), random);
    Set<Location> taken = new HashSet<>();
    List<PollingStation.Builder> builders = new ArrayList<>(count);
    int[] weights = new int[count];
    for (int number = 1; number <= count; number++) {
      boolean mobile = random.nextDouble() < 0.4;
      boolean rural = random.nextDouble() < (mobile ? 0.75 : 0.15);
      Village village = villages.get(random.nextInt(villages.size()));
      LocalizedName settlement = rural ? village.name().localized() : county.seat();
      Location location =
          rural
              ? uniquePoint(village.lat(), village.lon(), 0.012, taken, random)
              : uniquePoint(county.lat(), county.lon(), 0.045, taken, random);
      String street = STREETS.get(random.nextInt(STREETS.size()));
      int alley = 1 + random.nextInt(40);
      String address =
          rural
              ? "روستای " + village.name().fa() + "، شهرستان " + county.fa()
              : county.seatFa() + "، " + street + "، کوچه " + persianDigits(alley);
      weights[number - 1] = voterWeight(mobile, rural, random);
      boolean accessible = random.nextDouble() < (mobile || rural ? 0.35 : 0.7);
      int observers = 1 + random.nextInt(3);
      RiskLevel risk = random.nextDouble() < 0.1 ? RiskLevel.MEDIUM : RiskLevel.LOW;
      builders.add(
          PollingStation.builder()
              .id(String.format(Locale.ROOT, "%s-%04d", county.id(), number))
              .county(county.id())
              .number(number)
              .name(mobile ? mobileStationName(settlement) : fixedStationName(random))
              .address(address)
              .settlement(
                  Settlement.builder()
                      .name(settlement)
                      .kind(rural ? SettlementKind.RURAL : SettlementKind.URBAN)
                      .build())
              .location(location)
              .kind(mobile ? StationKind.MOBILE : StationKind.FIXED)
              .votingMethod(VotingMethod.PAPER)
              .accessible(accessible)
              .staff(Staff.of(5, observers))
              .risk(Risk.of(risk)));
    }
    int[] voters = apportion((int) Math.round(county.eligibleVoters() * coverage), weights);
    List<PollingStation> stations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (voters[i] > MAX_EXPECTED_VOTERS) {
        throw new IllegalStateException("too many voters at a station of " + county.id());
      }
      stations.add(builders.get(i).expectedVoters(voters[i]).build());
    }
    return stations;
  }

  /**
   * A station's share of its county's expected voters, in thousandths: fixed stations in the seat
   * draw the most, village stations fewer, mobile stations (which serve a few places each) fewest.
   */
  private static int voterWeight(boolean mobile, boolean rural, Random random) {
    if (mobile) {
      return 300 + random.nextInt(501);
    }
    return rural ? 600 + random.nextInt(601) : 1000 + random.nextInt(801);
  }

  /** Distinct villages of the list, each placed 0.06° to 0.22° from the seat on both axes. */
  private static List<Village> villages(CountyRow county, int count, Random random) {
    List<Name> pool = new ArrayList<>(VILLAGES);
    List<Village> chosen = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Name name = pool.remove(random.nextInt(pool.size()));
      chosen.add(
          new Village(
              name,
              county.lat() + offset(0.06, 0.22, random),
              county.lon() + offset(0.06, 0.22, random)));
    }
    return chosen;
  }

  private static double offset(double min, double max, Random random) {
    double magnitude = min + (max - min) * random.nextDouble();
    return random.nextBoolean() ? magnitude : -magnitude;
  }

  /**
   * A point within {@code spread} degrees of the centre, rounded to 4 decimals (about 10 m), that
   * no other station of the county has: the validator warns about stations at one point.
   */
  private static Location uniquePoint(
      double lat, double lon, double spread, Set<Location> taken, Random random) {
    while (true) {
      Location point =
          Location.of(
              round4(lat + spread * (2 * random.nextDouble() - 1)),
              round4(lon + spread * (2 * random.nextDouble() - 1)));
      if (taken.add(point)) {
        return point;
      }
    }
  }

  private static double round4(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  private static LocalizedName fixedStationName(Random random) {
    Building building = BUILDINGS.get(random.nextInt(BUILDINGS.size()));
    List<Name> namesakes = building.religious() ? RELIGIOUS_NAMESAKES : CIVIC_NAMESAKES;
    Name namesake = namesakes.get(random.nextInt(namesakes.size()));
    return LocalizedName.of(
        building.fa() + " " + namesake.fa(), namesake.en() + " " + building.en());
  }

  private static LocalizedName mobileStationName(LocalizedName settlement) {
    return LocalizedName.of(
        "شعبه سیار " + settlement.fa(), settlement.preferEnglish() + " mobile station");
  }

  /**
   * Makes {@value #ELECTRONIC_STATIONS} fixed stations in the city of Kerman, spread evenly over
   * their numbers, electronic: the article's plan, pending the Guardian Council's approval.
   */
  private static void markElectronic(List<PollingStation> stations) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < stations.size(); i++) {
      PollingStation station = stations.get(i);
      if (station.county().equals("kerman")
          && station.kind() == StationKind.FIXED
          && station.settlement().orElseThrow().kind() == SettlementKind.URBAN) {
        candidates.add(i);
      }
    }
    for (int k = 0; k < ELECTRONIC_STATIONS; k++) {
      int i = candidates.get(k * candidates.size() / ELECTRONIC_STATIONS);
      stations.set(
          i,
          PollingStation.builder()
              .from(stations.get(i))
              .votingMethod(VotingMethod.ELECTRONIC)
              .build());
    }
  }

  /** Makes the first rural mobile station of each county HIGH risk, with the reason. */
  private static void markHighRisk(
      List<PollingStation> stations, List<String> counties, String note) {
    for (String county : counties) {
      int i = firstRuralMobile(stations, county);
      stations.set(
          i,
          PollingStation.builder()
              .from(stations.get(i))
              .risk(Risk.builder().level(RiskLevel.HIGH).note(note).build())
              .build());
    }
  }

  private static int firstRuralMobile(List<PollingStation> stations, String county) {
    for (int i = 0; i < stations.size(); i++) {
      PollingStation station = stations.get(i);
      if (station.county().equals(county)
          && station.kind() == StationKind.MOBILE
          && station.settlement().orElseThrow().kind() == SettlementKind.RURAL) {
        return i;
      }
    }
    throw new IllegalStateException("no rural mobile station in " + county);
  }

  private static List<String> highRiskStations(
      List<PollingStation> stations, List<String> counties) {
    return stations.stream()
        .filter(s -> counties.contains(s.county()))
        .filter(s -> s.risk().orElseThrow().level() == RiskLevel.HIGH)
        .map(PollingStation::id)
        .toList();
  }

  /**
   * Splits {@code total} in proportion to the weights by the largest-remainder method, giving each
   * part at least 1; ties go to the earlier part, so the split is deterministic.
   */
  static int[] apportion(int total, int[] weights) {
    long sum = 0;
    for (int weight : weights) {
      sum += weight;
    }
    int[] parts = new int[weights.length];
    long[] remainders = new long[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      long share = (long) total * weights[i];
      parts[i] = (int) Math.max(1, share / sum);
      remainders[i] = share / sum == 0 ? -1 : share % sum;
      given += parts[i];
    }
    for (int left = total - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1;
    }
    return parts;
  }

  private static String persianDigits(int value) {
    StringBuilder digits = new StringBuilder();
    for (char c : Integer.toString(value).toCharArray()) {
      digits.append((char) ('۰' + (c - '0')));
    }
    return digits.toString();
  }

  // ---------------------------------------------------------------- bodies, events, issues

  private static List<Body> bodies() {
    return List.of(
        body("interior-ministry", BodyKind.MINISTRY, BodyLevel.NATIONAL, null)
            .name(LocalizedName.of("وزارت کشور", "Ministry of the Interior"))
            .build(),
        body("national-election-hq", BodyKind.HEADQUARTERS, BodyLevel.NATIONAL, "interior-ministry")
            .name(LocalizedName.of("ستاد انتخابات کشور", "National Election Headquarters"))
            .build(),
        body(
                "national-election-hq-it-committee",
                BodyKind.COMMITTEE,
                BodyLevel.NATIONAL,
                "national-election-hq")
            .name(
                LocalizedName.of(
                    "کمیته فناوری اطلاعات ستاد انتخابات کشور",
                    "IT Committee of the National Election Headquarters"))
            .build(),
        // Decides on electronic voting, hence the approval's authority.
        body("guardian-council", BodyKind.COUNCIL, BodyLevel.NATIONAL, null)
            .name(LocalizedName.of("شورای نگهبان", "Guardian Council"))
            .build(),
        body("kerman-governorate", BodyKind.GOVERNORATE, BodyLevel.PROVINCE, "interior-ministry")
            .jurisdiction(PROVINCE_ID)
            .name(LocalizedName.of("استانداری کرمان", "Governorate of Kerman Province"))
            .build(),
        body(
                "kerman-election-hq",
                BodyKind.HEADQUARTERS,
                BodyLevel.PROVINCE,
                "national-election-hq")
            .jurisdiction(PROVINCE_ID)
            .name(
                LocalizedName.of(
                    "ستاد انتخابات استان کرمان", "Kerman Provincial Election Headquarters"))
            .head(
                Head.builder()
                    .name(LocalizedName.of("رحمان جلالی", "Rahman Jalali"))
                    .title(
                        LocalizedName.of(
                            "رئیس ستاد انتخابات استان کرمان و معاون سیاسی، امنیتی و اجتماعی استاندار"
                                + " کرمان",
                            "Head of the Kerman provincial election headquarters and political,"
                                + " security and social deputy of the governor of Kerman"))
                    .build())
            .build(),
        // The provincial cyberspace council sits at the governorate.
        body(
                "kerman-cyberspace-council",
                BodyKind.COUNCIL,
                BodyLevel.PROVINCE,
                "kerman-governorate")
            .jurisdiction(PROVINCE_ID)
            .name(
                LocalizedName.of(
                    "شورای فضای مجازی استان کرمان", "Kerman Provincial Cyberspace Council"))
            .build(),
        body(
                "kerman-media-hq",
                BodyKind.HEADQUARTERS,
                BodyLevel.PROVINCE,
                "kerman-cyberspace-council")
            .jurisdiction(PROVINCE_ID)
            .name(
                LocalizedName.of(
                    "قرارگاه رسانه\u200cای انتخابات استان کرمان",
                    "Kerman Election Media Headquarters"))
            .build(),
        body(
                "kerman-jihad-of-explanation-hq",
                BodyKind.HEADQUARTERS,
                BodyLevel.PROVINCE,
                "kerman-election-hq")
            .jurisdiction(PROVINCE_ID)
            .name(
                LocalizedName.of(
                    "قرارگاه جهاد تبیین ستاد انتخابات استان کرمان",
                    "Jihad of Explanation Headquarters of the Kerman Election HQ"))
            .build());
  }

  private static Body.Builder body(String id, BodyKind kind, BodyLevel level, String parent) {
    Body.Builder builder = Body.builder().id(id).kind(kind).level(level);
    if (parent != null) {
      builder.parent(parent);
    }
    return builder;
  }

  private static final String TRAINING = "kerman-training-1402";
  private static final Strategy[] ALL_STRATEGIES = {
    SECURITY, INTEGRITY, COMPETITION, PARTICIPATION
  };

  /**
   * The two-day regional training of 21–22 Tir 1402 (12–13 July 2023) with its sessions, and the
   * deadline the electronic-voting plan waits on. The sessions' times of day are synthetic.
   */
  private static List<Event> events() {
    return List.of(
        Event.builder()
            .id(TRAINING)
            .kind(EventKind.TRAINING)
            .title(
                LocalizedName.of(
                    "نشست آموزشی منطقه\u200cای فرمانداران استان\u200cهای یزد، فارس و کرمان",
                    "Regional training of the county governors of Yazd, Fars and Kerman"))
            .start(EventTime.of(LocalDate.of(2023, 7, 12)))
            .end(EventTime.of(LocalDate.of(2023, 7, 13)))
            .organizer("kerman-election-hq")
            .addParticipants(
                role(
                    "فرمانداران استان\u200cهای یزد، فارس و کرمان",
                    "county governors of Yazd, Fars and Kerman"))
            // Yazd and Fars are not in this atlas; the participants' role names them.
            .addProvince(PROVINCE_ID)
            .addTopics(
                LocalizedName.of(
                    "محورهای اصلی نقشه راه ستاد انتخابات",
                    "the main axes of the election headquarters' road map"))
            .addStrategies(ALL_STRATEGIES)
            .build(),
        session("opening", EventKind.OPENING, 12, "08:30", "10:00")
            .title(LocalizedName.of("افتتاحیه", "Opening"))
            .addParticipants(
                Participant.builder()
                    .body("interior-ministry")
                    .role(
                        LocalizedName.of(
                            "معاون سیاسی وزیر کشور",
                            "deputy interior minister for political affairs"))
                    .build())
            .addTopics(
                LocalizedName.of(
                    "سیاست\u200cها و راهبردهای انتخابات",
                    "policies and strategies of the election"))
            .addStrategies(ALL_STRATEGIES)
            .build(),
        session("workshop-executive-process", EventKind.WORKSHOP, 12, "10:30", "12:00")
            .title(
                LocalizedName.of(
                    "کارگاه آموزشی روند اجرایی انتخابات",
                    "Workshop: the executive process of the election"))
            .addTopics(
                LocalizedName.of("روند اجرایی انتخابات", "executive process of the election"))
            .addStrategies(SECURITY, INTEGRITY)
            .build(),
        session("workshop-election-law", EventKind.WORKSHOP, 12, "14:00", "15:30")
            .title(
                LocalizedName.of(
                    "کارگاه آموزشی آشنایی با قوانین انتخابات",
                    "Workshop: introduction to election law"))
            .addTopics(LocalizedName.of("قوانین انتخابات", "election law"))
            .addStrategies(INTEGRITY, COMPETITION)
            .build(),
        session("workshop-electronic-voting", EventKind.WORKSHOP, 12, "16:00", "17:30")
            .title(
                LocalizedName.of(
                    "کارگاه آموزشی نحوه برگزاری انتخابات الکترونیکی",
                    "Workshop: how electronic voting is held"))
            .addParticipants(
                Participant.builder()
                    .body("national-election-hq-it-committee")
                    .role(
                        LocalizedName.of(
                            "رئیس کمیته فناوری اطلاعات ستاد انتخابات کشور",
                            "head of the IT committee of the national election headquarters"))
                    .build())
            .addTopics(LocalizedName.of("انتخابات الکترونیکی", "electronic voting"))
            .addStrategies(INTEGRITY, PARTICIPATION)
            .build(),
        session("think-tank", EventKind.THINK_TANK, 13, "08:30", "11:00")
            .title(
                LocalizedName.of(
                    "اتاق فکر مدیران کل سیاسی استان\u200cهای فارس، یزد و کرمان",
                    "Think tank of the political directors-general of Fars, Yazd and Kerman"))
            .addParticipants(
                role(
                    "مدیران کل سیاسی استان\u200cهای فارس، یزد و کرمان",
                    "political directors-general of Fars, Yazd and Kerman"))
            .addTopics(
                LocalizedName.of(
                    "راهکارها و راهبردهای چهارگانه مقام معظم رهبری: امنیت، سلامت، رقابت و مشارکت",
                    "the Leader's four strategies: security, integrity, competition and"
                        + " participation"))
            .addStrategies(ALL_STRATEGIES)
            .build(),
        session("closing", EventKind.CLOSING, 13, "11:30", "13:00")
            .title(LocalizedName.of("اختتامیه", "Closing"))
            .addParticipants(
                Participant.builder()
                    .body("interior-ministry")
                    .role(LocalizedName.of("وزیر کشور", "the Minister of the Interior"))
                    .build())
            .addStrategies(ALL_STRATEGIES)
            .build(),
        // Synthetic date: the article names the condition, not when it must be met.
        Event.builder()
            .id("kerman-electronic-voting-decision")
            .kind(EventKind.DEADLINE)
            .title(
                LocalizedName.of(
                    "مهلت تصمیم شورای نگهبان درباره رأی\u200cگیری الکترونیکی در شهر کرمان",
                    "Deadline for the Guardian Council's decision on electronic voting in the city"
                        + " of Kerman"))
            .start(EventTime.of(LocalDate.of(2024, 1, 21)))
            .end(EventTime.of(LocalDate.of(2024, 1, 21)))
            .organizer("kerman-election-hq")
            .addParticipants(Participant.builder().body("guardian-council").build())
            .addProvince(PROVINCE_ID)
            .addStrategies(INTEGRITY)
            .build());
  }

  /** A session of the training on the given day of July 2023, organised like the training. */
  private static Event.Builder session(
      String suffix, EventKind kind, int day, String start, String end) {
    return Event.builder()
        .id(TRAINING + "-" + suffix)
        .parent(TRAINING)
        .kind(kind)
        .start(
            EventTime.of(
                LocalDateTime.parse(String.format(Locale.ROOT, "2023-07-%02dT%s", day, start))))
        .end(
            EventTime.of(
                LocalDateTime.parse(String.format(Locale.ROOT, "2023-07-%02dT%s", day, end))))
        .organizer("kerman-election-hq");
  }

  private static Participant role(String fa, String en) {
    return Participant.builder().role(LocalizedName.of(fa, en)).build();
  }

  /**
   * The "system of issues and pathology of previous rounds" the article says was compiled. Its
   * entries are illustrative: the article names the system, not what is in it.
   */
  private static List<Issue> issues(List<PollingStation> stations) {
    String hq = "kerman-election-hq";
    List<String> southScope = new ArrayList<>(REMOTE_SOUTH);
    southScope.addAll(highRiskStations(stations, REMOTE_SOUTH));
    List<String> eastScope = new ArrayList<>(REMOTE_EAST);
    eastScope.addAll(highRiskStations(stations, REMOTE_EAST));
    return List.of(
        issue("issue-remote-mobile-station-security", IssueCategory.SECURITY, IssueSeverity.HIGH)
            .status(IssueStatus.MITIGATING)
            .title(
                LocalizedName.of(
                    "امنیت مسیر شعب سیار در مناطق دورافتاده جنوب استان",
                    "Security of mobile stations' routes in the remote south of the province"))
            .scope(southScope)
            .addObservedIn("iran-2020-02-21", "iran-2021-06-18")
            .mitigation(
                LocalizedName.of(
                    "اسکورت انتظامی شعب سیار و هماهنگی مسیرها با فرماندهی انتظامی استان",
                    "Police escort for mobile stations and routes agreed with the provincial"
                        + " police command"))
            .owner(hq)
            .build(),
        issue("issue-late-ballot-box-return", IssueCategory.LOGISTICS, IssueSeverity.HIGH)
            .status(IssueStatus.OPEN)
            .title(
                LocalizedName.of(
                    "تأخیر در بازگشت صندوق\u200cهای شعب سیار از روستاهای دوردست",
                    "Late return of ballot boxes from mobile stations in distant villages"))
            .scope(eastScope)
            .addObservedIn("iran-2021-06-18")
            .owner(hq)
            .build(),
        issue("issue-station-list-mismatch", IssueCategory.INTEGRITY, IssueSeverity.MEDIUM)
            .status(IssueStatus.RESOLVED)
            .title(
                LocalizedName.of(
                    "ناهمخوانی فهرست شعب اخذ رأی با آمار واجدان شرایط شهرستان\u200cها",
                    "Polling-station lists that did not match the counties' eligible voters"))
            .addScope(PROVINCE_ID)
            .addObservedIn("iran-2020-02-21")
            .mitigation(
                LocalizedName.of(
                    "تهیه اطلس ۲٬۴۰۰ شعبه اخذ رأی استان و تطبیق آن با آمار واجدان شرایط هر"
                        + " شهرستان",
                    "The atlas of the province's 2,400 polling stations, checked against each"
                        + " county's eligible voters"))
            .owner(hq)
            .build(),
        issue("issue-low-urban-turnout", IssueCategory.PARTICIPATION, IssueSeverity.HIGH)
            .status(IssueStatus.MITIGATING)
            .title(
                LocalizedName.of(
                    "مشارکت پایین در شهرهای بزرگ استان",
                    "Low turnout in the province's large cities"))
            .addScope("kerman", "rafsanjan", "sirjan")
            .addObservedIn("iran-2020-02-21", "iran-2021-06-18")
            .mitigation(
                LocalizedName.of(
                    "برنامه\u200cهای تبیینی قرارگاه جهاد تبیین ستاد انتخابات استان",
                    "Outreach by the Jihad of Explanation HQ of the provincial election HQ"))
            .owner("kerman-jihad-of-explanation-hq")
            .build(),
        issue("issue-candidate-agents-absent", IssueCategory.COMPETITION, IssueSeverity.MEDIUM)
            .status(IssueStatus.OPEN)
            .title(
                LocalizedName.of(
                    "حضور نداشتن نمایندگان نامزدها در بسیاری از شعب",
                    "Candidates' agents absent from many stations"))
            .addScope(PROVINCE_ID)
            .addObservedIn("iran-2020-02-21")
            .owner(hq)
            .build(),
        issue("issue-online-rumours", IssueCategory.MEDIA, IssueSeverity.HIGH)
            .status(IssueStatus.MITIGATING)
            .title(
                LocalizedName.of(
                    "انتشار شایعه و اخبار نادرست درباره انتخابات در فضای مجازی",
                    "Rumours and false news about the election on social media"))
            .addScope(PROVINCE_ID)
            .addObservedIn("iran-2020-02-21", "iran-2021-06-18")
            .mitigation(
                LocalizedName.of(
                    "رصد و پاسخ\u200cگویی قرارگاه رسانه\u200cای ذیل شورای فضای مجازی استان",
                    "Monitoring and replies by the media HQ under the provincial cyberspace"
                        + " council"))
            .owner("kerman-media-hq")
            .build(),
        issue("issue-e-authentication-outages", IssueCategory.TECHNOLOGY, IssueSeverity.HIGH)
            .status(IssueStatus.MITIGATING)
            .title(
                LocalizedName.of(
                    "قطعی شبکه و کندی احراز هویت الکترونیکی رأی\u200cدهندگان در شعب",
                    "Network outages and slow electronic voter authentication at stations"))
            .addScope("kerman")
            .addObservedIn("iran-2021-06-18")
            .mitigation(
                LocalizedName.of(
                    "خطوط ارتباطی پشتیبان و دستورالعمل بازگشت به رأی\u200cگیری کاغذی",
                    "Backup network links and a procedure to fall back to paper ballots"))
            .owner("national-election-hq-it-committee")
            .build(),
        issue("issue-untrained-station-officials", IssueCategory.LOGISTICS, IssueSeverity.MEDIUM)
            .status(IssueStatus.RESOLVED)
            .title(
                LocalizedName.of(
                    "آموزش ناکافی عوامل اجرایی شعب", "Insufficient training of station officials"))
            .addScope(PROVINCE_ID)
            .addObservedIn("iran-2020-02-21")
            .mitigation(
                LocalizedName.of(
                    "نشست آموزشی منطقه\u200cای فرمانداران و کارگاه\u200cهای روند اجرایی و قوانین"
                        + " انتخابات",
                    "The regional training of county governors with its workshops on the"
                        + " executive process and election law"))
            .owner(hq)
            .build());
  }

  private static Issue.Builder issue(String id, IssueCategory category, IssueSeverity severity) {
    return Issue.builder().id(id).category(category).severity(severity);
  }

  /** The Guardian Council's pending approval of electronic voting in the city of Kerman. */
  private static Approval electronicVotingApproval() {
    return Approval.builder()
        .id("kerman-city-electronic-voting")
        .subject(ApprovalSubject.ELECTRONIC_VOTING)
        // The county, narrowed to its city by the settlement name.
        .addScope("kerman")
        .addSettlements(LocalizedName.of("کرمان", "Kerman"))
        .authority("guardian-council")
        .status(ApprovalStatus.PENDING)
        .requestedOn(LocalDate.of(2023, 7, 11))
        .note(
            "The article's condition: \"if the Guardian Council approves, the election in the city"
                + " of Kerman will be held electronically\" (IQNA news 4154378, 20 Tir 1402 / 11"
                + " July 2023). The request date is synthetic.")
        .build();
  }

  private static Provenance provenance() {
    return Provenance.builder()
        .addSources(
            Source.builder()
                .title(
                    "IQNA news 4154378, ۲۰ تیر ۱۴۰۲: the head of Kerman province's election"
                        + " headquarters on the atlas of 2,400 polling stations, the regional"
                        + " training of 21–22 Tir and electronic voting in the city of Kerman")
                .url("https://iqna.ir/fa/news/4154378")
                .published(LocalDate.of(2023, 7, 11))
                .build())
        .addSynthetic(
            "/provinces/0/boundingBox: approximate",
            "/counties/*/eligibleVoters: the real provincial total (2,319,535) split over the"
                + " counties roughly by population; the split is synthetic",
            "/pollingStations: every station is synthetic (names, addresses, settlements,"
                + " locations near approximate county-seat coordinates, kinds, voting methods,"
                + " expected voters, accessibility, staff, risk); only their number, 2,400, is"
                + " from the article. Urban stations carry the county seat's name (Rudbar for"
                + " Rudbar-e Jonubi, Mohammadabad for Rigan); village names are common Iranian"
                + " place names, not the counties' real villages",
            "/constituencies: Gonbaki's membership of the Bam constituency is presumed, and the"
                + " Assembly of Experts constituency's 3 seats are not verified from a primary"
                + " source",
            "/events: the times of day of the training's sessions and the date of the deadline"
                + " are synthetic; the days, 12 and 13 July 2023, are from the article",
            "/issues: illustrative entries; the article says a system of issues was compiled,"
                + " not what it holds",
            "/approvals/0/requestedOn: synthetic")
        .generator("org.electionatlas.io.samples.KermanSampleGenerator")
        .notes(
            "The counties, Majlis constituencies and seats and the provincial total of eligible"
                + " voters are real as of the election of 1 March 2024. Polling-station ids are"
                + " <county>-<number>; the province is kerman-province so that the county can be"
                + " kerman.")
        .build();
  }
}
