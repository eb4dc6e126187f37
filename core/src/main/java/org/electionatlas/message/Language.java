package org.electionatlas.message;

import java.util.Locale;

/** The languages messages are written in. */
public enum Language {
  /** English, with Latin digits. */
  EN("en"),
  /** Persian, with Persian digits, Persian punctuation and «guillemets» around quoted ids. */
  FA("fa");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** {@return the BCP 47 tag: {@code en} or {@code fa}} */
  public String tag() {
    return tag;
  }

  /** {@return the locale of the language, with no country} */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * The language with the tag, in any case.
   *
   * @param tag {@code en} or {@code fa}, not null
   * @return the language
   * @throws IllegalArgumentException if the tag names neither
   */
  public static Language of(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag.trim())) {
        return language;
      }
    }
    throw new IllegalArgumentException("the language must be en or fa, not '" + tag + "'");
  }
}
