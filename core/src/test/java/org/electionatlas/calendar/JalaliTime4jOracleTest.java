package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.time4j.PlainDate;
import net.time4j.calendar.PersianCalendar;
import net.time4j.engine.EpochDays;
import org.junit.jupiter.api.Test;

/**
 * Checks every supported day against Time4J's Persian calendar, a second implementation written
 * independently of this one and of ICU's.
 */
class JalaliTime4jOracleTest {

  @Test
  void everyDayFrom1300To1500_isTheSameDayInTime4jBothWays() {
    long first = LocalDate.of(1921, 3, 21).toEpochDay();
    long last = LocalDate.of(2122, 3, 20).toEpochDay();
    List<String> mismatches = new ArrayList<>();
    for (long epochDay = first; epochDay <= last && mismatches.size() <= 20; epochDay++) {
      JalaliDate ours = JalaliDate.ofEpochDay(epochDay);
      PersianCalendar theirs =
          PlainDate.of(epochDay, EpochDays.UNIX).transform(PersianCalendar.class);
      String time4j =
          String.format(
              "%04d-%02d-%02d",
              theirs.getYear(), theirs.getMonth().getValue(), theirs.getDayOfMonth());
      if (!JalaliFormat.formatLatin(ours).equals(time4j)) {
        mismatches.add(LocalDate.ofEpochDay(epochDay) + ": ours " + ours + ", Time4J " + time4j);
      }
      PersianCalendar back =
          PersianCalendar.of(ours.getYear(), ours.getMonthValue(), ours.getDayOfMonth());
      long time4jEpochDay = back.transform(PlainDate.class).get(net.time4j.engine.EpochDays.UNIX);
      if (time4jEpochDay != epochDay) {
        mismatches.add(ours + ": ours " + epochDay + ", Time4J epoch day " + time4jEpochDay);
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(last - first + 1).isEqualTo(73_414);
  }
}
