package org.electionatlas.cli;

import java.time.DateTimeException;
import java.util.concurrent.Callable;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.calendar.JalaliFormat;
import org.electionatlas.calendar.WrittenDate;
import org.electionatlas.message.CalendarSystem;
import org.electionatlas.message.Language;
import org.electionatlas.message.MessageStyle;
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
      "  atlas date '۲۰ تیر ۱۴۰۲'            prints 2023-07-11",
      "  atlas date 'سه‌شنبه ۲۰ تیر ۱۴۰۲'     prints 2023-07-11"
    },
    footer = {
      "",
      "A date with a Persian month name is Jalali; a numeric date (1402-4-20, 1402/04/20, in",
      "any digits) is Jalali when its year is below 1800 and Gregorian from 1800 on. The",
      "Jalali calendar is exact for the years 1300 to 1500 AP (1921 to 2122); other dates",
      "are refused, not guessed, even when converting to the calendar they are written in."
    })
final class DateCommand implements Callable<Integer> {

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
      description = "en (default): 1402-04-20 or 2023-07-11; fa: ۲۰ تیر ۱۴۰۲ or ۲۰۲۳-۰۷-۱۱.")
  String lang = "en";

  DateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Language language = LanguageOption.language(lang);
    WrittenDate written;
    JalaliDate jalali;
    try {
      written = WrittenDate.parse(date);
      // Every day this command accepts exists in both calendars, even when converting to the
      // calendar it was written in: a day outside the Jalali range is refused, not echoed.
      jalali = written.toJalaliDate();
    } catch (DateTimeException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
    CalendarSystem target =
        to != null ? to : (written.isJalali() ? CalendarSystem.GREGORIAN : CalendarSystem.JALALI);
    terminal
        .out()
        .println(
            target == CalendarSystem.GREGORIAN
                ? MessageStyle.of(language, CalendarSystem.GREGORIAN).date(written.toLocalDate())
                : (language == Language.FA
                    ? JalaliFormat.formatPersian(jalali)
                    : JalaliFormat.formatLatin(jalali)));
    return ExitCode.OK;
  }
}
