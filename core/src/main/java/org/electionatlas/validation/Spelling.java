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
    return org.electionatlas.text.Folding.NAME.apply(text);
  }
}
