package org.electionatlas.text;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link PersianText} normalizes: today, which digits the result uses. The {@link #defaults()
 * defaults} turn digits Persian, the form for Persian names, but leave those of tokens that hold a
 * Latin letter ({@code IR-08}, {@code https://kerman.ir/1402}); choose {@link DigitStyle#KEEP} to
 * leave every digit as it is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NormalizationOptions {

  private static final NormalizationOptions DEFAULTS = new NormalizationOptions(DigitStyle.PERSIAN);

  private final DigitStyle digitStyle;

  private NormalizationOptions(DigitStyle digitStyle) {
    this.digitStyle = digitStyle;
  }

  /**
   * The default options: digits become Persian.
   *
   * @return the default options, not null
   */
  public static NormalizationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The digits the normalized text uses.
   *
   * @return the digit style, not null
   */
  public DigitStyle digitStyle() {
    return digitStyle;
  }

  /**
   * A copy of these options with another digit style.
   *
   * @param digitStyle the digits the normalized text uses, not null
   * @return the options, not null
   */
  public NormalizationOptions withDigitStyle(DigitStyle digitStyle) {
    Objects.requireNonNull(digitStyle, "digitStyle");
    return digitStyle == this.digitStyle ? this : new NormalizationOptions(digitStyle);
  }

  /**
   * Tells whether another object is options with the same settings.
   *
   * @param other the object to compare with, may be null
   * @return true if the other object is equal options
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NormalizationOptions
        && ((NormalizationOptions) other).digitStyle == digitStyle;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return digitStyle.hashCode();
  }

  /**
   * Describes the options, for example {@code NormalizationOptions{digitStyle=PERSIAN}}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "NormalizationOptions{digitStyle=" + digitStyle + "}";
  }
}
