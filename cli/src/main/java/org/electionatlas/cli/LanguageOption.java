package org.electionatlas.cli;

import java.util.Map;
import org.electionatlas.message.Language;
import org.electionatlas.message.MessageStyle;
import picocli.CommandLine.Option;

/**
 * {@code --lang}, for the commands whose lines for a person carry no dates (normalize, import): the
 * language of their summaries, of their listed changes and of their progress line. The one place
 * where the option's value is read, also for the commands that show dates ({@link DateOptions},
 * {@link DateCommand}).
 */
final class LanguageOption {

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en (default) or fa: the language of the lines this command prints.")
  String lang = "en";

  /** {@return the style of the chosen language, with its own calendar and digits} */
  MessageStyle style() {
    return MessageStyle.of(language(lang));
  }

  /**
   * {@return the language {@code --lang} names}
   *
   * @throws UserError when it names neither en nor fa
   */
  static Language language(String lang) {
    try {
      return Language.of(lang);
    } catch (IllegalArgumentException e) {
      throw new UserError("--lang must be en or fa, not '" + lang + "'");
    }
  }

  /**
   * The language of the progress line of a command with no {@code --lang} (convert, map, generate),
   * which is shown only on a terminal and so is worded for the person at it: the terminal's locale,
   * as gettext reads it (the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is
   * set and not empty), is Persian when it names {@code fa} ({@code fa_IR.UTF-8}), English
   * otherwise.
   *
   * @param environment the process's environment, as {@link System#getenv()} gives it
   * @return {@link MessageStyle#PERSIAN} or {@link MessageStyle#ENGLISH}
   */
  static MessageStyle ofLocale(Map<String, String> environment) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = environment.getOrDefault(name, "");
      if (!value.isEmpty()) {
        boolean persian =
            value.equals("fa")
                || value.startsWith("fa_")
                || value.startsWith("fa.")
                || value.startsWith("fa@");
        return persian ? MessageStyle.PERSIAN : MessageStyle.ENGLISH;
      }
    }
    return MessageStyle.ENGLISH;
  }
}
