package org.electionatlas.diff;

import java.util.List;
import java.util.Map;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;

/**
 * Every sentence of a diff, in English and Persian. A field change reads {@code ENTITY: what
 * changed}, so that a clerk scanning a list sees first which station, then what.
 */
final class Wording {

  private Wording() {}

  static final MessageTemplate ADDED =
      MessageTemplate.of("diff.added", "{entity} was added", "{entity} افزوده شد");
  static final MessageTemplate REMOVED =
      MessageTemplate.of("diff.removed", "{entity} was removed", "{entity} حذف شد");
  static final MessageTemplate CHANGED =
      MessageTemplate.of("diff.changed", "{entity} changed", "{entity} تغییر کرد");
  static final MessageTemplate RENAMED_BY_NUMBER =
      MessageTemplate.of(
          "diff.renamed.county-and-number",
          "{before} now has the id {after}: the same county and number",
          "{before} اکنون شناسهٔ {after} دارد: همان شهرستان و همان شماره");
  static final MessageTemplate RENAMED_BY_PLACE =
      MessageTemplate.of(
          "diff.renamed.place-and-name",
          "{before} now has the id {after}: the same place and name",
          "{before} اکنون شناسهٔ {after} دارد: همان مکان و همان نام");

  static final MessageTemplate FIELD_CHANGED =
      MessageTemplate.of(
          "diff.field.changed",
          "{entity}: {field} changed from {before} to {after}",
          "{entity}: {field} از {before} به {after} تغییر کرد");
  static final MessageTemplate FIELD_ADDED =
      MessageTemplate.of(
          "diff.field.added",
          "{entity}: {field} given: {after}",
          "{entity}: {field} داده شد: {after}");
  static final MessageTemplate FIELD_REMOVED =
      MessageTemplate.of(
          "diff.field.removed",
          "{entity}: {field} removed (was {before})",
          "{entity}: {field} برداشته شد (پیش‌تر {before})");
  static final MessageTemplate ITEMS_CHANGED =
      MessageTemplate.of(
          "diff.items.changed",
          "{entity}: {field} gained {added} and lost {removed}",
          "{entity}: به {field} {added} افزوده و از آن {removed} کاسته شد");
  static final MessageTemplate ITEMS_ADDED =
      MessageTemplate.of(
          "diff.items.added",
          "{entity}: {field} gained {added}",
          "{entity}: به {field} {added} افزوده شد");
  static final MessageTemplate ITEMS_REMOVED =
      MessageTemplate.of(
          "diff.items.removed",
          "{entity}: {field} lost {removed}",
          "{entity}: از {field} {removed} کاسته شد");
  static final MessageTemplate EXTENSIONS =
      MessageTemplate.of(
          "diff.extensions",
          "{entity}: its extensions changed",
          "{entity}: داده‌های افزودهٔ آن تغییر کرد");
  static final MessageTemplate EXTERNAL_ID_CHANGED =
      MessageTemplate.of(
          "diff.external-id.changed",
          "{entity}: its id in {scheme} changed from {before} to {after}",
          "{entity}: شناسهٔ آن در {scheme} از {before} به {after} تغییر کرد");
  static final MessageTemplate EXTERNAL_ID_ADDED =
      MessageTemplate.of(
          "diff.external-id.added",
          "{entity}: its id in {scheme} given: {after}",
          "{entity}: شناسهٔ آن در {scheme} داده شد: {after}");
  static final MessageTemplate EXTERNAL_ID_REMOVED =
      MessageTemplate.of(
          "diff.external-id.removed",
          "{entity}: its id in {scheme} removed (was {before})",
          "{entity}: شناسهٔ آن در {scheme} برداشته شد (پیش‌تر {before})");

