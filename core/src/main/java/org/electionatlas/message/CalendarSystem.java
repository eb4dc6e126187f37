package org.electionatlas.message;

/** The calendars dates are shown in. Atlases store Gregorian dates; people may read either. */
public enum CalendarSystem {
  /** The Gregorian calendar, as dates are stored: {@code 2024-03-01}. */
  GREGORIAN,
  /** The Jalali (Solar Hijri) calendar Iranian staff use: {@code ۱۱ اسفند ۱۴۰۲}. */
  JALALI
}
