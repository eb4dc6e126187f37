package org.electionatlas.message;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The wording of one kind of message in English and Persian, with named placeholders such as {@code
 * {station}} that a {@link Message}'s arguments fill. Both wordings must name the same
 * placeholders, so that no language loses a fact; {@link #of} refuses them otherwise.
 *
 * <pre>{@code
 * static final MessageTemplate MOBILE_IN_CITY =
 *     MessageTemplate.of(
 *         "mobile-station-in-city",
 *         "{station} is mobile but stands in the city {settlement}",
 *         "{station} سیار است ولی در شهر {settlement} قرار دارد");
 * ...
 * Message message = MOBILE_IN_CITY.with("station", Argument.entity(POLLING_STATION, station))
 *     .with("settlement", Argument.name(settlement.name()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MessageTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  private final String key;
  private final String en;
  private final @Nullable String fa;
  private final Set<String> placeholders;

  private MessageTemplate(String key, String en, @Nullable String fa) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "a message key is lower-case words joined by - or ., such as"
              + " station-number-gap.missing; not '"
              + key
              + "'");
    }
    this.key = key;
    this.en = en;
    this.fa = fa;
    this.placeholders = placeholders(en);
    if (fa != null && !placeholders(fa).equals(placeholders)) {
      throw new IllegalArgumentException(
          "the wordings of message "
              + key
              + " name different placeholders: English "
              + placeholders
              + ", Persian "
              + placeholders(fa));
    }
  }

  /**
   * A template in both languages.
   *
   * @param key the stable key of the message, such as {@code station-number-gap}, not null
   * @param en the English wording, not null
   * @param fa the Persian wording, with the same placeholders, not null
   * @return the template
   * @throws IllegalArgumentException if the key is malformed or the wordings name different
   *     placeholders
   */
  public static MessageTemplate of(String key, String en, String fa) {
    return new MessageTemplate(
        requireNonNull(key, "key"), requireNonNull(en, "en"), requireNonNull(fa, "fa"));
  }

  /**
   * A template known only in English (a rule of one's own, say); Persian readers see the English
   * wording, with Persian digits and dates.
   *
   * @param key the stable key of the message, lower-case words joined by {@code -} or {@code .},
   *     such as {@code my-office.station-unstaffed}
   * @param en the English wording, with placeholders such as {@code {station}}
   * @return the template
   * @throws IllegalArgumentException if the key is malformed
   */
  public static MessageTemplate english(String key, String en) {
    return new MessageTemplate(requireNonNull(key, "key"), requireNonNull(en, "en"), null);
  }

  /** {@return the stable key, which programs may match, such as {@code station-number-gap}} */
  public String key() {
    return key;
  }

  /**
   * {@return the wording in the language, placeholders unfilled; the English one where there is no
   * Persian wording}
   *
   * @param language the language the reader reads
   */
  public String wording(Language language) {
    return language == Language.FA && fa != null ? fa : en;
  }

  /** {@return whether there is a Persian wording} */
  public boolean hasPersian() {
    return fa != null;
  }

  /** {@return the names of the placeholders both wordings name, without braces} */
  public Set<String> placeholders() {
    return placeholders;
  }

  /**
   * A message of this template with its first argument.
   *
   * @param name the placeholder the argument fills, as the wording writes it between braces
   * @param argument the value shown in the placeholder's place
   * @return the message, to be given its other arguments with {@link Message#with}
   * @throws IllegalArgumentException if the template names no such placeholder
   */
  public Message with(String name, Argument argument) {
    return Message.of(this).with(name, argument);
  }

  /** {@return a message of this template; for templates without placeholders, the whole message} */
  public Message message() {
    return Message.of(this);
  }

  String render(Map<String, Argument> arguments, MessageStyle style) {
    Matcher matcher = PLACEHOLDER.matcher(wording(style.language()));
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Argument argument = arguments.get(matcher.group(1));
      String replacement = argument == null ? matcher.group() : argument.render(style);
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Set<String> placeholders(String wording) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(wording);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return Set.copyOf(names);
  }

  @Override
  public String toString() {
    return key;
  }
}