  static final MessageTemplate MOVED =
      MessageTemplate.of(
          "diff.station.moved",
          "{entity}: moved {distance} {direction}",
          "{entity}: {distance} به سوی {direction} جابه‌جا شد");
  static final MessageTemplate MOVED_NEAR =
      MessageTemplate.of(
          "diff.station.moved.near",
          "{entity}: moved {distance} {direction}, to {near} from {landmark}",
          "{entity}: {distance} به سوی {direction} جابه‌جا شد و اکنون {near} با {landmark} فاصله"
              + " دارد");
  static final MessageTemplate LOCATION_CHANGED =
      MessageTemplate.of(
          "diff.station.location",
          "{entity}: location changed from {beforeLat}, {beforeLon} to {lat}, {lon}",
          "{entity}: مکان از {beforeLat}، {beforeLon} به {lat}، {lon} تغییر کرد");
  static final MessageTemplate LOCATION_ADDED =
      MessageTemplate.of(
          "diff.station.location.added",
          "{entity}: location given: {lat}, {lon}",
          "{entity}: مکان داده شد: {lat}، {lon}");
  static final MessageTemplate LOCATION_REMOVED =
      MessageTemplate.of(
          "diff.station.location.removed",
          "{entity}: location removed (was {beforeLat}, {beforeLon})",
          "{entity}: مکان برداشته شد (پیش‌تر {beforeLat}، {beforeLon})");
  static final MessageTemplate COUNTY =
      MessageTemplate.of(
          "diff.station.county",
          "{entity}: moved from {before} to {after}",
          "{entity}: از {before} به {after} منتقل شد");
  static final MessageTemplate RENUMBERED =
      MessageTemplate.of(
          "diff.station.renumbered",
          "{entity}: renumbered from {before} to {after}",
          "{entity}: شماره‌اش از {before} به {after} تغییر کرد");
  static final MessageTemplate VOTERS_UP =
      MessageTemplate.of(
          "diff.station.voters.up",
          "{entity}: expected voters up by {delta} ({share}), from {before} to {after}",
          "{entity}: رأی‌دهندگان پیش‌بینی‌شده {delta} ({share}) بیشتر شد، از {before} به {after}");
  static final MessageTemplate VOTERS_DOWN =
      MessageTemplate.of(
          "diff.station.voters.down",
          "{entity}: expected voters down by {delta} ({share}), from {before} to {after}",
          "{entity}: رأی‌دهندگان پیش‌بینی‌شده {delta} ({share}) کمتر شد، از {before} به {after}");
  static final MessageTemplate SETTLEMENT_KIND =
      MessageTemplate.of(
          "diff.station.settlement-kind",
          "{entity}: {settlement} is now counted {after} (was {before})",
          "{entity}: {settlement} اکنون {after} شمرده می‌شود (پیش‌تر {before})");

  static final MessageTemplate AREA =
      MessageTemplate.of(
          "diff.area",
          "{area}: stations from {before} to {after} ({added} added, {removed} removed,"
              + " {movedIn} moved in, {movedOut} moved out); expected voters from"
              + " {votersBefore} to {votersAfter}",
          "{area}: شعبه‌ها از {before} به {after} ({added} افزوده، {removed} حذف، {movedIn} منتقل‌شده"
              + " به آن، {movedOut} منتقل‌شده از آن)؛ رأی‌دهندگان پیش‌بینی‌شده"
              + " از {votersBefore} به {votersAfter}");

  static final Noun STATION = Noun.of("station", "stations", "شعبه");
  static final Noun OFFICIAL = Noun.of("official", "officials", "کارگزار");
  static final Noun OBSERVER = Noun.of("observer", "observers", "ناظر");

  /** The points of the compass, from north clockwise. */
  static final List<Phrase> DIRECTIONS =
      List.of(
          Phrase.of("north", "شمال"),
          Phrase.of("north-east", "شمال‌شرق"),
          Phrase.of("east", "شرق"),
          Phrase.of("south-east", "جنوب‌شرق"),
          Phrase.of("south", "جنوب"),
          Phrase.of("south-west", "جنوب‌غرب"),
          Phrase.of("west", "غرب"),
          Phrase.of("north-west", "شمال‌غرب"));

  /** The point of the compass nearest to a bearing in degrees. */
  static Phrase direction(double bearing) {
    return DIRECTIONS.get((int) Math.floorMod(Math.round(bearing / 45), 8));
  }

  static final Phrase NOT_KNOWN = Phrase.of("not known", "نامعلوم");
  static final Phrase NOT_ASSESSED = Phrase.of("not assessed", "ارزیابی‌نشده");
  static final Phrase STEP_FREE = Phrase.of("step-free", "بی‌پله");
  static final Phrase NOT_STEP_FREE = Phrase.of("not step-free", "پله‌دار");

  /**
   * The values of enumerations a clerk reads most, in words; others show as the data writes them.
   */
  static final Map<Enum<?>, Phrase> VALUES =
      Map.ofEntries(
          Map.entry(StationKind.FIXED, Phrase.of("fixed", "ثابت")),
          Map.entry(StationKind.MOBILE, Phrase.of("mobile", "سیار")),
          Map.entry(VotingMethod.PAPER, Phrase.of("paper", "کاغذی")),
          Map.entry(VotingMethod.ELECTRONIC, Phrase.of("electronic", "الکترونیکی")),
          Map.entry(RiskLevel.LOW, Phrase.of("low", "کم")),
          Map.entry(RiskLevel.MEDIUM, Phrase.of("medium", "متوسط")),
          Map.entry(RiskLevel.HIGH, Phrase.of("high", "زیاد")),
          Map.entry(SettlementKind.URBAN, Phrase.of("urban", "شهری")),
          Map.entry(SettlementKind.RURAL, Phrase.of("rural", "روستایی")),
          Map.entry(IssueStatus.OPEN, Phrase.of("open", "باز")),
          Map.entry(IssueStatus.MITIGATING, Phrase.of("being mitigated", "در دست چاره")),
          Map.entry(IssueStatus.RESOLVED, Phrase.of("resolved", "حل‌شده")),
          Map.entry(IssueSeverity.LOW, Phrase.of("low", "کم")),
          Map.entry(IssueSeverity.MEDIUM, Phrase.of("medium", "متوسط")),
          Map.entry(IssueSeverity.HIGH, Phrase.of("high", "زیاد")),
          Map.entry(IssueSeverity.CRITICAL, Phrase.of("critical", "بحرانی")),
          Map.entry(ApprovalStatus.PENDING, Phrase.of("pending", "در انتظار")),
          Map.entry(ApprovalStatus.APPROVED, Phrase.of("approved", "تأییدشده")),
          Map.entry(ApprovalStatus.REJECTED, Phrase.of("rejected", "ردشده")));

