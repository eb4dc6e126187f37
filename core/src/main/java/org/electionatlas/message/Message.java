package org.electionatlas.message;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A message for a person, kept as data: its {@link MessageTemplate} (whose key programs may match)
 * and named {@link Argument}s. {@link #render(MessageStyle)} words it in a language and calendar;
 * {@link #toString()} in English with Gregorian dates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Message {

  private final MessageTemplate template;
  private final Map<String, Argument> arguments;

  private Message(MessageTemplate template, Map<String, Argument> arguments) {
    this.template = template;
    this.arguments = arguments;
  }

  /**
   * A message of the template with no arguments yet.
   *
   * @param template the wording in both languages, whose placeholders the arguments fill
   * @return the message, to be given its arguments with {@link #with}
   */
  public static Message of(MessageTemplate template) {
    return new Message(requireNonNull(template, "template"), Map.of());
  }

  /**
   * This message with one more argument.
   *
   * @param name the placeholder the argument fills, as the template writes it between braces:
   *     {@code station} for {@code {station}}
   * @param argument the value shown in the placeholder's place
   * @return a new message; this one is unchanged
   * @throws IllegalArgumentException if the template names no such placeholder, or the argument is
   *     already given
   */
  public Message with(String name, Argument argument) {
    requireNonNull(name, "name");
    requireNonNull(argument, "argument");
    if (!template.placeholders().contains(name)) {
      throw new IllegalArgumentException(
          "message " + template.key() + " has no placeholder {" + name + "}");
    }
    if (arguments.containsKey(name)) {
      throw new IllegalArgumentException(
          "message " + template.key() + " already has the argument " + name);
    }
    Map<String, Argument> more = new LinkedHashMap<>(arguments);
    more.put(name, argument);
    return new Message(template, Collections.unmodifiableMap(more));
  }

  /** {@return the template's stable key, such as {@code station-number-gap}} */
  public String key() {
    return template.key();
  }

  /** {@return the template the message words} */
  public MessageTemplate template() {
    return template;
  }

  /** {@return the arguments by placeholder name, in the order they were given} */
  public Map<String, Argument> arguments() {
    return arguments;
  }

  /** {@return the placeholders of the template that have no argument yet, sorted by name} */
  public Set<String> missing() {
    Set<String> missing = new TreeSet<>(template.placeholders());
    missing.removeAll(arguments.keySet());
    return missing;
  }

  /**
   * Checks that every placeholder has its argument.
   *
   * @return this message
   * @throws IllegalStateException naming the placeholders that have none
   */
  public Message complete() {
    Set<String> missing = missing();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "message " + template.key() + " lacks the arguments " + missing);
    }
    return this;
  }

  /**
   * {@return the message worded in the style} A placeholder with no argument is left as it is.
   *
   * @param style the language and calendar to word the message in
   */
  public String render(MessageStyle style) {
    return template.render(arguments, requireNonNull(style, "style"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Message that
        && template.key().equals(that.template.key())
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return template.key().hashCode() * 31 + arguments.hashCode();
  }

  /** The message in English with Gregorian dates. */
  @Override
  public String toString() {
    return render(MessageStyle.ENGLISH);
  }
}
