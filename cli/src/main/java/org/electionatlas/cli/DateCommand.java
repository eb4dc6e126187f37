package org.electionatlas.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.calendar.JalaliFormat;
import org.electionatlas.message.CalendarSystem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas date}: converts a date between the Gregorian and the Jalali calendars. */
@Command(
    name = "date",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Converts a date between the Gregorian and the Jalali (Solar Hijri) calendars.",
      "  atlas date 1402-04-20               prints 2023-07-11",
      "  atlas date 2023-07-11               prints 1402-04-20",
      "  atlas date 2023-07-11 --lang fa     prints ۲۰ تیر ۱۴۰۲",
      "  atlas date '۲۰ تیر ۱۴۰۲'            prints 2023-07-11"
    },
    footer = {
      "",
      "A date is Jalali when it is written in Persian (month names or Persian digits) or its",
      "year is 1500 or less; otherwise it is Gregorian. The Jalali calendar is exact for the",
      "years 1300 to 1500 AP (1921 to 2122); other dates are refused, not guessed."
    })
final class DateCommand implements Callable<Integer> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private final Terminal terminal;

  @Parameters(
      paramLabel = "DATE",
      description = "A Gregorian (2023-07-11) or Jalali (1402-04-20, ۲۰ تیر ۱۴۰۲) date.")
  String date = "";

  @Option(
      names = "--to",
      paramLabel = "CALENDAR",
      description = "gregorian or jalali (default: the other calendar than the input's).")
  @Nullable CalendarSystem to;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en (default): 1402-04-20; fa: ۲۰ تیر ۱۴۰۲ (Jalali output only).")
  String lang = "en";

  DateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (!lang.equals("en") && !lang.equals("fa")) {
      throw new UserError("--lang must be en or fa, not '" + lang + "'");
    }
    String text = date.strip();
    LocalDate day;
    boolean jalaliInput = isJalali(text);
    try {
      day = jalaliInput ? JalaliFormat.parse(text).toLocalDate() : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      // A well-formed but impossible date (Esfand 30 of a common year) says why in its cause.
      Throwable cause = e.getCause();
      throw new UserError(
          cause instanceof DateTimeException && cause.getMessage() != null
              ? cause.getMessage()
              : "\""
                  + text
                  + "\" is not a date; write 2023-07-11 (Gregorian), 1402-04-20 or ۲۰ تیر ۱۴۰۲"
                  + " (Jalali)");
    } catch (DateTimeException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
    CalendarSystem target =
        to != null ? to : (jalaliInput ? CalendarSystem.GREGORIAN : CalendarSystem.JALALI);
    terminal.out().println(target == CalendarSystem.GREGORIAN ? day.toString() : jalali(day));
    return ExitCode.OK;
  }

  /** Unlike messages, which fall back to marked Gregorian dates, conversion must say it cannot. */
  private String jalali(LocalDate day) {
    try {
      JalaliDate jalali = JalaliDate.from(day);
      return lang.equals("fa")
          ? JalaliFormat.formatPersian(jalali)
          : JalaliFormat.formatLatin(jalali);
    } catch (DateTimeException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
  }

  /** Persian letters or digits, or an ISO-like date with a year of 1500 or less. */
  static boolean isJalali(String text) {
    if (text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
      return true;
    }
    var iso = ISO.matcher(text);
    return iso.matches() && Integer.parseInt(iso.group(1)) <= 1500;
  }
}
