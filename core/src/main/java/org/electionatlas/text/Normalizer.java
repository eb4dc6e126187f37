package org.electionatlas.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;

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
  // The output of a position that became more than one character (a ligature), else null.
  private String @Nullable [] expansions;
  private boolean @Nullable [] latinTokens;

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

  static boolean changes(String text, NormalizationOptions options, ChangeKind why) {
    if (why == ChangeKind.ZWNJ && !TextTraits.of(text).mayMissZwnj()) {
      return false;
    }
    if ((why == ChangeKind.ZWNJ || why == ChangeKind.WHITESPACE) && !hasSeparator(text)) {
      // Only a gap between visible characters changes its spaces and joiners, and there is none.
      return false;
    }
    Normalizer run = new Normalizer(text, options);
    run.mapCharacters();
    run.decideGaps();
    byte wanted = code(why);
    for (byte k : run.kind) {
      if (k == wanted) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this is a character of a plain text ({@link TextTraits#mayMissZwnj()}): printable ASCII
   * or a space, or a letter, digit or punctuation of the Arabic block that no folding, removal or
   * composition of the first pass touches.
   */
  static boolean plainCharacter(char c) {
    return c >= 0x0600 && c <= 0x06FF ? PLAIN_ARABIC_BLOCK[c - 0x0600] : c >= ' ' && c <= '~';
  }

  /**
   * Whether the space at {@code i} follows the prefix {@code می} or precedes a suffix that starts
   * {@code ها} or {@code تر}: a gap {@link #joinsAffix} may join.
   */
  static boolean affixAtSpace(String text, int i) {
    if (i >= 2 && text.charAt(i - 2) == '\u0645' && text.charAt(i - 1) == '\u06CC') {
      return true;
    }
    if (i + 2 < text.length()) {
      char first = text.charAt(i + 1);
      char second = text.charAt(i + 2);
      return (first == '\u0647' && second == '\u0627') || (first == '\u062A' && second == '\u0631');
    }
    return false;
  }

  /**
   * Whether the ZWNJ at {@code i} stands between two plain visible characters: inside a word, where
   * normalizing keeps it as it is.
   */
  static boolean plainJoinerAt(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && plainVisible(text.charAt(i - 1))
        && plainVisible(text.charAt(i + 1));
  }

  private static boolean plainVisible(char c) {
    return c != ' ' && plainCharacter(c);
  }

  /**
   * {@link #plainCharacter} for U+0600 to U+06FF, decided once by asking the first pass's own
   * tests.
   */
  private static final boolean[] PLAIN_ARABIC_BLOCK = plainArabicBlock();

  private static boolean[] plainArabicBlock() {
    boolean[] table = new boolean[0x100];
    for (int i = 0; i < table.length; i++) {
      char c = (char) (0x0600 + i);
      int type = Character.getType(c);
      table[i] =
          Character.isDefined(c)
              && Folding.arabicLetter(c) == c
              && Folding.letterVariant(c) == c
              && c != '\u0640'
              && !isRemovedDiacritic(c)
              && !Folding.isPresentationForm(c)
              && !isLineBreak(c)
              && !isSpace(c)
              && type != Character.NON_SPACING_MARK
              && type != Character.COMBINING_SPACING_MARK
              && type != Character.ENCLOSING_MARK
              && type != Character.FORMAT
              && type != Character.CONTROL
              && java.text.Normalizer.isNormalized(
                  String.valueOf(c), java.text.Normalizer.Form.NFC);
    }
    return table;
  }

  /** Whether the text holds a character that the first pass makes part of a gap. */
  private static boolean hasSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ZWNJ_CHAR || isLineBreak(c) || isSpace(c)) {
        return true;
      }
    }
    return false;
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
    boolean mayCompose = mayCompose(text);
    int i = 0;
    while (i < text.length()) {
      int end = mayCompose ? clusterEnd(i) : i + 1;
      if (end > i + 1 && composeCluster(i, end)) {
        i = end;
        continue;
      }
      mapCharacter(i);
      i++;
    }
  }

  /**
   * Whether a cluster of the text may compose: the text is not NFC, or it holds a kashida or a
   * presentation form, whose removal or expansion can bring a mark next to the letter it composes
   * with (alef, kashida, madda; the lam-alef ligature and a hamza).
   */
  private static boolean mayCompose(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0640' || Folding.isPresentationForm(c)) {
        return true;
      }
    }
    return !java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC);
  }

  private void mapCharacter(int i) {
    char c = text.charAt(i);
    out[i] = c;
    char letter = Folding.arabicLetter(c);
    if (letter != c) {
      change(i, letter, letter == PERSIAN_YEH ? ChangeKind.ARABIC_YEH : ChangeKind.ARABIC_KAF);
    } else if (Folding.letterVariant(c) != c) {
      change(i, Folding.letterVariant(c), ChangeKind.LETTER_VARIANT);
    } else if (c == '\u0640') {
      remove(i, ChangeKind.KASHIDA);
    } else if (isRemovedDiacritic(c)) {
      remove(i, ChangeKind.DIACRITIC);
    } else if (Folding.isPresentationForm(c)) {
      mapPresentationForm(i, c);
    } else if (c == ZWNJ_CHAR) {
      cls[i] = ZWNJ;
    } else if (isLineBreak(c)) {
      cls[i] = LINE_BREAK;
    } else if (isSpace(c)) {
      cls[i] = SPACE;
    } else {
      char digit = convertDigit(i, c);
      if (digit != c) {
        change(i, digit, ChangeKind.DIGIT);
      }
    }
  }

  private static boolean isRemovedDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u0652') || (c >= '\u0656' && c <= '\u065F');
  }

  private void mapPresentationForm(int i, char c) {
    String shown = letters(Folding.presentationForm(c));
    if (shown.equals(String.valueOf(c))) {
      return;
    }
    if (shown.isEmpty()) {
      remove(i, ChangeKind.PRESENTATION_FORM);
    } else {
      expand(i, shown, ChangeKind.PRESENTATION_FORM);
    }
  }

  /**
   * The end of the cluster that starts at {@code start}: the character (a whole surrogate pair) and
   * the combining marks and kashidas after it.
   */
  private int clusterEnd(int start) {
    int end = start + Character.charCount(text.codePointAt(start));
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (next != '\u0640' && !isMark(next) && !isMarkForm(next)) {
        break;
      }
      end += Character.charCount(next);
    }
    return end;
  }

  /** Whether a presentation form shows only marks or kashidas, such as isolated fathatan. */
  private static boolean isMarkForm(int codePoint) {
    if (codePoint > Character.MAX_VALUE || !Folding.isPresentationForm((char) codePoint)) {
      return false;
    }
    String shown = Folding.presentationForm((char) codePoint);
    return !shown.equals(String.valueOf((char) codePoint))
        && shown.codePoints().allMatch(c -> c == '\u0640' || isMark(c));
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Replaces the cluster {@code [start, end)} by its NFC form, when that differs from the cluster
   * without its kashidas; the whole cluster becomes one change. A separator at its start stays, as
   * NFC composes no mark with a space.
   */
  private boolean composeCluster(int start, int end) {
    // Mapped one by one, the cluster would give its characters without kashidas and with its
    // presentation forms as letters; when that is already NFC, mapping one by one is enough.
    String bare = expandPresentationForms(text.substring(start, end)).replace("\u0640", "");
    String composed = Folding.compose(bare);
    if (composed.equals(bare)) {
      return false;
    }
    char first = text.charAt(start);
    boolean separatorBase = first == ZWNJ_CHAR || isLineBreak(first) || isSpace(first);
    int target = start;
    if (separatorBase) {
      mapCharacter(start);
      target = start + 1;
      composed = composed.substring(1);
    }
    String shown = digits(target, letters(composed));
    for (int j = target; j < end; j++) {
      out[j] = text.charAt(j);
      remove(j, ChangeKind.COMPOSED);
    }
    if (!shown.isEmpty()) {
      cls[target] = VISIBLE;
      expand(target, shown, ChangeKind.COMPOSED);
    }
    return true;
  }

  /**
   * The letters of a replacement, mapped as single characters are: Persian letters, no kashida or
   * stray diacritics, presentation forms as letters, so that normalizing the result again finds
   * nothing to do.
   */
  private static String letters(String text) {
    StringBuilder letters = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Folding.isPresentationForm(c)) {
        String shown = Folding.presentationForm(c);
        if (!shown.equals(String.valueOf(c))) {
          letters.append(letters(shown));
          continue;
        }
      }
      c = Folding.letterVariant(Folding.arabicLetter(c));
      if (c != '\u0640' && !isRemovedDiacritic(c)) {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  private static String expandPresentationForms(String text) {
    StringBuilder expanded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      expanded.append(Folding.isPresentationForm(c) ? Folding.presentationForm(c) : c);
    }
    return expanded.toString();
  }

  /** The digits of a replacement at {@code index} in the digit style, as single digits are. */
  private String digits(int index, String text) {
    StringBuilder converted = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      converted.append(convertDigit(index, text.charAt(i)));
    }
    return converted.toString();
  }

  private void expand(int index, String replacement, ChangeKind why) {
    out[index] = replacement.charAt(0);
    if (replacement.length() > 1) {
      if (expansions == null) {
        expansions = new String[text.length()];
      }
      expansions[index] = replacement;
    }
    kind[index] = code(why);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSpace(char c) {
    return c == '\t' || c == '\u000B' || c == '\u000C' || Character.isSpaceChar(c);
  }

  private char convertDigit(int index, char c) {
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
        // A URL, an e-mail address or an id in Persian text is Latin: its digits stay Latin.
        return inLatinToken(index) ? c : (char) (PERSIAN_ZERO + value);
      case LATIN:
        return (char) ('0' + value);
      default:
        return c;
    }
  }

  /**
   * Whether the character at {@code index} belongs to a token, a run between separators, that holds
   * a Latin letter; computed once, on the first digit asked about.
   */
  private boolean inLatinToken(int index) {
    if (latinTokens == null) {
      latinTokens = latinTokens(text);
    }
    return latinTokens[index];
  }

  private static boolean[] latinTokens(String text) {
    boolean[] latin = new boolean[text.length()];
    int tokenStart = 0;
    boolean hasLatin = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == ZWNJ_CHAR || isLineBreak(c) || isSpace(c)) {
        if (hasLatin) {
          java.util.Arrays.fill(latin, tokenStart, i, true);
        }
        tokenStart = i + 1;
        hasLatin = false;
      } else if (Character.isLetter(c)
          && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        hasLatin = true;
      }
    }
    return latin;
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
    int firstSpace = -1;
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
      } else if (cls[i] == SPACE && firstSpace < 0) {
        firstSpace = i;
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
      if (firstZwnj >= 0 && firstSpace < 0) {
        carrier = firstZwnj;
        carried = ZWNJ_CHAR;
      } else if (firstZwnj >= 0) {
        // A real space next to a ZWNJ separates two words, unless an affix stands there: a stray
        // ZWNJ must not glue "سلام" and "دنیا" into one word.
        join = joinsAffix(start, end);
        carrier = join ? firstZwnj : firstSpace;
        carried = join ? ZWNJ_CHAR : ' ';
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
      return left.clean
          && right.text.length() >= 2
          && !NOT_VERB_STEMS.contains(right.text)
          && !isMonthMay(left);
    }
    // "ها ها ها" is laughter, not a plural of "ها".
    return SUFFIXES.contains(right.text)
        && right.clean
        && left.clean
        && left.text.length() >= 2
        && !SUFFIXES.contains(left.text);
  }

  /**
   * Whether a word {@code می} is the month May, not the verb prefix: after {@code ماه} ("month") or
   * after a number, as in {@code ماه می سال جاری} and {@code ۱۵ می ۲۰۲۳}.
   */
  private boolean isMonthMay(Word word) {
    if (!word.text.equals("می")) {
      return false;
    }
    int i = word.start - 1;
    while (i >= 0 && cls[i] != VISIBLE) {
      i--;
    }
    if (i < 0 || i == word.start - 1) {
      return false;
    }
    if (Character.isDigit(out[i])) {
      return true;
    }
    return wordBefore(i + 1).text.equals("ماه");
  }

  private Word wordBefore(int gapStart) {
    StringBuilder word = new StringBuilder();
    int i = gapStart - 1;
    while (i >= 0 && (cls[i] == REMOVED || (cls[i] == VISIBLE && isWordChar(out[i])))) {
      if (cls[i] == VISIBLE) {
        String expansion = expansions == null ? null : expansions[i];
        word.append(expansion == null ? String.valueOf(out[i]) : reversed(expansion));
      }
      i--;
    }
    return new Word(word.reverse().toString(), i + 1, i < 0 || endsWordCleanly(i));
  }

  private Word wordAfter(int gapEnd) {
    StringBuilder word = new StringBuilder();
    int i = gapEnd;
    while (i < text.length() && (cls[i] == REMOVED || (cls[i] == VISIBLE && isWordChar(out[i])))) {
      if (cls[i] == VISIBLE) {
        appendOutput(word, i);
      }
      i++;
    }
    return new Word(word.toString(), gapEnd, i == text.length() || endsWordCleanly(i));
  }

  /**
   * Whether the character that stopped a word leaves it a whole word: a separator or punctuation
   * does, a Latin letter or a digit glued to it does not.
   */
  private boolean endsWordCleanly(int index) {
    return cls[index] != VISIBLE || !Character.isLetterOrDigit(out[index]);
  }

  /** {@link #isWordChar} for U+0600 to U+06FF, where Persian text is, without a script lookup. */
  private static final boolean[] ARABIC_BLOCK_WORD_CHARS = arabicBlockWordChars();

  private static boolean[] arabicBlockWordChars() {
    boolean[] table = new boolean[0x100];
    for (int i = 0; i < table.length; i++) {
      table[i] = isWordCharLookedUp((char) (0x0600 + i));
    }
    return table;
  }

  private static boolean isWordChar(char c) {
    return c >= 0x0600 && c <= 0x06FF ? ARABIC_BLOCK_WORD_CHARS[c - 0x0600] : isWordCharLookedUp(c);
  }

  private static boolean isWordCharLookedUp(char c) {
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
          appendOutput(replacement, i);
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

  private static String reversed(String text) {
    return new StringBuilder(text).reverse().toString();
  }

  private void appendOutput(StringBuilder target, int index) {
    String expansion = expansions == null ? null : expansions[index];
    if (expansion != null) {
      target.append(expansion);
    } else {
      target.append(out[index]);
    }
  }

  /** A word next to a gap, and whether it ends there rather than being part of a longer token. */
  private static final class Word {
    final String text;
    // Where the word starts in the text, removed characters before it included.
    final int start;
    final boolean clean;

    Word(String text, int start, boolean clean) {
      this.text = text;
      this.start = start;
      this.clean = clean;
    }
  }
}
