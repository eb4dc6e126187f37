package org.electionatlas.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.electionatlas.text.Folding;
import org.jspecify.annotations.Nullable;

/**
 * Formats and parses Jalali dates as people write them: the Persian form {@code ۲۰ تیر ۱۴۰۲} (day,
 * month name, year, in Persian digits) and the numeric form {@code 1402-04-20}.
 *
 * <p>Parsing reads dates as Iranians write them, folded with {@link Folding#DATE}: Persian (U+06F0
 * to U+06F9), Arabic-Indic (U+0660 to U+0669) or Latin digits; {@code /} or {@code -} between the
 * numbers, with or without spaces; month and day with one digit or two; Arabic yeh (U+064A, U+0649)
 * and kaf (U+0643) in month names where Persian uses U+06CC and U+06A9 (the source article writes
 * {@code تير}); month names without the madda ({@code ابان}, {@code اذر}) or with it as a combining
 * mark; zero width non-joiners, bidirectional marks and kashida anywhere, and any amount of
 * whitespace. The Persian form may start with the day of the week ({@code سه‌شنبه ۲۰ تیر ۱۴۰۲},
 * which must then be the right day), follow the month with the word {@code ماه} ("month"), and end
 * with the era ({@code ه‍.ش.}, {@code هـ.ش}, {@code ش} or {@code هجری شمسی}); Mordad may be written
 * {@code امرداد}. {@link #parseDateTime(CharSequence)} also reads a time of day after the date, as
 * news sites print it: {@code ۲۰ تير ۱۴۰۲ - ۱۵:۱۱}.
 *
 * <p>This class is immutable and thread-safe: it holds only static methods.
 */
public final class JalaliFormat {

  private static final List<String> MONTHS =
      List.of(
          "فروردین",
          "اردیبهشت",
          "خرداد",
          "تیر",
          "مرداد",
          "شهریور",
          "مهر",
          "آبان",
          "آذر",
          "دی",
          "بهمن",
          "اسفند");

  /** The days of the week from Monday, as {@link java.time.DayOfWeek} numbers them. */
  private static final List<String> WEEKDAYS =
      List.of("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه", "شنبه", "یک‌شنبه");

  private static final List<String> FOLDED_MONTHS =
      MONTHS.stream().map(Folding.DATE::apply).collect(Collectors.toUnmodifiableList());

  private static final List<String> FOLDED_WEEKDAYS =
      WEEKDAYS.stream().map(Folding.DATE::apply).collect(Collectors.toUnmodifiableList());

  private static final Locale PERSIAN = Locale.forLanguageTag("fa");
  private static final String MORDAD_VARIANT = "امرداد";
  private static final String MONTH_WORD = "ماه";

  /** A time of day after the date: after a space, a dash, a comma, or ISO's T (folded to t). */
  static final String TIME = "(?:(?: ?[-–،,] ?| |t)(?:ساعت )?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";

  /** The era after a Persian date, in folded text: ه.ش. (hijri shamsi), ش, or the words. */
  private static final String ERA = "(?: ?(?:ه ?\\. ?ش ?\\.?|ش ?\\.?|هجری شمسی))?";

  /** The numeric form, in folded text: year, month and day, with a time of day after them. */
  static final Pattern NUMERIC =
      Pattern.compile("(\\d{4}) ?([-/]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})" + ERA + TIME);

  // The weekday is matched as any word, then checked, so that a misspelt one is named.
  private static final Pattern PERSIAN_LONG =
      Pattern.compile(
          "(?:(\\p{IsArabic}+?(?: ?شنبه)?) ?[،,]? )?(\\d{1,2}) ?(\\p{IsArabic}+?)(?: ?"
              + MONTH_WORD
              + ")? ?(\\d{4})"
              + ERA
              + TIME);

  private static final String EXPECTED =
      "expected a Jalali date such as 1402-04-20, 1402/04/20 or ۲۰ تیر ۱۴۰۲";

  private JalaliFormat() {}