  /** A value of an enumeration in words, or as the data writes it. */
  static Argument value(Enum<?> value) {
    Phrase phrase = VALUES.get(value);
    return phrase == null ? Argument.constant(value) : Argument.phrase(phrase);
  }

  /** The names of fields, as the sentences above use them. */
  static final Phrase NAME = Phrase.of("name", "نام");

  static final Phrase TITLE = Phrase.of("title", "عنوان");
  static final Phrase ADDRESS = Phrase.of("address", "نشانی");
  static final Phrase SETTLEMENT = Phrase.of("settlement", "آبادی");
  static final Phrase KIND = Phrase.of("kind", "نوع");
  static final Phrase VOTING_METHOD = Phrase.of("voting method", "شیوهٔ رأی‌گیری");
  static final Phrase ACCESSIBILITY = Phrase.of("accessibility", "دسترس‌پذیری");
  static final Phrase OFFICIALS = Phrase.of("officials", "شمار کارگزاران");
  static final Phrase OBSERVERS = Phrase.of("observers", "شمار ناظران");
  static final Phrase STAFF = Phrase.of("staff", "کارکنان");
  static final Phrase RISK = Phrase.of("risk", "خطر");
  static final Phrase RISK_NOTE = Phrase.of("risk note", "یادداشت خطر");
  static final Phrase CODE = Phrase.of("code", "کد");
  static final Phrase DECLARED_STATIONS = Phrase.of("declared stations", "شعبه‌های اعلام‌شده");
  static final Phrase BOUNDING_BOX = Phrase.of("bounding box", "محدوده");
  static final Phrase PROVINCE = Phrase.of("province", "استان");
  static final Phrase ELIGIBLE_VOTERS = Phrase.of("eligible voters", "واجدان شرایط");
  static final Phrase CONTEST = Phrase.of("contest", "رقابت");
  static final Phrase COUNTIES = Phrase.of("counties", "شهرستان‌ها");
  static final Phrase SEATS = Phrase.of("seats", "کرسی‌ها");
  static final Phrase LEVEL = Phrase.of("level", "سطح");
  static final Phrase JURISDICTION = Phrase.of("jurisdiction", "حوزهٔ اختیار");
  static final Phrase PARENT = Phrase.of("parent", "بالادست");
  static final Phrase HEAD = Phrase.of("head", "رئیس");
  static final Phrase START = Phrase.of("start", "آغاز");
  static final Phrase END = Phrase.of("end", "پایان");
  static final Phrase ORGANIZER = Phrase.of("organizer", "برگزارکننده");
  static final Phrase PARTICIPANTS = Phrase.of("participants", "شرکت‌کنندگان");
  static final Phrase PROVINCES = Phrase.of("provinces", "استان‌ها");
  static final Phrase TOPICS = Phrase.of("topics", "موضوع‌ها");
  static final Phrase STRATEGIES = Phrase.of("strategies", "راهبردها");
  static final Phrase CATEGORY = Phrase.of("category", "دسته");
  static final Phrase SEVERITY = Phrase.of("severity", "شدت");
  static final Phrase STATUS = Phrase.of("status", "وضعیت");
  static final Phrase SCOPE = Phrase.of("scope", "دامنه");
  static final Phrase OBSERVED_IN =
      Phrase.of("earlier rounds observed in", "دوره‌های پیشینِ مشاهده");
  static final Phrase MITIGATION = Phrase.of("mitigation", "چارهٔ کاهش");
  static final Phrase OWNER = Phrase.of("owner", "مسئول");
  static final Phrase SUBJECT = Phrase.of("subject", "موضوع");
  static final Phrase SETTLEMENTS = Phrase.of("settlements", "آبادی‌ها");
  static final Phrase AUTHORITY = Phrase.of("authority", "مرجع");
  static final Phrase REQUESTED_ON = Phrase.of("request date", "تاریخ درخواست");
  static final Phrase DECIDED_ON = Phrase.of("decision date", "تاریخ تصمیم");
  static final Phrase NOTE = Phrase.of("note", "یادداشت");
  static final Phrase EXPECTED_VOTERS = Phrase.of("expected voters", "رأی‌دهندگان پیش‌بینی‌شده");
}
