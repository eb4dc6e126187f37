package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.ChronoPeriod;
import java.time.chrono.ChronoZonedDateTime;
import java.time.chrono.Chronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar as a citizen of java.time: found by the JDK's service loader, formatted with Jalali
 * month, weekday and era names, and serializable the way java.time and ThreeTen-Extra values are.
 */
class JalaliJavaTimeTest {

  private static final Locale FA_IR = Locale.forLanguageTag("fa-IR");
  private static final JalaliDate TIR_20 = JalaliDate.of(1402, 4, 20);

  @Test
  void chronologyOf_findsTheCalendarByIdAndByCalendarType() {
    assertThat(Chronology.of("Jalali")).isEqualTo(JalaliChronology.INSTANCE);
    assertThat(Chronology.of("persian")).isEqualTo(JalaliChronology.INSTANCE);
    assertThat(Chronology.of("Jalali").date(1402, 4, 20)).isEqualTo(TIR_20);
  }

  @Test
  void chronologyOfLocale_findsTheCalendarOfAPersianCalendarLocale() {
    Chronology chronology = Chronology.ofLocale(Locale.forLanguageTag("fa-IR-u-ca-persian"));

    assertThat(chronology).isEqualTo(JalaliChronology.INSTANCE);
    assertThat(chronology.getCalendarType()).isEqualTo("persian");
    assertThat(chronology.date(LocalDate.of(2023, 7, 11))).isEqualTo(TIR_20);
  }

  @Test
  void availableChronologies_includeTheJalaliCalendar() {
    assertThat(Chronology.getAvailableChronologies()).contains(JalaliChronology.INSTANCE);
  }

  /**
   * Pins the JDK's behaviour that {@link JalaliFormat#ofPattern} exists for: if a JDK ever prints
   * Jalali month names here, this fails, and the advice in the docs must change.
   */
  @Test
  void jdkFormatterWithTheChronology_printsGregorianMonthNames_soOfPatternExists() {
    DateTimeFormatter jdk =
        DateTimeFormatter.ofPattern("d MMMM y", FA_IR).withChronology(JalaliChronology.INSTANCE);

    assertThat(jdk.format(TIR_20)).contains("آوریل").doesNotContain("تیر");
    assertThat(JalaliFormat.ofPattern("d MMMM y", FA_IR).format(TIR_20)).isEqualTo("۲۰ تیر ۱۴۰۲");
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("d MMMM y", FA_IR, "۲۰ تیر ۱۴۰۲"),
        Arguments.of("EEEE d MMMM y", FA_IR, "سه‌شنبه ۲۰ تیر ۱۴۰۲"),
        Arguments.of("d MMMM y G", FA_IR, "۲۰ تیر ۱۴۰۲ ه‍.ش."),
        Arguments.of("yyyy/MM/dd", FA_IR, "۱۴۰۲/۰۴/۲۰"),
        Arguments.of("d MMM y", FA_IR, "۲۰ تیر ۱۴۰۲"),
        Arguments.of("d MMMM y", Locale.ENGLISH, "20 Tir 1402"),
        Arguments.of("EEEE, d MMMM y G", Locale.ENGLISH, "Tuesday, 20 Tir 1402 AP"),
        Arguments.of("EEE d LLLL", Locale.ENGLISH, "Tue 20 Tir"),
        Arguments.of("yyyy-MM-dd", Locale.ENGLISH, "1402-04-20"),
        Arguments.of("d 'of' MMMM", Locale.ENGLISH, "20 of Tir"));
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @MethodSource("patterns")
  void ofPattern_formatsJalaliNames_andParsesWhatItFormats(
      String pattern, Locale locale, String expected) {
    DateTimeFormatter formatter = JalaliFormat.ofPattern(pattern, locale);

    assertThat(formatter.format(TIR_20)).isEqualTo(expected);
    if (pattern.contains("y")) {
      assertThat(JalaliDate.from(formatter.parse(expected))).isEqualTo(TIR_20);
    }
  }

  @Test
  void ofPattern_formatsEveryMonthAndWeekdayByItsJalaliName() {
    DateTimeFormatter formatter = JalaliFormat.ofPattern("EEEE d MMMM y", FA_IR);
    JalaliDate day = JalaliDate.of(1402, 1, 1);
    for (int i = 0; i < 365; i++) {
      JalaliDate date = day.plusDays(i);
      assertThat(JalaliFormat.parse(formatter.format(date).replaceFirst("^\\S+ ", "")))
          .isEqualTo(date);
      assertThat(formatter.parse(formatter.format(date), JalaliDate::from)).isEqualTo(date);
    }
  }

  @Test
  void ofPattern_refusesTheGregorianNameOfTheSameMonthNumber() {
    assertThatThrownBy(
            () -> JalaliFormat.ofPattern("d MMMM y", Locale.ENGLISH).parse("20 April 1402"))
        .isInstanceOf(DateTimeParseException.class);
  }

  private static Object roundTrip(Serializable value) throws IOException, ClassNotFoundException {
    return deserialize(serialize(value));
  }

  private static byte[] serialize(Serializable value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  static Stream<Serializable> serializableValues() {
    ChronoLocalDateTime<JalaliDate> opening = TIR_20.plusDays(1).atTime(LocalTime.of(9, 0));
    ChronoZonedDateTime<JalaliDate> zoned = opening.atZone(ZoneId.of("Asia/Tehran"));
    ChronoPeriod period = TIR_20.until(JalaliDate.of(1402, 12, 11));
    return Stream.of(
        TIR_20,
        JalaliDate.of(1403, 12, 30),
        JalaliDate.of(1300, 1, 1),
        JalaliDate.of(1500, 12, 29),
        JalaliEra.AP,
        (Serializable) opening,
        (Serializable) zoned,
        (Serializable) period);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serializableValues")
  void values_roundTripThroughObjectStreams(Serializable value) throws Exception {
    assertThat(roundTrip(value)).isEqualTo(value);
  }

  @Test
  void chronology_deserializesToTheSingleton() throws Exception {
    assertThat(roundTrip(JalaliChronology.INSTANCE)).isSameAs(JalaliChronology.INSTANCE);
  }

  @Test
  void date_isWrittenAsItsCompactProxy() throws Exception {
    byte[] bytes = serialize(TIR_20);

    assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("org.electionatlas.calendar.Ser")
        .doesNotContain("org.electionatlas.calendar.JalaliDate");
    assertThat(bytes.length).isLessThan(80);
  }

  @Test
  void proxyOfADayThatDoesNotExist_isRefused() throws Exception {
    byte[] bytes = serialize(TIR_20);
    // The proxy's data: type 1, the year 1402 as an int, month 4, day 20.
    byte[] data = {1, 0, 0, 0x05, 0x7A, 4, 20};
    int at = indexOf(bytes, data);
    assertThat(at).isPositive();
    bytes[at + 5] = 13;

    assertThatThrownBy(() -> deserialize(bytes))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("the month must be from 1 to 12");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
