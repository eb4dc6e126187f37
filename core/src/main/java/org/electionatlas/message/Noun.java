package org.electionatlas.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A countable thing in both languages: {@code 1 station}, {@code 2,400 stations}, {@code ۲٬۴۰۰
 * شعبه} (Persian keeps the noun singular after a number).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Noun {

  private final String one;
  private final String many;
  private final String fa;

  private Noun(String one, String many, String fa) {
    this.one = requireNonNull(one, "one");
    this.many = requireNonNull(many, "many");
    this.fa = requireNonNull(fa, "fa");
  }

  /**
   * A noun.
   *
   * @param one the English singular, not null
   * @param many the English plural, not null
   * @param fa the Persian noun, as it follows a number, not null
   * @return the noun
   */
  public static Noun of(String one, String many, String fa) {
    return new Noun(one, many, fa);
  }

  /**
   * {@return the noun as it follows the count {@code n} in the language}
   *
   * @param n the count before the noun; only 1 takes the English singular
   * @param language the language to word the noun in; Persian keeps it singular after any count
   */
  public String after(long n, Language language) {
    return language == Language.FA ? fa : n == 1 ? one : many;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Noun that
        && one.equals(that.one)
        && many.equals(that.many)
        && fa.equals(that.fa);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(one, many, fa);
  }

  @Override
  public String toString() {
    return many;
  }
}
