package org.electionatlas.cli;

import org.electionatlas.message.CalendarSystem;
import org.electionatlas.message.Language;
import org.electionatlas.message.MessageStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that choose the language of messages and the calendar of dates, shared by every
 * command that shows either. {@code --lang fa} alone also shows dates in the Jalali calendar, as
 * Persian readers expect; {@code --calendar} says otherwise.
 */
final class DateOptions {

  @Option(
      names = "--calendar",
      paramLabel = "CALENDAR",
      description = "gregorian or jalali: the calendar of dates (default: jalali with --lang fa).")
  @Nullable CalendarSystem calendar;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en (default) or fa: the language of messages; fa writes ۱۱ اسفند ۱۴۰۲.")
  String lang = "en";

  MessageStyle style() {
    Language language = LanguageOption.language(lang);
    CalendarSystem chosen = calendar;
    return chosen == null ? MessageStyle.of(language) : MessageStyle.of(language, chosen);
  }
}
