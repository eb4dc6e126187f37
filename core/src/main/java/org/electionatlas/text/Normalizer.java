package org.electionatlas.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * One normalization run over one text: the engine behind {@link PersianText}.
 *
 * <p>Every fix maps characters of the original text to output characters, one to one or one to
 * none, so each change is a span of the original and the changes never overlap. The run has two
 * passes. The first maps single characters (letters, digits, kashida, diacritics). The second
 * decides every gap between visible characters (a run of spaces, ZWNJs and line breaks, with the
 * characters the first pass removed) from what the gap holds and the words on either side; because
 * the second pass reads the first pass's output and a gap stays a gap, running again finds nothing
 * to do.
 */
final class Normalizer {

  private static final byte VISIBLE = 0;
  private static final byte SPACE = 1;
  private static final byte ZWNJ = 2;
  private static final byte LINE_BREAK = 3;
  private static final byte REMOVED = 4;

  private static final ChangeKind[] KINDS = ChangeKind.values();

  private static final char ZWNJ_CHAR = '\u200C';
  private static final char PERSIAN_YEH = '\u06CC';
  private static final char PERSIAN_KAF = '\u06A9';
  private static final char PERSIAN_ZERO = '\u06F0';
  private static final char ARABIC_INDIC_ZERO = '\u0660';

  private static final ImmutableSet<String> PREFIXES = ImmutableSet.of("می", "نمی");

  // The plural and comparative suffixes. "تر" is also the adjective "wet"; that rarer reading gets
  // joined too, a known false positive that only a dictionary could avoid.
  private static final ImmutableSet<String> SUFFIXES =
      ImmutableSet.of("ها", "های", "هایی", "تر", "ترین");

  // Words that follow the noun "می" ("wine") but can never be the stem of a verb with the prefix.
  private static final ImmutableSet<String> NOT_VERB_STEMS =
      ImmutableSet.of(
          "را", "از", "به", "با", "در", "که", "تا", "یا", "هم", "این", "آن", "است", "هست", "نیست");

  private final String text;
  private final DigitStyle digitStyle;
  private final char[] out;
  private final byte[] cls;
  // 0 for an unchanged character, else 1 + the ordinal of the ChangeKind that changed it.
  private final byte[] kind;
  // Separators the second pass removed; they keep their class so that word boundaries stay put.
  private final boolean[] dropped;

  private Normalizer(String text, NormalizationOptions options) {
    this.text = text;
    this.digitStyle = options.digitStyle();
    int length = text.length();
    this.out = new char[length];
    this.cls = new byte[length];
    this.kind = new byte[length];
    this.dropped = new boolean[length];
  }

  static Normalization normalize(String text, NormalizationOptions options) {
    Normalizer run = new Normalizer(text, options);
    run.mapCharacters();
    run.decideGaps();
    return run.result();
  }

  static boolean isNormalized(String text, NormalizationOptions options) {
    Normalizer run = new Normalizer(text, options);
    run.mapCharacters();
    run.decideGaps();
    for (byte k : run.kind) {
      if (k != 0) {
        return false;
      }
    }
    return true;
  }

