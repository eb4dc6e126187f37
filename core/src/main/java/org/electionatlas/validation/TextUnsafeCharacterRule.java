package org.electionatlas.validation;

import org.electionatlas.model.Atlas;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.TextSafety;

/**
 * Every text of the atlas, in every language, must display as what it holds: no bidirectional
 * controls, invisible or control characters, noncharacters or lone surrogates, and not a text that
 * shows nothing. The findings name each character by its code point, never print it, and say how to
 * fix it; {@link TextSafety} decides what is unsafe.
 */
final class TextUnsafeCharacterRule extends CatalogueRule implements StationRule {

  TextUnsafeCharacterRule() {
    super(
        "text-unsafe-character",
        Severity.WARNING,
        "Names and addresses must not hold bidirectional controls, invisible or control"
            + " characters, or show nothing",
        "A right-to-left override (U+202E) or an isolate (U+2066 to U+2069) reorders what a screen"
            + " shows, so that a station list reads differently from what it holds; a zero width"
            + " space, a byte order mark or a control character makes two names that look the same"
            + " compare unequal; and a name made only of invisible characters (\\u200b) passes every"
            + " check for a required name while showing nothing. The zero width non-joiner of"
            + " Persian spelling (کتاب‌ها) is not flagged where it stands between two letters.",
        """
        "name": {"fa": "دبستان\\u202Eشاهد", "en": "Shahed School"}""",
        """
        "name": {"fa": "دبستان شاهد", "en": "Shahed School"}""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasText.Visitor visitor =
        (pointer, subjectId, text) -> check(pointer, subjectId, text, findings);
    AtlasText.forEachText(frame, visitor);
    return (i, station) -> AtlasText.forEachText(station, i, visitor);
  }

  private static void check(String pointer, String subjectId, String text, Findings findings) {
    for (TextSafety.Finding finding : TextSafety.check(text)) {
      findings.report(
          pointer,
          subjectId,
          "the text of \"" + subjectId + "\" " + finding.describe() + "; " + finding.fix());
    }
  }
}
