package org.electionatlas.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.calendar.JalaliFormat;

/**
 * How commands show dates to people: Gregorian ISO as stored, or Jalali as Iranian staff read them
 * ({@code --calendar jalali}), in Latin digits or in Persian ({@code --lang fa}). Dates outside the
 * range where the Jalali calendar is exact stay Gregorian rather than being shown wrong.
 */
final class DateStyle {

  /** The calendars dates can be shown in. */
  enum Calendar {
    GREGORIAN,
    JALALI
  }

  static final DateStyle GREGORIAN = new DateStyle(Calendar.GREGORIAN, false);

  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(?::\\d{2})?)?\\b");

  private final Calendar calendar;
  private final boolean persian;

  private DateStyle(Calendar calendar, boolean persian) {
    this.calendar = calendar;
    this.persian = persian;
  }

  static DateStyle of(Calendar calendar, String lang) {
    if (!lang.equals("en") && !lang.equals("fa")) {
      throw new UserError("--lang must be en or fa, not '" + lang + "'");
    }
    return new DateStyle(calendar, lang.equals("fa"));
  }

  /** The day as this style shows it. */
  String format(LocalDate day) {
    if (calendar == Calendar.GREGORIAN) {
      return day.toString();
    }
    try {
      JalaliDate jalali = JalaliDate.from(day);
      return persian ? JalaliFormat.formatPersian(jalali) : JalaliFormat.formatLatin(jalali);
    } catch (DateTimeException outsideExactRange) {
      return day.toString();
    }
  }

  /** A date or date-time text (as event times are written) as this style shows it. */
  String format(String isoDateOrDateTime) {
    return rewrite(isoDateOrDateTime);
  }

  /** The text with every ISO date in it (as rule messages write them) shown in this style. */
  String rewrite(String text) {
    if (calendar == Calendar.GREGORIAN) {
      return text;
    }
    Matcher iso = ISO.matcher(text);
    StringBuilder out = new StringBuilder();
    while (iso.find()) {
      String replacement;
      try {
        LocalDate day = LocalDate.parse(iso.group(1));
        if (iso.group(2) == null) {
          replacement = format(day);
        } else if (persian) {
          replacement =
              JalaliFormat.formatPersianDateTime(LocalDateTime.parse(iso.group(1) + iso.group(2)));
        } else {
          replacement = format(day) + iso.group(2);
        }
      } catch (DateTimeException notADateOrOutsideRange) {
        replacement = iso.group();
      }
      iso.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    iso.appendTail(out);
    return out.toString();
  }
}