  private void mapCharacters() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out[i] = c;
      if (c == '\u064A' || c == '\u0649') {
        change(i, PERSIAN_YEH, ChangeKind.ARABIC_YEH);
      } else if (c == '\u0643') {
        change(i, PERSIAN_KAF, ChangeKind.ARABIC_KAF);
      } else if (c == '\u0640') {
        remove(i, ChangeKind.KASHIDA);
      } else if ((c >= '\u064B' && c <= '\u0652') || (c >= '\u0656' && c <= '\u065F')) {
        remove(i, ChangeKind.DIACRITIC);
      } else if (c == ZWNJ_CHAR) {
        cls[i] = ZWNJ;
      } else if (isLineBreak(c)) {
        cls[i] = LINE_BREAK;
      } else if (isSpace(c)) {
        cls[i] = SPACE;
      } else {
        char digit = convertDigit(c);
        if (digit != c) {
          change(i, digit, ChangeKind.DIGIT);
        }
      }
    }
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSpace(char c) {
    return c == '\t' || c == '\u000B' || c == '\u000C' || Character.isSpaceChar(c);
  }

  private char convertDigit(char c) {
    int value;
    if (c >= '0' && c <= '9') {
      value = c - '0';
    } else if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
      value = c - PERSIAN_ZERO;
    } else if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
      value = c - ARABIC_INDIC_ZERO;
    } else {
      return c;
    }
    switch (digitStyle) {
      case PERSIAN:
        return (char) (PERSIAN_ZERO + value);
      case LATIN:
        return (char) ('0' + value);
      default:
        return c;
    }
  }

  private void change(int index, char replacement, ChangeKind why) {
    out[index] = replacement;
    kind[index] = code(why);
  }

  private void remove(int index, ChangeKind why) {
    cls[index] = REMOVED;
    kind[index] = code(why);
  }

  private static byte code(ChangeKind why) {
    return (byte) (why.ordinal() + 1);
  }

  private void decideGaps() {
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (cls[i] == VISIBLE) {
        i++;
        continue;
      }
      int end = i;
      while (end < length && cls[end] != VISIBLE) {
        end++;
      }
      decideGap(i, end);
      i = end;
    }
  }

  /** Decides the gap {@code [start, end)}, which holds no visible character. */
  private void decideGap(int start, int end) {
    boolean atEdge = start == 0 || end == text.length();
    boolean hasLineBreak = false;
    int firstSeparator = -1;
    int firstZwnj = -1;
    for (int i = start; i < end; i++) {
      if (cls[i] == REMOVED) {
        continue;
      }
      if (firstSeparator < 0) {
        firstSeparator = i;
      }
      if (cls[i] == LINE_BREAK) {
        hasLineBreak = true;
      } else if (cls[i] == ZWNJ && firstZwnj < 0) {
        firstZwnj = i;
      }
    }
    if (firstSeparator < 0) {
      return;
    }
    // At most one separator, the carrier, survives a gap inside a line, possibly replaced; a gap
    // that holds line breaks keeps only them; a gap at either end of the text keeps nothing.
    int carrier = -1;
    char carried = ' ';
    boolean join = false;
    if (!atEdge && !hasLineBreak) {
      if (firstZwnj >= 0) {
        carrier = firstZwnj;
        carried = ZWNJ_CHAR;
      } else {
        join = joinsAffix(start, end);
        carrier = firstSeparator;
        carried = join ? ZWNJ_CHAR : ' ';
      }
    }
    boolean keepLineBreaks = hasLineBreak && !atEdge;
    byte why = code(firstZwnj >= 0 || join ? ChangeKind.ZWNJ : ChangeKind.WHITESPACE);
    for (int i = start; i < end; i++) {
      if (cls[i] == REMOVED) {
        continue;
      }
      if (i == carrier) {
        if (text.charAt(i) != carried) {
          out[i] = carried;
          kind[i] = why;
        }
      } else if (!(keepLineBreaks && cls[i] == LINE_BREAK)) {
        dropped[i] = true;
        kind[i] = why;
      }
    }
    markWholeSegments(start, end, why);
  }

  /**
   * Makes a change in a gap cover its whole run of separators, so that a report says a space, a
   * ZWNJ and a space became one ZWNJ rather than listing each removed space.
   */
  private void markWholeSegments(int start, int end, byte why) {
    int i = start;
    while (i < end) {
      if (cls[i] == REMOVED) {
        i++;
        continue;
      }
      int segmentEnd = i;
      boolean changed = false;
      while (segmentEnd < end && cls[segmentEnd] != REMOVED) {
        changed |= kind[segmentEnd] != 0;
        segmentEnd++;
      }
      if (changed) {
        for (int j = i; j < segmentEnd; j++) {
          kind[j] = why;
        }
      }
      i = segmentEnd;
    }
  }

  /**
   * Whether the spaces between two words stand where a ZWNJ belongs: after the verb prefix {@code
   * می} or {@code نمی}, or before a plural or comparative suffix.
   */
  private boolean joinsAffix(int gapStart, int gapEnd) {
    Word left = wordBefore(gapStart);
    Word right = wordAfter(gapEnd);
    if (left.text.isEmpty() || right.text.isEmpty()) {
      return false;
    }
    if (PREFIXES.contains(left.text)) {
      return left.clean && right.text.length() >= 2 && !NOT_VERB_STEMS.contains(right.text);
    }
    return SUFFIXES.contains(right.text) && right.clean && left.clean && left.text.length() >= 2;
  }

  private Word wordBefore(int gapStart) {
    StringBuilder word = new StringBuilder();
    int i = gapStart - 1;
    while (i >= 0 && (cls[i] == REMOVED || (cls[i] == VISIBLE && isWordChar(out[i])))) {
      if (cls[i] == VISIBLE) {
        word.append(out[i]);
      }
      i--;
    }
    return new Word(word.reverse().toString(), i < 0 || endsWordCleanly(i));
  }

  private Word wordAfter(int gapEnd) {
    StringBuilder word = new StringBuilder();
    int i = gapEnd;
    while (i < text.length() && (cls[i] == REMOVED || (cls[i] == VISIBLE && isWordChar(out[i])))) {
      if (cls[i] == VISIBLE) {
        word.append(out[i]);
      }
      i++;
    }
    return new Word(word.toString(), i == text.length() || endsWordCleanly(i));
  }

  /**
   * Whether the character that stopped a word leaves it a whole word: a separator or punctuation
   * does, a Latin letter or a digit glued to it does not.
   */
  private boolean endsWordCleanly(int index) {
    return cls[index] != VISIBLE || !Character.isLetterOrDigit(out[index]);
  }

  private static boolean isWordChar(char c) {
    return (Character.isLetter(c)
            && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private Normalization result() {
    StringBuilder normalized = new StringBuilder(text.length());
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    int i = 0;
    while (i < text.length()) {
      if (kind[i] == 0) {
        normalized.append(out[i]);
        i++;
        continue;
      }
      int start = i;
      StringBuilder replacement = new StringBuilder();
      while (i < text.length() && kind[i] == kind[start]) {
        if (cls[i] != REMOVED && !dropped[i]) {
          replacement.append(out[i]);
        }
        i++;
      }
      normalized.append(replacement);
      changes.add(
          Change.of(
              KINDS[kind[start] - 1], start, text.substring(start, i), replacement.toString()));
    }
    return Normalization.of(text, normalized.toString(), changes.build());
  }

  /** A word next to a gap, and whether it ends there rather than being part of a longer token. */
  private static final class Word {
    final String text;
    final boolean clean;

    Word(String text, boolean clean) {
      this.text = text;
      this.clean = clean;
    }
  }
}
