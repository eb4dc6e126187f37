package org.electionatlas.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
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
 * Random atlases for property tests, one per seed: every entity kind, every optional property
 * sometimes present and sometimes not, extensions on every object with nested values and number
 * literals that a careless writer would change, and text that is hard to carry: Persian with ZWNJ
 * and Arabic letters, control characters, unpaired surrogates, emoji, right-to-left marks.
 *
 * <p>The atlases need not be valid (references may dangle, numbers may be negative): the reader and
 * writer must carry whatever the model holds.
 */
final class RandomAtlases {

  private static final String[] PERSIAN = {
    "کرمان",
    "راور",
    "می‌شود",
    "کتاب‌ها",
    "دبستان شهید بهشتی",
    "تير",
    "كرمان",
    "۱۴۰۲",
    "١٤٠٢",
    "حوزه‌ی انتخابیه",
    "هیئت\u200cاجرایی",
    "\u200fمتن\u200f",
    "ـکشیدهـ",
    "نامِ"
  };
  private static final String[] OTHER = {
    "Kerman",
    "",
    " ",
    "a\"quote",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "nul\u0000",
    "bell\u0007",
    "\uD800 lone high",
    "lone low \uDC00",
    "emoji 🗳️",
    "~/pointer~1",
    "<script>",
    "\u202Eright-to-left override",
    "ß",
    "日本"
  };
  private static final String[] NUMBERS = {
    "0",
    "-0",
    "1.50",
    "1e3",
    "1E+3",
    "2e-7",
    "-0.0",
    "0.1000",
    "123456789012345678901234567890",
    "-98765432109876543210.000000000000000000001",
    "3.141592653589793238462643383279"
  };
  private static final String[] ZONES = {"Asia/Tehran", "UTC", "Etc/GMT-3", "Europe/London"};

  private final Random random;

  private RandomAtlases(long seed) {
    this.random = new Random(seed);
  }

  /** The atlas of a seed; the same seed gives the same atlas. */
  static Atlas generate(long seed) {
    return new RandomAtlases(seed).atlas();
  }

  private Atlas atlas() {
    Atlas.Builder atlas =
        Atlas.builder()
            .election(election())
            .provinces(list(this::province))
            .counties(list(this::county))
            .constituencies(list(this::constituency))
            .pollingStations(list(this::station))
            .bodies(list(this::body))
            .events(list(this::event))
            .issues(list(this::issue))
            .approvals(list(this::approval))
            .extensions(extensions());
    if (random.nextBoolean()) {
      atlas.provenance(provenance());
    }
    return atlas.build();
  }

  private Election election() {
    Election.Builder election =
        Election.builder()
            .id(id())
            .name(name())
            .votingDay(date())
            .contests(list(this::contest))
            .extensions(extensions());
    if (random.nextBoolean()) {
      election.timeZone(ZoneId.of(pick(ZONES)));
    }
    return election.build();
  }

  private Contest contest() {
    Contest.Builder contest =
        Contest.builder().kind(pick(ContestKind.values())).extensions(extensions());
    if (random.nextBoolean()) {
      contest.term(random.nextInt());
    }
    return contest.build();
  }

  private Province province() {
    Province.Builder province =
        Province.builder()
            .id(id())
            .code("IR-" + random.nextInt(100))
            .name(name())
            .externalIds(externalIds())
            .extensions(extensions());
    if (random.nextBoolean()) {
      province.declaredStations(random.nextInt());
    }
    if (random.nextBoolean()) {
      province.boundingBox(
          BoundingBox.builder()
              .minLat(coordinate())
              .minLon(coordinate())
              .maxLat(coordinate())
              .maxLon(coordinate())
              .extensions(extensions())
              .build());
    }
    return province.build();
  }

  private County county() {
    County.Builder county =
        County.builder()
            .id(id())
            .province(id())
            .name(name())
            .externalIds(externalIds())
            .extensions(extensions());
    if (random.nextBoolean()) {
      county.eligibleVoters(random.nextInt());
    }
    return county.build();
  }

