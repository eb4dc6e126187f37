package org.electionatlas.validation;

/**
 * Compares Persian names the way a reader does: Arabic yeh (U+064A) and alef maksura (U+0649) read
 * as Persian yeh (U+06CC), Arabic kaf (U+0643) as Persian keheh (U+06A9), and surrounding spaces do
 * not count. Text typed on Arabic keyboards, or copied from sources that use Arabic letters (such
 * as the IQNA report this project started from), then matches the same name typed on a Persian
 * keyboard.
 *
 * <p>This is only a key for matching; reporting and fixing such spellings is the Persian text
 * rules' job.
 */
final class Spelling {

  private Spelling() {}

  /** The text with look-alike letters mapped to their Persian forms and trimmed. */
  static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    String trimmed = text.strip();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      key.append(
          switch (c) {
            case '\u064A', '\u0649' -> '\u06CC';
            case '\u0643' -> '\u06A9';
            default -> c;
          });
    }
    return key.toString();
  }
}
