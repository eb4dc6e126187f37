package org.electionatlas.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
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

  private final String fa;
  private final @Nullable String en;

  /** The texts by any tag but {@code fa} and {@code en}, in the order given; nearly always none. */
  private final ImmutableMap<String, String> others;

  /**
   * All the texts as one map, made when first asked for: a million stations have two names each,
   * and the validator reads them by {@link #fa}, {@link #en} and {@link #forEach} without the map.
   * A race makes equal maps, and each is safely published since an {@link ImmutableMap} has final
   * fields only.
   */
  private @Nullable ImmutableMap<String, String> values;

  private LocalizedName(String fa, @Nullable String en, ImmutableMap<String, String> others) {
    this.fa = fa;
    this.en = en;
    this.others = others;
  }

  /**
   * {@return the text by language tag: {@code fa} first, then {@code en}, then the others in the
   * order given}
   */
  public Map<String, String> values() {
    ImmutableMap<String, String> all = values;
    if (all == null) {
      ImmutableMap.Builder<String, String> ordered =
          ImmutableMap.builderWithExpectedSize(2 + others.size());
      ordered.put("fa", fa);
      if (en != null) {
        ordered.put("en", en);
      }
      all = ordered.putAll(others).buildOrThrow();
      values = all;
    }
    return all;
  }

  /**
   * Calls the action with each text and its language tag, in the order of {@link #values}.
   *
   * @param action what is called with each tag and its text, not null
   */
  public void forEach(BiConsumer<String, String> action) {
    action.accept("fa", fa);
    if (en != null) {
      action.accept("en", en);
    }
    others.forEach(action);
  }

  /** {@return the Persian text, never blank} */
  public String fa() {
    return fa;
  }

  /** {@return the English text, if known} */
  public Optional<String> en() {
    return Optional.ofNullable(en);
  }

  /**
   * {@return the text in the language with the given tag, if known}
   *
   * @param languageTag the language tag
   */
  public Optional<String> get(String languageTag) {
    return switch (languageTag) {
      case "fa" -> Optional.of(fa);
      case "en" -> en();
      default -> Optional.ofNullable(others.get(languageTag));
    };
  }

  /** {@return the English text if known, else the Persian} */
  public String preferEnglish() {
    return en == null ? fa : en;
  }

  /**
   * {@return a name known only in Persian}
   *
   * @param fa the fa
   */
  public static LocalizedName of(String fa) {
    checkArgument(!fa.isBlank(), "a name needs non-blank Persian text (fa)");
    return new LocalizedName(fa, null, ImmutableMap.of());
  }

  /**
   * {@return a name in Persian and English}
   *
   * @param en the en
   * @param fa the fa
   */
  public static LocalizedName of(String fa, String en) {
    checkArgument(!fa.isBlank(), "a name needs non-blank Persian text (fa)");
    return new LocalizedName(fa, requireNonNull(en, "en"), ImmutableMap.of());
  }

  /**
   * {@return a name from text by language tag; must hold a non-blank {@code fa} entry and only
   * well-formed tags}
   *
   * @param values the values
   * @throws IllegalArgumentException if {@code fa} is missing or blank, or a tag is malformed
   */
  public static LocalizedName of(Map<String, String> values) {
    String fa = values.get("fa");
    checkArgument(fa != null && !fa.isBlank(), "a name needs non-blank Persian text (fa)");
    ImmutableMap.Builder<String, String> others = ImmutableMap.builder();
    values.forEach(
        (tag, text) -> {
          // The two tags of nearly every name need no pattern to be known as tags.
          checkArgument(
              tag.equals("fa") || tag.equals("en") || LANGUAGE_TAG.matcher(tag).matches(),
              "not a language tag: %s",
              tag);
          requireNonNull(text, "text");
          if (!tag.equals("fa") && !tag.equals("en")) {
            others.put(tag, text);
          }
        });
    return new LocalizedName(fa, values.get("en"), others.buildOrThrow());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LocalizedName that
        && fa.equals(that.fa)
        && Objects.equals(en, that.en)
        && others.equals(that.others);
  }

  /** {@return the hash code of {@link #values}, as {@link Map#hashCode} defines it} */
  @Override
  public int hashCode() {
    int hash = "fa".hashCode() ^ fa.hashCode();
    if (en != null) {
      hash += "en".hashCode() ^ en.hashCode();
    }
    return hash + others.hashCode();
  }

  @Override
  public String toString() {
    return en().map(en -> fa() + " (" + en + ")").orElse(fa());
  }
}
