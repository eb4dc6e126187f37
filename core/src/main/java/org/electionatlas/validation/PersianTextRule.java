package org.electionatlas.validation;

import java.util.Optional;
import java.util.function.Function;
import org.electionatlas.model.Atlas;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.ChangeKind;
import org.electionatlas.text.PersianText;

/**
 * A check of every Persian text of the atlas for one kind of spelling that looks right but is not
 * the Persian a search or a comparison expects. Each finding shows the text as {@code atlas
 * normalize} would write it. The catalogue holds one instance per kind, described in {@link
 * #arabicLetters()}, {@link #arabicIndicDigits()} and {@link #missingZwnj()}.
 */
final class PersianTextRule extends CatalogueRule implements StationRule {

  private final Function<String, Optional<String>> problem;

  private PersianTextRule(
      String id,
      String summary,
      String rationale,
      String violating,
      String passing,
      Function<String, Optional<String>> problem) {
    super(id, Severity.WARNING, summary, rationale, violating, passing);
    this.problem = problem;
  }

  static PersianTextRule arabicLetters() {
    return new PersianTextRule(
        "persian-arabic-letter",
        "Persian text must use Persian yeh and kaf, not their Arabic look-alikes",
        "Arabic yeh (U+064A, U+0649) and kaf (U+0643) look like Persian yeh (U+06CC) and kaf"
            + " (U+06A9) but are other characters: a search for \"کرمان\" does not find \"كرمان\","
            + " and two lists of stations fail to join on the same name. Text copied from older"
            + " systems and Arabic keyboards brings them in; the source article itself writes"
            + " \"تير\" with an Arabic yeh.",
        """
        "name": {"fa": "كرمان", "en": "Kerman"}""",
        """
        "name": {"fa": "کرمان", "en": "Kerman"}""",
        text -> {
          StringBuilder found = new StringBuilder();
          if (text.indexOf('\u064A') >= 0) {
            found.append("Arabic yeh (U+064A)");
          }
          if (text.indexOf('\u0649') >= 0) {
            found.append(found.length() > 0 ? ", " : "").append("Arabic alef maksura (U+0649)");
          }
          if (text.indexOf('\u0643') >= 0) {
            found.append(found.length() > 0 ? ", " : "").append("Arabic kaf (U+0643)");
          }
          return found.length() == 0 ? Optional.empty() : Optional.of("uses " + found);
        });
  }

  static PersianTextRule arabicIndicDigits() {
    return new PersianTextRule(
        "persian-arabic-indic-digit",
        "Persian text must write digits as Persian digits, not Arabic-Indic ones",
        "Arabic-Indic digits (U+0660 to U+0669) differ from Persian digits (U+06F0 to U+06F9)"
            + " in four, five and six, and are other characters in all ten: station numbers and"
            + " addresses written with them do not match the same numbers typed on a Persian"
            + " keyboard.",
        """
        "name": {"fa": "دبستان ١٢", "en": "School 12"}""",
        """
        "name": {"fa": "دبستان ۱۲", "en": "School 12"}""",
        text ->
            org.electionatlas.text.Folding.hasArabicIndicDigit(text)
                ? Optional.of("uses Arabic-Indic digits")
                : Optional.empty());
  }

  static PersianTextRule missingZwnj() {
    return new PersianTextRule(
        "persian-zwnj-missing",
        "Persian text must join common prefixes and suffixes with a zero-width non-joiner, not a"
            + " space",
        "\"می شود\" and \"کتاب ها\" written with a space break the word in two: line breaks can"
            + " fall inside it, searches for the whole word miss it, and the same name is written"
            + " two ways in one atlas. Persian joins these affixes with a zero-width non-joiner"
            + " (U+200C).",
        """
        "title": {"fa": "کارگاه ها", "en": "Workshops"}""",
        """
        "title": {"fa": "کارگاه‌ها", "en": "Workshops"}""",
        text ->
            PersianText.normalize(text).changes().stream()
                    .anyMatch(change -> change.kind() == ChangeKind.ZWNJ)
                ? Optional.of("has a space where a zero-width non-joiner belongs")
                : Optional.empty());
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasText.Visitor visitor =
        (pointer, subjectId, text) -> check(pointer, subjectId, text, findings);
    AtlasText.forEach(frame, visitor);
    return (i, station) -> AtlasText.forEach(station, i, visitor);
  }

  private void check(String pointer, String subjectId, String text, Findings findings) {
    problem
        .apply(text)
        .ifPresent(
            what ->
                findings.report(
                    pointer,
                    subjectId,
                    "the Persian text \""
                        + text
                        + "\" of \""
                        + subjectId
                        + "\" "
                        + what
                        + "; atlas normalize writes \""
                        + PersianText.normalize(text).text()
                        + "\""));
  }
}
