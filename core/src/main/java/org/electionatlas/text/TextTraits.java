package org.electionatlas.text;

import static java.util.Objects.requireNonNull;

/**
 * What one walk over a text tells each check the validator makes of every text: whether the text
 * uses the Arabic look-alikes of Persian letters or digits, and whether it may fail the closer
 * checks of {@link TextSafety#check} and {@code PersianText.changes(text, ChangeKind.ZWNJ)}. A
 * million stations have several million texts, nearly all plain; one walk instead of one per check
 * is what makes checking them cheap, and the closer checks run for the few texts that need them.
 *
 * <p>The two "may" answers are safe to act on when false: the closer check then finds nothing. The
 * two "uses" answers are exact.
 *
 * <p>This class is immutable and thread-safe. There are sixteen instances, one for each combination
 * of answers, so {@link #of} makes no object.
 */
public final class TextTraits {

  private static final int ARABIC_LETTERS = 1;
  private static final int ARABIC_INDIC_DIGITS = 1 << 1;
  private static final int AFFIX_GAP = 1 << 2;
  private static final int UNSAFE = 1 << 3;

  private static final TextTraits[] ALL = new TextTraits[16];

  static {
    for (int bits = 0; bits < ALL.length; bits++) {
      ALL[bits] = new TextTraits(bits);
    }
  }

  private final int bits;

  private TextTraits(int bits) {
    this.bits = bits;
  }

  /**
   * {@return what one walk over the text finds}
   *
   * @param text the text, not null
   */
  public static TextTraits of(String text) {
    requireNonNull(text, "text");
    return ALL[walk(text)];
  }

  /** In {@link #BELOW_JOINERS}: a character that shows something. */
  private static final int VISIBLE = 1 << 4;

  /** In {@link #BELOW_JOINERS}: a plain space, which may stand next to an affix. */
  private static final int SPACE = 1 << 5;

  /**
   * What each character below {@link TextSafety#TABLED} (the end of the Arabic block, where
   * TextSafety's joiner tables end too) adds to a text's traits, so that the walk makes one lookup
   * for each character of nearly every text; decided once from what each closer check accepts.
   */
  private static final byte[] BELOW_JOINERS = new byte[TextSafety.TABLED];

  static {
    for (char c = 0; c < TextSafety.TABLED; c++) {
      int bits;
      if (c >= 0x0600) {
        // The block's format characters (U+0600 to U+0605, U+061C, U+06DD) show nothing.
        bits = c >= 0x0606 && c != 0x061C && c != 0x06DD ? VISIBLE : UNSAFE;
        if (!Normalizer.plainCharacter(c)) {
          bits |= AFFIX_GAP;
        }
        if (c == '\u064A' || c == '\u0649' || c == '\u0643') {
          bits |= ARABIC_LETTERS;
        } else if (c >= '\u0660' && c <= '\u0669') {
          bits |= ARABIC_INDIC_DIGITS;
        }
      } else if (c > 0x20 && c < 0x7F) {
        bits = VISIBLE;
      } else if (c == ' ') {
        bits = SPACE;
      } else {
        // Anything else, from a tab to a no-break space, is for the closer checks to judge.
        bits = UNSAFE | AFFIX_GAP;
      }
      BELOW_JOINERS[c] = (byte) bits;
    }
  }

  private static int walk(String text) {
    int bits = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < TextSafety.TABLED) {
        int added = BELOW_JOINERS[c];
        if (added == SPACE && Normalizer.affixAtSpace(text, i)) {
          added = AFFIX_GAP;
        }
        bits |= added;
      } else if (c == '\u200C' || c == '\u200D') {
        if (!TextSafety.betweenLetters(text, i)) {
          bits |= UNSAFE;
        }
        if (c == '\u200D' || !Normalizer.plainJoinerAt(text, i)) {
          bits |= AFFIX_GAP;
        }
      } else {
        // Any other character, from a bidirectional control to a surrogate, the same.
        bits |= UNSAFE | AFFIX_GAP;
      }
    }
    return (bits & VISIBLE) != 0 ? bits & 15 : (bits & 15) | UNSAFE;
  }

  /**
   * {@return whether the text holds an Arabic yeh (U+064A), alef maksura (U+0649) or kaf (U+0643),
   * the look-alikes of Persian yeh and kaf}
   */
  public boolean usesArabicLetters() {
    return (bits & ARABIC_LETTERS) != 0;
  }

  /** {@return whether the text holds an Arabic-Indic digit, U+0660 to U+0669} */
  public boolean usesArabicIndicDigits() {
    return (bits & ARABIC_INDIC_DIGITS) != 0;
  }

  /**
   * {@return false when normalizing the text certainly makes no ZWNJ change: the text is plain and
   * no space of it stands next to an affix}
   *
   * <p>Plain: every character is one the first pass of normalizing leaves where it is and visible
   * (printable ASCII, and the letters, digits and punctuation of the Arabic block that no folding,
   * removal or composition touches), or a plain space, or a ZWNJ between two such visible
   * characters. In such a text the words the gaps are judged by are the text's own characters,
   * every gap is a run of plain spaces or one ZWNJ, and normalizing keeps a lone ZWNJ inside a word
   * ({@code علی‌آباد}) as it is. No affix next to a space: no space follows the prefix {@code می}
   * (as {@code نمی} ends too) or precedes a suffix ({@code ها}, {@code تر} and the longer ones that
   * start so), so no gap is one that joins an affix.
   */
  public boolean mayMissZwnj() {
    return (bits & AFFIX_GAP) != 0;
  }

  /**
   * {@return false when {@link TextSafety#check} certainly finds nothing: the text holds only
   * printable ASCII, spaces, the Arabic block but for its format characters, and joiners between
   * letters, and one of them is visible}
   */
  public boolean mayBeUnsafe() {
    return (bits & UNSAFE) != 0;
  }

  @Override
  public String toString() {
    return "TextTraits[arabicLetters="
        + usesArabicLetters()
        + ", arabicIndicDigits="
        + usesArabicIndicDigits()
        + ", mayMissZwnj="
        + mayMissZwnj()
        + ", mayBeUnsafe="
        + mayBeUnsafe()
        + "]";
  }
}
