package org.electionatlas.cli;

import picocli.CommandLine.Option;

/** The options that choose how dates are shown, shared by the commands that show dates. */
final class DateOptions {

  @Option(
      names = "--calendar",
      paramLabel = "CALENDAR",
      defaultValue = "gregorian",
      description = "gregorian (default) or jalali: the calendar of the dates shown.")
  DateStyle.Calendar calendar = DateStyle.Calendar.GREGORIAN;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en (default) or fa: with --calendar jalali, fa writes ۱۱ اسفند ۱۴۰۲.")
  String lang = "en";

  DateStyle style() {
    return DateStyle.of(calendar, lang);
  }
}
