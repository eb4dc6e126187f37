package org.electionatlas.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When an event starts or ends: a whole day ({@code 2023-07-12}) or a local date and time in the
 * election's time zone ({@code 2023-07-12T09:00}).
 *
 * <p>A day alone spans the whole day: as a start it means the day's first moment, as an end its
 * last. {@link #earliest()} and {@link #latest()} give those moments so that spans compare the way
 * a reader expects.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventTime implements Comparable<EventTime> {

  private final LocalDate date;
  private final @Nullable LocalDateTime dateTime;

  private EventTime(LocalDate date, @Nullable LocalDateTime dateTime) {
    this.date = date;
    this.dateTime = dateTime;
  }

  /**
   * {@return a whole day}
   *
   * @param date the date
   */
  public static EventTime of(LocalDate date) {
    return new EventTime(requireNonNull(date, "date"), null);
  }

  /**
   * {@return a local date and time}
   *
   * @param dateTime the date time
   */
  public static EventTime of(LocalDateTime dateTime) {
    requireNonNull(dateTime, "dateTime");
    return new EventTime(dateTime.toLocalDate(), dateTime);
  }

  /**
   * Parses {@code 2023-07-12} or {@code 2023-07-12T09:00} (seconds allowed).
   *
   * @param text the text
   * @throws DateTimeParseException if the text is neither
   * @return the time, not null
   */
  public static EventTime parse(CharSequence text) {
    String s = text.toString();
    return s.indexOf('T') >= 0 ? of(LocalDateTime.parse(s)) : of(LocalDate.parse(s));
  }

  /** {@return the day} */
  public LocalDate date() {
    return date;
  }

  /** {@return the date and time, when a time was given} */
  public Optional<LocalDateTime> dateTime() {
    return Optional.ofNullable(dateTime);
  }

  /** {@return the first moment this time can mean: the time given, or the start of the day} */
  public LocalDateTime earliest() {
    return dateTime != null ? dateTime : date.atStartOfDay();
  }

  /** {@return the last moment this time can mean: the time given, or the end of the day} */
  public LocalDateTime latest() {
    return dateTime != null ? dateTime : date.atTime(23, 59, 59, 999_999_999);
  }

  /** Orders by {@link #earliest()}, a whole day before any time on that day. */
  @Override
  public int compareTo(EventTime other) {
    int byMoment = earliest().compareTo(other.earliest());
    if (byMoment != 0) {
      return byMoment;
    }
    return Boolean.compare(dateTime != null, other.dateTime != null);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventTime that
        && date.equals(that.date)
        && java.util.Objects.equals(dateTime, that.dateTime);
  }

  @Override
  public int hashCode() {
    return dateTime != null ? dateTime.hashCode() : date.hashCode();
  }

  /** The ISO-8601 form, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return dateTime != null ? dateTime.toString() : date.toString();
  }
}
