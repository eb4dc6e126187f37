package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;

/**
 * The stations of a county are numbered 1 to n without gaps. Reported once per county, listing the
 * first few missing numbers. Each station's valid number is kept with its county's position in one
 * long (8 bytes a station), and all are sorted once at the end, so a typo such as 10000 instead of
 * 100 costs nothing.
 */
final class StationNumberGapRule implements Rule {

  static final int LISTED = 5;

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-number-gap")
          .defaultSeverity(Severity.INFO)
          .summary(
              Phrase.of(
                  "A county's polling stations should be numbered 1 to n without gaps",
                  "شعبه‌های اخذ رأی هر شهرستان باید بی‌فاصله از یک پشت سر هم شماره بخورند"))
          .rationale(
              Phrase.of(
                  "A missing number is often a station that was dropped from the atlas while the"
                      + " county still prints forms for it, or one that was merged or moved"
                      + " without renumbering. It may be deliberate (a station closed after"
                      + " numbers were published), so this is information for the clerk to"
                      + " confirm, not an error.",
                  "شماره‌ای که جا افتاده اغلب شعبه‌ای است که از اطلس حذف شده ولی شهرستان هنوز"
                      + " برایش فرم چاپ می‌کند، یا شعبه‌ای که ادغام یا جابه‌جا شده و شماره‌ها از نو"
                      + " داده نشده است. ممکن است عمدی باشد (شعبه‌ای که پس از اعلام شماره‌ها بسته"
                      + " شده)، پس این آگاهی است تا کارشناس تأیید کند، نه خطا."))
          .violatingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 1},
                {"id": "ravar-0003", "county": "ravar", "number": 3}
              ]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 1},
                {"id": "ravar-0002", "county": "ravar", "number": 2}
              ]""")
          .addTags("stations")
          .build();

  private static final Noun MISSING = Noun.of("number is", "numbers are", "شماره");

  private static final MessageTemplate GAP =
      MessageTemplate.of(
          "station-number-gap",
          "{county} has {stations} numbered up to {last}, so {missing} missing: {numbers}; a"
              + " county numbers its stations 1 to n",
          "{county} {stations} دارد که تا شمارهٔ {last} شماره خورده‌اند، پس {missing} جا افتاده"
              + " است: {numbers}؛ شعبه‌های هر شهرستان از یک پشت سر هم شماره می‌خورند");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    int[] count = new int[counties.size()];
    return new RuleCheck() {
      /** The valid numbers of stations of known counties, each as county position and number. */
      private long[] numbered = new long[1 << 8];

      private int size;

      @Override
      public void station(int i, PollingStation station) {
        int c = index.position(COUNTY, station.county()).orElse(-1);
        if (c < 0) {
          return;
        }
        count[c]++;
        if (station.number() >= 1) {
          if (size == numbered.length) {
            numbered = Arrays.copyOf(numbered, size * 2);
          }
          numbered[size++] = ((long) c << 32) | station.number();
        }
      }

      @Override
      public void end() {
        // Sorted, each county's numbers are a run in ascending order, and the runs come in the
        // counties' order.
        Arrays.sort(numbered, 0, size);
        int from = 0;
        while (from < size) {
          int c = (int) (numbered[from] >>> 32);
          int to = from;
          while (to < size && (int) (numbered[to] >>> 32) == c) {
            to++;
          }
          judge(c, counties.get(c), count[c], from, to);
          from = to;
        }
      }

      /** Reports the county if its numbers, {@code numbered[from..to)}, leave gaps. */
      private void judge(int c, County county, int stations, int from, int to) {
        int distinct = 0;
        int last = 0;
        List<Argument> firstMissing = new ArrayList<>();
        int expected = 1;
        for (int k = from; k < to; k++) {
          int number = (int) numbered[k];
          if (number == last) {
            continue;
          }
          distinct++;
          last = number;
          while (expected < number && firstMissing.size() < LISTED) {
            firstMissing.add(Argument.number(expected++));
          }
          expected = number + 1;
        }
        if (last == distinct) {
          return;
        }
        long missing = (long) last - distinct;
        context.report(
            COUNTY.pointer(c),
            county.id(),
            GAP.with("county", Argument.entity(COUNTY, county))
                .with("stations", Argument.count(stations, Counted.STATION))
                .with("last", Argument.number(last))
                .with("missing", Argument.count(missing, MISSING))
                .with(
                    "numbers",
                    missing > firstMissing.size()
                        ? Argument.firstOf(firstMissing)
                        : Argument.all(firstMissing)));
      }
    };
  }
}
