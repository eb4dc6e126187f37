/**
 * The Jalali (Solar Hijri, official Iranian) calendar as a {@link java.time.chrono.Chronology}:
 * {@link org.electionatlas.calendar.JalaliChronology}, its date {@link
 * org.electionatlas.calendar.JalaliDate}, its single era {@link
 * org.electionatlas.calendar.JalaliEra}, and Persian and Latin text forms in {@link
 * org.electionatlas.calendar.JalaliFormat}.
 *
 * <p>The official calendar is astronomical: a year starts on the day of the March equinox as seen
 * from Tehran. No short arithmetic rule matches it forever. This package uses the 33-year rule
 * {@code (25 * year + 11) mod 33 < 8}, which matches the official calendar for the years 1300 to
 * 1500 AP (21 March 1921 to 20 March 2122), and refuses every date outside those years with a
 * {@link java.time.DateTimeException} rather than return a date that may be a day off. The popular
 * 2820-year (Birashk) arithmetic is not used: it is wrong inside this range (it makes 1404 a leap
 * year instead of 1403).
 *
 * <p>The chronology is registered with {@link java.time.chrono.Chronology#of(String)} (id {@code
 * Jalali}, calendar type {@code persian}) through the JDK's service loader; {@link
 * org.electionatlas.calendar.JalaliChronology#INSTANCE} is the direct way. Format with {@link
 * org.electionatlas.calendar.JalaliFormat#ofPattern(String, java.util.Locale)}, not with {@code
 * DateTimeFormatter.ofPattern(...).withChronology(...)}, which prints Gregorian month names.
 */
@NullMarked
package org.electionatlas.calendar;

import org.jspecify.annotations.NullMarked;
