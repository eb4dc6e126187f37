package org.electionatlas.message;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.calendar.JalaliFormat;
import org.electionatlas.text.Folding;
import org.jspecify.annotations.Nullable;

/**
 * How messages are shown: in which language, with dates in which calendar. The one place where
 * numbers, dates, quotes and lists are formatted for people, so that a Persian message has Persian
 * digits and Jalali dates throughout, and an English one never mixes calendars.
 *
 * <p>Dates the Jalali calendar cannot show exactly (before 1300 or after 1500 AP) are shown in the
 * Gregorian calendar and marked {@code AD} / {@code میلادی}, never passed off as Jalali.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MessageStyle {

  /** English with Gregorian dates: the default of the library and of reports. */
  public static final MessageStyle ENGLISH =
      new MessageStyle(Language.EN, CalendarSystem.GREGORIAN);

  /** Persian with Jalali dates, as an Iranian election office reads. */
  public static final MessageStyle PERSIAN = new MessageStyle(Language.FA, CalendarSystem.JALALI);

  private final Language language;
  private final CalendarSystem calendar;

  private MessageStyle(Language language, CalendarSystem calendar) {
    this.language = language;
    this.calendar = calendar;
  }

  /**
   * A style.
   *
   * @param language the language of the wording, not null
   * @param calendar the calendar of dates, not null
   * @return the style
   */
  public static MessageStyle of(Language language, CalendarSystem calendar) {
    requireNonNull(language, "language");
    requireNonNull(calendar, "calendar");
    if (language == Language.EN) {
      return calendar == CalendarSystem.GREGORIAN ? ENGLISH : new MessageStyle(language, calendar);
    }
    return calendar == CalendarSystem.JALALI ? PERSIAN : new MessageStyle(language, calendar);
  }

  /**
   * The style readers of a language expect when they name no calendar: Jalali dates for Persian,
   * Gregorian for English.
   *
   * @param language the language of the wording
   * @return {@link #PERSIAN} or {@link #ENGLISH}
   */
  public static MessageStyle of(Language language) {
    return language == Language.FA ? PERSIAN : ENGLISH;
  }

  /** {@return the language of the wording} */
  public Language language() {
    return language;
  }

  /** {@return the calendar dates are shown in} */
  public CalendarSystem calendar() {
    return calendar;
  }

  /**
   * Renders a message in this style.
   *
   * @param message the message to word
   * @return the message as {@link Message#render} words it in this style
   */
  public String render(Message message) {
    return message.render(this);
  }

  /**
   * {@return the phrase's wording in this style's language}
   *
   * @param phrase the wording in both languages; its English one stands in for a missing Persian
   *     one
   */
  public String render(Phrase phrase) {
    return phrase.in(language);
  }

  /**
   * {@return a whole number with its thousands grouped: {@code 2,400} or {@code ۲٬۴۰۰}}
   *
   * @param n the number to write
   */
  public String number(long n) {
    String grouped = String.format(Locale.ROOT, "%,d", n);
    return language == Language.FA ? persian(grouped, true) : grouped;
  }

  /**
   * A number with at most {@code decimals} digits after the point, trailing zeros dropped: {@code
   * 30.2839} or {@code ۳۰٫۲۸۳۹}. Not-a-number and infinities are written as they are.
   *
   * @param x the number to write
   * @param decimals the most digits to keep after the point, rounding half to even
   * @return the number as this style's language writes it
   */
  public String decimal(double x, int decimals) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    String text =
        java.math.BigDecimal.valueOf(x)
            .setScale(decimals, java.math.RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return language == Language.FA ? persian(text, true) : text;
  }

  /**
   * {@return the text with its Latin digits as this language writes them} Other characters are
   * kept, so separators in a date or time such as {@code 09:00} stay as they are.
   *
   * @param text text that may hold digits 0 to 9
   */
  public String digits(String text) {
    return language == Language.FA ? persian(text, false) : text;
  }

  /**
   * {@return a quoted value from the data, such as an id: {@code "ravar"} or {@code «ravar»}}
   *
   * @param value the value as the data writes it, without quotes
   */
  public String quote(String value) {
    return language == Language.FA ? "«" + value + "»" : "\"" + value + "\"";
  }

  /**
   * {@return the items as a list of all of them: {@code a, b and c} or {@code a، b و c}}
   *
   * @param items the items, already worded, in the order they are read
   */
  public String all(List<String> items) {
    return join(items, language == Language.FA ? " و " : " and ");
  }

  /**
   * {@return the items as alternatives: {@code a, b or c} or {@code a، b یا c}}
   *
   * @param items the alternatives, already worded, in the order they are read
   */
  public String either(List<String> items) {
    return join(items, language == Language.FA ? " یا " : " or ");
  }

  private String join(List<String> items, String last) {
    String comma = language == Language.FA ? "، " : ", ";
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(comma, items.subList(0, items.size() - 1))
        + last
        + items.get(items.size() - 1);
  }

  /**
   * A day in this style's calendar: {@code 2024-03-01}, {@code 11 Esfand 1402}, {@code ۱۱ اسفند
   * ۱۴۰۲} or {@code ۲۰۲۴-۰۳-۰۱}.
   *
   * @param day the day, in the Gregorian calendar as the atlas stores it
   * @return the day as this style's language and calendar write it
   */
  public String date(LocalDate day) {
    requireNonNull(day, "day");
    if (calendar == CalendarSystem.JALALI) {
      JalaliDate jalali = jalali(day);
      if (jalali != null) {
        return language == Language.FA
            ? JalaliFormat.formatPersian(jalali)
            : JalaliFormat.formatEnglish(jalali);
      }
      return digits(day.toString()) + (language == Language.FA ? " میلادی" : " AD");
    }
    return digits(day.toString());
  }

  /**
   * {@return a day and a time of day: {@code 2023-07-12 09:00} or {@code ۲۱ تیر ۱۴۰۲، ساعت ۰۹:۰۰}}
   *
   * @param at the day, in the Gregorian calendar, and the local time of day, shown to the minute
   */
  public String dateTime(LocalDateTime at) {
    requireNonNull(at, "at");
    String time = digits(String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute()));
    String day = date(at.toLocalDate());
    return language == Language.FA ? day + "، ساعت " + time : day + " " + time;
  }

  private static @Nullable JalaliDate jalali(LocalDate day) {
    try {
      return JalaliDate.from(day);
    } catch (DateTimeException outsideExactRange) {
      return null;
    }
  }

  /** Persian digits for Latin ones; with {@code number}, also Persian separators and minus. */
  private static String persian(String latin, boolean number) {
    String digits = Folding.persianDigits(latin);
    if (!number) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c == ',') {
        out.append('٬');
      } else if (c == '.') {
        out.append('٫');
      } else if (c == '-' && i == 0) {
        out.append('−');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return language.tag() + "/" + calendar.name().toLowerCase(Locale.ROOT);
  }
}
