package org.electionatlas.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 31 provinces of Iran with their ISO 3166-2:IR codes and names in English and Persian, and the
 * codes they had before ISO renumbered them all on 2020-11-24.
 *
 * <p>The codes and names are those of {@code shared/data/iran-provinces.tsv}, the project's
 * reference table. The codes before 2020 follow the change recorded for 2020-11-24 in ISO's Online
 * Browsing Platform ("change of subdivision code from IR-01 to IR-03, …, IR-15 to IR-08, …"), as
 * reproduced on <a href="https://en.wikipedia.org/wiki/ISO_3166-2:IR">Wikipedia's ISO 3166-2:IR
 * page</a>; Golestan (IR-27) and South Khorasan (IR-29) kept theirs. Old data and some libraries
 * (Unicode CLDR among them) still carry the old codes, so {@code IR-15} can mean Kerman in a 2019
 * spreadsheet and Lorestan in a 2024 one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IranProvinces {

  /** The day ISO 3166-2:IR renumbered every province but two. */
  public static final LocalDate RENUMBERED_ON = LocalDate.of(2020, 11, 24);

  /**
   * One province of the table.
   *
   * @param code the current ISO 3166-2 code, such as {@code IR-08}, not null
   * @param en the English name, such as {@code Kerman}, not null
   * @param fa the Persian name, such as {@code کرمان}, not null
   * @param codeBefore2020 the code before {@link #RENUMBERED_ON}, such as {@code IR-15}; equal to
   *     {@code code} where it did not change, not null
   */
  public record Entry(String code, String en, String fa, String codeBefore2020) {
    /**
     * Checks that no component is null.
     *
     * @param code the code
     * @param codeBefore2020 the code before2020
     * @param en the en
     * @param fa the fa
     */
    public Entry {
      requireNonNull(code, "code");
      requireNonNull(en, "en");
      requireNonNull(fa, "fa");
      requireNonNull(codeBefore2020, "codeBefore2020");
    }

    /** {@return the name in both languages} */
    public LocalizedName name() {
      return LocalizedName.of(fa, en);
    }
  }

  private static final ImmutableList<Entry> ALL =
      ImmutableList.of(
          new Entry("IR-00", "Markazi", "مرکزی", "IR-22"),
          new Entry("IR-01", "Gilan", "گیلان", "IR-19"),
          new Entry("IR-02", "Mazandaran", "مازندران", "IR-21"),
          new Entry("IR-03", "East Azerbaijan", "آذربایجان شرقی", "IR-01"),
          new Entry("IR-04", "West Azerbaijan", "آذربایجان غربی", "IR-02"),
          new Entry("IR-05", "Kermanshah", "کرمانشاه", "IR-17"),
          new Entry("IR-06", "Khuzestan", "خوزستان", "IR-10"),
          new Entry("IR-07", "Fars", "فارس", "IR-14"),
          new Entry("IR-08", "Kerman", "کرمان", "IR-15"),
          new Entry("IR-09", "Razavi Khorasan", "خراسان رضوی", "IR-30"),
          new Entry("IR-10", "Isfahan", "اصفهان", "IR-04"),
          new Entry("IR-11", "Sistan and Baluchestan", "سیستان و بلوچستان", "IR-13"),
          new Entry("IR-12", "Kurdistan", "کردستان", "IR-16"),
          new Entry("IR-13", "Hamadan", "همدان", "IR-24"),
          new Entry("IR-14", "Chaharmahal and Bakhtiari", "چهارمحال و بختیاری", "IR-08"),
          new Entry("IR-15", "Lorestan", "لرستان", "IR-20"),
          new Entry("IR-16", "Ilam", "ایلام", "IR-05"),
          new Entry("IR-17", "Kohgiluyeh and Boyer-Ahmad", "کهگیلویه و بویراحمد", "IR-18"),
          new Entry("IR-18", "Bushehr", "بوشهر", "IR-06"),
          new Entry("IR-19", "Zanjan", "زنجان", "IR-11"),
          new Entry("IR-20", "Semnan", "سمنان", "IR-12"),
          new Entry("IR-21", "Yazd", "یزد", "IR-25"),
          new Entry("IR-22", "Hormozgan", "هرمزگان", "IR-23"),
          new Entry("IR-23", "Tehran", "تهران", "IR-07"),
          new Entry("IR-24", "Ardabil", "اردبیل", "IR-03"),
          new Entry("IR-25", "Qom", "قم", "IR-26"),
          new Entry("IR-26", "Qazvin", "قزوین", "IR-28"),
          new Entry("IR-27", "Golestan", "گلستان", "IR-27"),
          new Entry("IR-28", "North Khorasan", "خراسان شمالی", "IR-31"),
          new Entry("IR-29", "South Khorasan", "خراسان جنوبی", "IR-29"),
          new Entry("IR-30", "Alborz", "البرز", "IR-32"));

  private static final ImmutableMap<String, Entry> BY_CODE = Maps.uniqueIndex(ALL, Entry::code);

  private static final ImmutableMap<String, Entry> BY_CODE_BEFORE_2020 =
      Maps.uniqueIndex(ALL, Entry::codeBefore2020);

  private IranProvinces() {}

  /** {@return all 31 provinces, ordered by current code ({@code IR-00} Markazi first)} */
  public static List<Entry> all() {
    return ALL;
  }

  /**
   * {@return the province with the current code, such as {@code IR-08}; empty for any other text}
   *
   * @param code the code
   */
  public static Optional<Entry> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(requireNonNull(code, "code")));
  }

  /**
   * {@return the province that had the code before {@link #RENUMBERED_ON}, such as Kerman for
   * {@code IR-15}; empty for any text that was not a code then}
   *
   * @param code the code
   */
  public static Optional<Entry> byCodeBefore2020(String code) {
    return Optional.ofNullable(BY_CODE_BEFORE_2020.get(requireNonNull(code, "code")));
  }
}