  private Constituency constituency() {
    return Constituency.builder()
        .id(id())
        .contest(pick(ContestKind.values()))
        .name(name())
        .counties(list(this::id))
        .seats(random.nextInt())
        .externalIds(externalIds())
        .extensions(extensions())
        .build();
  }

  private PollingStation station() {
    PollingStation.Builder station =
        PollingStation.builder()
            .id(id())
            .county(id())
            .number(random.nextInt())
            .name(name())
            .kind(pick(StationKind.values()))
            .votingMethod(pick(VotingMethod.values()))
            .expectedVoters(random.nextInt())
            .externalIds(externalIds())
            .extensions(extensions());
    if (random.nextBoolean()) {
      station.address(text());
    }
    if (random.nextBoolean()) {
      station.settlement(
          Settlement.builder()
              .name(name())
              .kind(pick(SettlementKind.values()))
              .extensions(extensions())
              .build());
    }
    if (random.nextBoolean()) {
      station.location(
          Location.builder().lat(coordinate()).lon(coordinate()).extensions(extensions()).build());
    }
    if (random.nextBoolean()) {
      station.accessible(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      station.staff(
          Staff.builder()
              .officials(random.nextInt())
              .observers(random.nextInt())
              .extensions(extensions())
              .build());
    }
    if (random.nextBoolean()) {
      Risk.Builder risk = Risk.builder().level(pick(RiskLevel.values())).extensions(extensions());
      if (random.nextBoolean()) {
        risk.note(text());
      }
      station.risk(risk.build());
    }
    return station.build();
  }

  private Body body() {
    Body.Builder body =
        Body.builder()
            .id(id())
            .kind(pick(BodyKind.values()))
            .level(pick(BodyLevel.values()))
            .name(name())
            .extensions(extensions());
    if (random.nextBoolean()) {
      body.jurisdiction(id());
    }
    if (random.nextBoolean()) {
      body.parent(id());
    }
    if (random.nextBoolean()) {
      Head.Builder head = Head.builder().name(name()).extensions(extensions());
      if (random.nextBoolean()) {
        head.title(name());
      }
      body.head(head.build());
    }
    return body.build();
  }

  private Event event() {
    Event.Builder event =
        Event.builder()
            .id(id())
            .kind(pick(EventKind.values()))
            .title(name())
            .start(time())
            .end(time())
            .participants(list(this::participant))
            .provinces(list(this::id))
            .topics(list(this::name))
            .strategies(list(() -> pick(Strategy.values())))
            .extensions(extensions());
    if (random.nextBoolean()) {
      event.parent(id());
    }
    if (random.nextBoolean()) {
      event.organizer(id());
    }
    return event.build();
  }

  private Participant participant() {
    Participant.Builder participant = Participant.builder().extensions(extensions());
    int which = random.nextInt(3);
    if (which != 1) {
      participant.body(id());
    }
    if (which != 0) {
      participant.role(name());
    }
    return participant.build();
  }

  private Issue issue() {
    Issue.Builder issue =
        Issue.builder()
            .id(id())
            .title(name())
            .category(pick(IssueCategory.values()))
            .severity(pick(IssueSeverity.values()))
            .status(pick(IssueStatus.values()))
            .scope(list(this::id))
            .observedIn(list(this::id))
            .extensions(extensions());
    if (random.nextBoolean()) {
      issue.mitigation(name());
    }
    if (random.nextBoolean()) {
      issue.owner(id());
    }
    return issue.build();
  }

  private Approval approval() {
    Approval.Builder approval =
        Approval.builder()
            .id(id())
            .subject(pick(ApprovalSubject.values()))
            .scope(list(this::id))
            .settlements(list(this::name))
            .authority(id())
            .status(pick(ApprovalStatus.values()))
            .extensions(extensions());
    if (random.nextBoolean()) {
      approval.requestedOn(date());
    }
    if (random.nextBoolean()) {
      approval.decidedOn(date());
    }
    if (random.nextBoolean()) {
      approval.note(text());
    }
    return approval.build();
  }

  private Provenance provenance() {
    Provenance.Builder provenance =
        Provenance.builder()
            .sources(list(this::source))
            .synthetic(list(this::text))
            .extensions(extensions());
    if (random.nextBoolean()) {
      provenance.generator(text());
    }
    if (random.nextBoolean()) {
      provenance.notes(text());
    }
    return provenance.build();
  }

  private Source source() {
    Source.Builder source = Source.builder().title(text()).extensions(extensions());
    if (random.nextBoolean()) {
      source.url("https://www.iqna.ir/fa/news/" + random.nextInt(10_000_000));
    }
    if (random.nextBoolean()) {
      source.published(date());
    }
    return source.build();
  }

  private <T> List<T> list(Supplier<T> element) {
    int size = random.nextInt(4);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  private String id() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789._-";
    StringBuilder id = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    for (int i = random.nextInt(12); i > 0; i--) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return id.toString();
  }

  private String text() {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(3); i >= 0; i--) {
      text.append(random.nextBoolean() ? pick(PERSIAN) : pick(OTHER));
    }
    return text.toString();
  }

