package org.electionatlas.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A name or short text in several languages: Persian ({@code fa}) always, English ({@code en}) when
 * known, and any other language by its BCP 47 tag.
 *
 * <p>Persian text is kept exactly as given; the validator reports Arabic letters or digits that
 * look Persian but are not, and {@code atlas normalize} fixes them.
 *
 * <p>This class is immutable and thread-safe.
 */
public class LocalizedName {

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final ImmutableMap<String, String> values;
  private final String fa;

  private LocalizedName(ImmutableMap<String, String> values, String fa) {
    this.values = values;
    this.fa = fa;
  }

  /**
   * {@return the text by language tag: {@code fa} first, then {@code en}, then the others in the
   * order given}
   */
  public Map<String, String> values() {
    return values;
  }

  /** {@return the Persian text, never blank} */
  public String fa() {
    return fa;
  }

  /** {@return the English text, if known} */
  public Optional<String> en() {
    return get("en");
  }

  /**
   * {@return the text in the language with the given tag, if known}
   *
   * @param languageTag the language tag
   */
  public Optional<String> get(String languageTag) {
    return Optional.ofNullable(values().get(languageTag));
  }

  /** {@return the English text if known, else the Persian} */
  public String preferEnglish() {
    return en().orElse(fa());
  }

  /**
   * {@return a name known only in Persian}
   *
   * @param fa the fa
   */
  public static LocalizedName of(String fa) {
    checkArgument(!fa.isBlank(), "a name needs non-blank Persian text (fa)");
    // What of(Map) makes of the one text, without a builder: every station has names.
    return new LocalizedName(ImmutableMap.of("fa", fa), fa);
  }

  /**
   * {@return a name in Persian and English}
   *
   * @param en the en
   * @param fa the fa
   */
  public static LocalizedName of(String fa, String en) {
    checkArgument(!fa.isBlank(), "a name needs non-blank Persian text (fa)");
    return new LocalizedName(ImmutableMap.of("fa", fa, "en", en), fa);
  }

  /**
   * {@return a name from text by language tag; must hold a non-blank {@code fa} entry and only
   * well-formed tags}
   *
   * @param values the values
   * @throws IllegalArgumentException if {@code fa} is missing or blank, or a tag is malformed
   */
  public static LocalizedName of(Map<String, String> values) {
    ImmutableMap.Builder<String, String> ordered = ImmutableMap.builder();
    String fa = values.get("fa");
    checkArgument(fa != null && !fa.isBlank(), "a name needs non-blank Persian text (fa)");
    ordered.put("fa", fa);
    String en = values.get("en");
    if (en != null) {
      ordered.put("en", en);
    }
    values.forEach(
        (tag, text) -> {
          // The two tags of nearly every name need no pattern to be known as tags.
          checkArgument(
              tag.equals("fa") || tag.equals("en") || LANGUAGE_TAG.matcher(tag).matches(),
              "not a language tag: %s",
              tag);
          if (!tag.equals("fa") && !tag.equals("en")) {
            ordered.put(tag, text);
          }
        });
    return new LocalizedName(ordered.buildOrThrow(), fa);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LocalizedName that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return en().map(en -> fa() + " (" + en + ")").orElse(fa());
  }
}