  /**
   * Formats a date in the Persian form: day without leading zero, the Persian month name and the
   * year, all digits Persian. 20 Tir 1402 gives {@code ۲۰ تیر ۱۴۰۲}.
   *
   * @param date the date to format, not null
   * @return the Persian text, not null
   */
  public static String formatPersian(JalaliDate date) {
    return Folding.persianDigits(
        date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear());
  }

  /**
   * Creates a {@link DateTimeFormatter} for the Jalali calendar from a pattern of {@link
   * DateTimeFormatter#ofPattern(String)}, whose month, day-of-week and era names are the Jalali
   * ones: {@code ofPattern("EEEE d MMMM y G", fa-IR)} formats 20 Tir 1402 as {@code سه‌شنبه ۲۰ تیر
   * ۱۴۰۲ ه‍.ش.} and {@code ofPattern("d MMMM y", Locale.ENGLISH)} as {@code 20 Tir 1402}, and both
   * parse what they format.
   *
   * <p>Use this rather than {@code DateTimeFormatter.ofPattern(pattern,
   * locale).withChronology(JalaliChronology.INSTANCE)}: the JDK looks month names up by calendar
   * type in its own locale data, which has none for the Persian calendar, and silently prints (and
   * parses) the Gregorian names of the same month numbers ({@code 20 آوریل 1402} for 20 Tir). A
   * library cannot change that lookup without a system property, so this factory builds the text
   * fields itself. {@code M}, {@code L} (three letters or more), {@code E} and {@code G} are the
   * text fields; every other letter means what it means to the JDK. For a Persian locale the digits
   * are Persian.
   *
   * @param pattern the pattern, as for {@link DateTimeFormatter#ofPattern(String)}, not null
   * @param locale the locale; Persian ({@code fa}) for Persian names, any other for Latin ones, not
   *     null
   * @return the formatter, in the Jalali chronology, not null
   * @throws IllegalArgumentException if the pattern is invalid
   */
  public static DateTimeFormatter ofPattern(String pattern, Locale locale) {
    Objects.requireNonNull(pattern, "pattern");
    boolean persian = locale.getLanguage().equals("fa");
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int close = pattern.indexOf('\'', i + 1);
        int end = close < 0 ? pattern.length() : close + 1;
        plain.append(pattern, i, end);
        i = end;
        continue;
      }
      int run = i;
      while (run < pattern.length() && pattern.charAt(run) == c) {
        run++;
      }
      int count = run - i;
      Map<Long, String> names = textField(c, count, persian);
      if (names.isEmpty()) {
        plain.append(pattern, i, run);
      } else {
        if (plain.length() > 0) {
          builder.appendPattern(plain.toString());
          plain.setLength(0);
        }
        builder.appendText(textFieldOf(c), names);
      }
      i = run;
    }
    if (plain.length() > 0) {
      builder.appendPattern(plain.toString());
    }
    DateTimeFormatter formatter =
        builder.toFormatter(locale).withChronology(JalaliChronology.INSTANCE);
    return persian ? formatter.withDecimalStyle(DecimalStyle.of(locale)) : formatter;
  }

  private static ChronoField textFieldOf(char letter) {
    switch (letter) {
      case 'E':
        return ChronoField.DAY_OF_WEEK;
      case 'G':
        return ChronoField.ERA;
      default:
        return ChronoField.MONTH_OF_YEAR;
    }
  }

  /** The names of a text field of the pattern, or none when the letters are not one. */
  private static Map<Long, String> textField(char letter, int count, boolean persian) {
    Map<Long, String> names = new LinkedHashMap<>();
    boolean narrow = count == 5;
    if ((letter == 'M' || letter == 'L') && count >= 3) {
      for (int month = 1; month <= 12; month++) {
        String name = persian ? MONTHS.get(month - 1) : JalaliDate.latinMonthName(month);
        names.put((long) month, narrow ? name.substring(0, 1) : name);
      }
    } else if (letter == 'E') {
      for (int day = 1; day <= 7; day++) {
        String name =
            persian
                ? WEEKDAYS.get(day - 1)
                : DayOfWeek.of(day)
                    .getDisplayName(count >= 4 ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
        names.put((long) day, narrow ? name.substring(0, 1) : name);
      }
    } else if (letter == 'G') {
      names.put(1L, JalaliEra.AP.getDisplayName(TextStyle.SHORT, persian ? PERSIAN : Locale.ROOT));
    }
    return names;
  }

  /**
   * Formats a date in the English form, with the transliterated month name: 20 Tir 1402 gives
   * {@code 20 Tir 1402}.
   *
   * @param date the date to format, not null
   * @return the English text, not null
   */
  public static String formatEnglish(JalaliDate date) {
    return date.getDayOfMonth()
        + " "
        + JalaliDate.latinMonthName(date.getMonthValue())
        + " "
        + date.getYear();
  }

  /**
   * Formats an ISO date-time in the Persian form the source article uses, the Jalali date then the
   * hour and minute: 2023-07-11T15:11 gives {@code ۲۰ تیر ۱۴۰۲ - ۱۵:۱۱}. Seconds are dropped.
   * {@link #parseDateTime(CharSequence)} reads the result back.
   *
   * @param dateTime the date-time to format, not null
   * @return the Persian text, not null
   * @throws DateTimeException if the date is outside the supported range
   */
  public static String formatPersianDateTime(LocalDateTime dateTime) {
    String time = String.format(Locale.ROOT, "%02d:%02d", dateTime.getHour(), dateTime.getMinute());
    return formatPersian(JalaliDate.from(dateTime)) + " - " + Folding.persianDigits(time);
  }

  /**
   * Formats a date in the numeric form with Latin digits, {@code 1402-04-20}, the form {@link
   * JalaliDate#parse(CharSequence)} reads.
   *
   * @param date the date to format, not null
   * @return the numeric text, not null
   */
  public static String formatLatin(JalaliDate date) {
    return String.format(
        Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses a Jalali date in either form: numeric ({@code 1402-04-20}, {@code ۱۴۰۲/۴/۲۰}; month and
   * day may have one digit) or Persian ({@code ۲۰ تیر ۱۴۰۲}, {@code ۲۰ تیرماه ۱۴۰۲}), tolerant of
   * the variants listed in the class description. A time of day is refused here, with a message
   * that says so; use {@link #parseDateTime(CharSequence)}.
   *
   * @param text the text to parse, not null
   * @return the date, not null
   * @throws DateTimeParseException if the text is not a date in either form, or names a day that
   *     does not exist or is outside the supported range
   */
  public static JalaliDate parse(CharSequence text) {
    Parsed parsed = parseLenient(text);
    if (parsed.time != null) {
      throw hasTime(text);
    }
    return parsed.date;
  }

  /**
   * Parses a Jalali date in either form followed by an optional time of day ({@code H:mm} or {@code
   * H:mm:ss}, after whitespace and an optional {@code -} or {@code ،}), and returns the ISO
   * date-time. {@code ۲۰ تير ۱۴۰۲ - ۱۵:۱۱} gives 2023-07-11T15:11; without a time the result is at
   * midnight.
   *
   * @param text the text to parse, not null
   * @return the ISO local date-time, not null
   * @throws DateTimeParseException if the text is not a date and optional time, or the date or time
   *     does not exist, or the date is outside the supported range
   */
  public static LocalDateTime parseDateTime(CharSequence text) {
    Parsed parsed = parseLenient(text);
    LocalTime time = parsed.time == null ? LocalTime.MIDNIGHT : parsed.time;
    return parsed.date.toLocalDate().atTime(time);
  }

  /** The numeric form behind {@link JalaliDate#parse(CharSequence)}; no time of day. */
  static JalaliDate parseNumeric(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = NUMERIC.matcher(Folding.DATE.apply(text));
    if (!matcher.matches()) {
      throw new DateTimeParseException(
          "Text '"
              + text
              + "' could not be parsed: expected a Jalali date as yyyy-MM-dd or yyyy/MM/dd,"
              + " such as 1402-04-20 or 1402/4/20, in Latin, Persian or Arabic-Indic digits",
          text,
          0);
    }
    if (matcher.group(5) != null) {
      throw hasTime(text);
    }
    return date(text, matcher.group(1), matcher.group(3), matcher.group(4));
  }

  static DateTimeParseException hasTime(CharSequence text) {
    return new DateTimeParseException(
        "Text '" + text + "' could not be parsed: it has a time of day; give the date alone",
        text,
        0);
  }

  private static Parsed parseLenient(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String folded = Folding.DATE.apply(text);
    Matcher numeric = NUMERIC.matcher(folded);
    if (numeric.matches()) {
      JalaliDate date = date(text, numeric.group(1), numeric.group(3), numeric.group(4));
      return new Parsed(date, time(text, numeric, 5));
    }
    Matcher persian = PERSIAN_LONG.matcher(folded);
    if (persian.matches()) {
      String month = monthNumber(text, persian.group(3));
      JalaliDate date = date(text, persian.group(4), month, persian.group(2));
      String weekday = persian.group(1);
      if (weekday != null) {
        checkWeekday(text, date, weekday);
      }
      return new Parsed(date, time(text, persian, 5));
    }
    throw new DateTimeParseException(
        "Text '" + text + "' could not be parsed: " + EXPECTED, text, 0);
  }

  private static void checkWeekday(CharSequence text, JalaliDate date, String weekday) {
    int named = FOLDED_WEEKDAYS.indexOf(weekday.replace(" ", ""));
    int actual = date.get(ChronoField.DAY_OF_WEEK) - 1;
    if (named < 0) {
      throw new DateTimeParseException(
          "Text '"
              + text
              + "' could not be parsed: '"
              + weekday
              + "' is not a day of the week; expected one of "
              + String.join(", ", WEEKDAYS),
          text,
          0);
    }
    if (named != actual) {
      throw new DateTimeParseException(
          "Text '"
              + text
              + "' could not be parsed: "
              + formatLatin(date)
              + " is a "
              + DayOfWeek.of(actual + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " ("
              + WEEKDAYS.get(actual)
              + "), not a "
              + DayOfWeek.of(named + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " ("
              + WEEKDAYS.get(named)
              + ")",
          text,
          0);
    }
  }

  private static JalaliDate date(CharSequence text, String year, String month, String day) {
    try {
      return JalaliDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
    }
  }

  private static @Nullable LocalTime time(CharSequence text, Matcher matcher, int firstGroup) {
    String hour = matcher.group(firstGroup);
    if (hour == null) {
      return null;
    }
    String second = matcher.group(firstGroup + 2);
    try {
      return LocalTime.of(
          Integer.parseInt(hour),
          Integer.parseInt(matcher.group(firstGroup + 1)),
          second == null ? 0 : Integer.parseInt(second));
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "Text '" + text + "' could not be parsed: not a time of day: " + e.getMessage(),
          text,
          0,
          e);
    }
  }

  private static String monthNumber(CharSequence text, String name) {
    String bare =
        name.endsWith(MONTH_WORD) && name.length() > MONTH_WORD.length()
            ? name.substring(0, name.length() - MONTH_WORD.length())
            : name;
    int index = FOLDED_MONTHS.indexOf(bare);
    if (index < 0 && bare.equals(MORDAD_VARIANT)) {
      index = 4;
    }
    if (index < 0) {
      throw new DateTimeParseException(
          "Text '"
              + text
              + "' could not be parsed: '"
              + name
              + "' is not a Jalali month name; expected one of "
              + String.join(", ", MONTHS),
          text,
          0);
    }
    return Integer.toString(index + 1);
  }

  /** A parsed date and, when the text had one, a time of day. */
  private static final class Parsed {
    final JalaliDate date;
    final @Nullable LocalTime time;

    Parsed(JalaliDate date, @Nullable LocalTime time) {
      this.date = date;
      this.time = time;
    }
  }
}
