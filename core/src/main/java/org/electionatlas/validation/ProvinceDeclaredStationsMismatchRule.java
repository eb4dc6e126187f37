package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;

/**
 * A province's declared station count equals the stations of its counties in the atlas.
 *
 * <p>Stations whose county, or whose county's province, is unknown could belong to any province.
 * When such stations could make up the difference, the province is not reported: the reference
 * rules report those stations, and the count is judged again once they are placed.
 *
 * <p>Stations are counted as they come, per county of the frame, and the provinces judged at the
 * end.
 */
final class ProvinceDeclaredStationsMismatchRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("province-declared-stations-mismatch")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A province's declaredStations must equal the number of polling stations in its"
                      + " counties",
                  "شمار اعلام‌شدهٔ شعبه‌های استان (declaredStations) باید با شمار شعبه‌های اخذ رأی"
                      + " شهرستان‌هایش برابر باشد"))
          .rationale(
              Phrase.of(
                  "The headquarters announces how many stations the province opens (2,400 in"
                      + " Kerman's 2023 atlas), and ballots, staff and security are ordered for"
                      + " that many. When the atlas holds fewer, stations are missing from it and"
                      + " will be missing from every plan made with it; when it holds more,"
                      + " stations are counted twice or the announcement is out of date.",
                  "ستاد اعلام می‌کند استان چند شعبه می‌گشاید (۲٬۴۰۰ در اطلس ۱۴۰۲ کرمان) و تعرفه،"
                      + " عوامل و نیروی امنیتی برای همان شمار سفارش داده می‌شود. اگر اطلس کمتر"
                      + " داشته باشد شعبه‌هایی از آن جا افتاده و از هر برنامه‌ای که با آن ساخته"
                      + " شود هم جا می‌افتد؛ اگر بیشتر داشته باشد شعبه‌هایی دو بار شمرده شده یا"
                      + " شمار اعلام‌شده کهنه است."))
          .violatingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08", "declaredStations": 3}],
              "counties": [{"id": "anar", "province": "kerman"}],
              "pollingStations": [
                {"id": "anar-0001", "county": "anar", "number": 1},
                {"id": "anar-0002", "county": "anar", "number": 2}
              ]""")
          .passingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08", "declaredStations": 2}],
              "counties": [{"id": "anar", "province": "kerman"}],
              "pollingStations": [
                {"id": "anar-0001", "county": "anar", "number": 1},
                {"id": "anar-0002", "county": "anar", "number": 2}
              ]""")
          .addTags("counting", "stations")
          .build();

  private static final Noun UNPLACED =
      Noun.of(
          "station has no known county or province",
          "stations have no known county or province",
          "شعبه شهرستان یا استان شناخته‌شده ندارد");

  private static final MessageTemplate FEWER =
      MessageTemplate.of(
          "province-declared-stations-mismatch",
          "{province} declares {declared} but the atlas holds {held} in its counties,"
              + " {difference} fewer: the atlas is missing stations",
          "{province} {declared} اعلام کرده ولی اطلس {held} شعبه در شهرستان‌هایش دارد،"
              + " {difference} کمتر: شعبه‌هایی از اطلس جا افتاده است");

  private static final MessageTemplate FEWER_UNPLACED =
      MessageTemplate.of(
          "province-declared-stations-mismatch.fewer-unplaced",
          "{province} declares {declared} but the atlas holds {held} in its counties,"
              + " {difference} fewer: the atlas is missing stations ({unplaced})",
          "{province} {declared} اعلام کرده ولی اطلس {held} شعبه در شهرستان‌هایش دارد،"
              + " {difference} کمتر: شعبه‌هایی از اطلس جا افتاده است ({unplaced})");

  private static final MessageTemplate MORE =
      MessageTemplate.of(
          "province-declared-stations-mismatch.more",
          "{province} declares {declared} but the atlas holds {held} in its counties,"
              + " {difference} more: stations are counted twice or the declared count is out of"
              + " date",
          "{province} {declared} اعلام کرده ولی اطلس {held} شعبه در شهرستان‌هایش دارد،"
              + " {difference} بیشتر: شعبه‌هایی دو بار شمرده شده یا شمار اعلام‌شده کهنه است");

  private static final MessageTemplate MORE_UNPLACED =
      MessageTemplate.of(
          "province-declared-stations-mismatch.more-unplaced",
          "{province} declares {declared} but the atlas holds {held} in its counties,"
              + " {difference} more: stations are counted twice or the declared count is out of"
              + " date ({unplaced})",
          "{province} {declared} اعلام کرده ولی اطلس {held} شعبه در شهرستان‌هایش دارد،"
              + " {difference} بیشتر: شعبه‌هایی دو بار شمرده شده یا شمار اعلام‌شده کهنه است"
              + " ({unplaced})");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    // Per county of the frame, by position: its stations, and whether its province is known.
    int[] count = new int[counties.size()];
    boolean[] placed = new boolean[counties.size()];
    for (int c = 0; c < counties.size(); c++) {
      placed[c] = index.province(counties.get(c).province()).isPresent();
    }
    long[] unplaced = new long[1];
    return new RuleCheck() {
      @Override
      public void station(int i, PollingStation station) {
        int c = index.position(COUNTY, station.county()).orElse(-1);
        if (c < 0) {
          unplaced[0]++;
          return;
        }
        count[c]++;
        if (!placed[c]) {
          unplaced[0]++;
        }
      }

      @Override
      public void end() {
        judge(frame, index, count, unplaced[0], context);
      }
    };
  }

  private static void judge(
      Atlas frame, AtlasIndex index, int[] count, long unplaced, RuleContext context) {
    List<Province> provinces = frame.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      if (province.declaredStations().isEmpty()
          || index.position(PROVINCE, province.id()).orElse(i) != i) {
        continue;
      }
      long declared = province.declaredStations().getAsInt();
      long held = 0;
      Set<String> counted = new HashSet<>();
      for (County county : index.countiesOf(province.id())) {
        if (counted.add(county.id())) {
          held += count[index.position(COUNTY, county.id()).getAsInt()];
        }
      }
      if (held == declared || (held < declared && declared <= held + unplaced)) {
        continue;
      }
      long difference = Math.abs(declared - held);
      Message message =
          (held < declared
                  ? unplaced > 0 ? FEWER_UNPLACED : FEWER
                  : unplaced > 0 ? MORE_UNPLACED : MORE)
              .with("province", Argument.entity(PROVINCE, province))
              .with("declared", Argument.count(declared, Counted.POLLING_STATION))
              .with("held", Argument.number(held))
              .with("difference", Argument.number(difference));
      if (unplaced > 0) {
        message = message.with("unplaced", Argument.count(unplaced, UNPLACED));
      }
      context.report(PROVINCE.pointer(i) + "/declaredStations", province.id(), message);
    }
  }
}
