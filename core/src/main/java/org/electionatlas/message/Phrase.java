package org.electionatlas.message;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A short text that exists in English and, usually, in Persian: a rule's summary or rationale. A
 * phrase with no Persian wording shows the English one to Persian readers rather than nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Phrase {

  private static final Phrase EMPTY = new Phrase("", "");

  private final String en;
  private final @Nullable String fa;

  private Phrase(String en, @Nullable String fa) {
    this.en = en;
    this.fa = fa;
  }

  /**
   * A phrase in both languages.
   *
   * @param en the English wording, not null
   * @param fa the Persian wording, not null
   * @return the phrase
   */
  public static Phrase of(String en, String fa) {
    return new Phrase(requireNonNull(en, "en"), requireNonNull(fa, "fa"));
  }

  /**
   * A phrase known only in English, such as a rule of one's own not yet translated.
   *
   * @param en the English wording, not null
   * @return the phrase
   */
  public static Phrase english(String en) {
    return new Phrase(requireNonNull(en, "en"), null);
  }

  /** {@return the empty phrase, in both languages} */
  public static Phrase empty() {
    return EMPTY;
  }

  /** {@return the English wording} */
  public String en() {
    return en;
  }

  /** {@return the Persian wording, if there is one} */
  public Optional<String> fa() {
    return Optional.ofNullable(fa);
  }

  /**
   * {@return the wording in the language, or the English one where there is no Persian wording}
   *
   * @param language the language the reader reads
   */
  public String in(Language language) {
    return language == Language.FA && fa != null ? fa : en;
  }

  /** {@return whether both wordings are empty} */
  public boolean isEmpty() {
    return en.isEmpty() && (fa == null || fa.isEmpty());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Phrase that
        && en.equals(that.en)
        && java.util.Objects.equals(fa, that.fa);
  }

  @Override
  public int hashCode() {
    return en.hashCode() * 31 + java.util.Objects.hashCode(fa);
  }

  @Override
  public String toString() {
    return en;
  }
}