  /**
   * Text for a property name: anything but half of a surrogate pair, which the writer refuses in a
   * name (see {@code AtlasJsonRoundTripTest}).
   */
  private String key() {
    String key = text();
    // An emoji's pair of surrogates makes one code point; only an unpaired half is left alone.
    while (key.codePoints()
        .anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
      key = text();
    }
    return key;
  }

  private LocalizedName name() {
    Map<String, String> values = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      values.put("en", text());
    }
    values.put("fa", pick(PERSIAN) + (random.nextBoolean() ? text() : ""));
    if (random.nextInt(4) == 0) {
      values.put(random.nextBoolean() ? "ar" : "az-Latn-IR", text());
    }
    return LocalizedName.of(values);
  }

  private Map<String, String> externalIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      ids.put(random.nextBoolean() ? "ocd" : key(), text());
    }
    return ids;
  }

  private LocalDate date() {
    // The format holds the years 0000 to 9999 (the writer refuses others); the edges must come
    // back.
    int year = random.nextInt(10) == 0 ? random.nextInt(10_000) : 1900 + random.nextInt(250);
    return LocalDate.ofYearDay(year, 1 + random.nextInt(365));
  }

  private EventTime time() {
    if (random.nextBoolean()) {
      return EventTime.of(date());
    }
    LocalDateTime time = date().atTime(random.nextInt(24), random.nextInt(60));
    return EventTime.of(
        switch (random.nextInt(3)) {
          case 0 -> time;
          case 1 -> time.withSecond(random.nextInt(60));
          default -> time.withNano(random.nextInt(1_000_000_000));
        });
  }

  private double coordinate() {
    return switch (random.nextInt(5)) {
      case 0 -> -0.0;
      case 1 -> Double.MIN_VALUE;
      case 2 -> random.nextDouble() * 1e300;
      default -> random.nextDouble() * 180 - 90;
    };
  }

  private Map<String, ExtensionValue> extensions() {
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      members.put(random.nextBoolean() ? pick(PERSIAN) : key(), extensionValue(4));
    }
    return members;
  }

  private ExtensionValue extensionValue(int depth) {
    int kind = random.nextInt(depth > 0 ? 7 : 5);
    return switch (kind) {
      case 0 -> new ExtensionValue.StringValue(text());
      case 1 -> new ExtensionValue.NumberValue(pick(NUMBERS));
      case 2 -> new ExtensionValue.BooleanValue(random.nextBoolean());
      case 3 -> ExtensionValue.NullValue.INSTANCE;
      case 4 -> new ExtensionValue.NumberValue(Integer.toString(random.nextInt()));
      case 5 -> {
        List<ExtensionValue> elements = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          elements.add(extensionValue(depth - 1));
        }
        yield new ExtensionValue.ArrayValue(elements);
      }
      default -> {
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          members.put(key(), extensionValue(depth - 1));
        }
        yield new ExtensionValue.ObjectValue(members);
      }
    };
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
