package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.TextSafety;
import org.electionatlas.text.UnsafeKind;

/**
 * Every text of the atlas, in every language, must display as what it holds: no bidirectional
 * controls, invisible or control characters, noncharacters or lone surrogates, and not a text that
 * shows nothing. The findings name each character by its code point, never print it, and say how to
 * fix it; {@link TextSafety} decides what is unsafe.
 */
final class TextUnsafeCharacterRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("text-unsafe-character")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "Names and addresses must not hold bidirectional controls, invisible or control"
                      + " characters, or show nothing",
                  "نام‌ها و نشانی‌ها نباید نویسهٔ کنترل جهت، نویسهٔ نامرئی یا کنترلی داشته باشند یا"
                      + " هیچ چیز نشان ندهند"))
          .rationale(
              Phrase.of(
                  "A right-to-left override (U+202E) or an isolate (U+2066 to U+2069) reorders what"
                      + " a screen shows, so that a station list reads differently from what it"
                      + " holds; a zero width space, a byte order mark or a control character makes"
                      + " two names that look the same compare unequal; and a name made only of"
                      + " invisible characters (\\u200b) passes every check for a required name"
                      + " while showing nothing. The zero width non-joiner of Persian spelling"
                      + " (کتاب‌ها) is not flagged where it stands between two letters.",
                  "نویسهٔ وارونه‌ساز راست‌به‌چپ (U+202E) یا جداسازهای جهت (U+2066 تا U+2069) ترتیب"
                      + " آنچه صفحه نشان می‌دهد را عوض می‌کنند، چنان‌که فهرست شعبه‌ها چیزی جز آنچه در"
                      + " خود دارد نشان می‌دهد؛ فاصلهٔ بی‌عرض، نشانهٔ ترتیب بایت یا نویسهٔ کنترلی دو نام"
                      + " همانند را نابرابر می‌کند؛ و نامی که تنها از نویسه‌های نامرئی ساخته شده از"
                      + " هر بررسیِ نام اجباری می‌گذرد و هیچ چیز نشان نمی‌دهد. نیم‌فاصلهٔ املای فارسی"
                      + " (کتاب‌ها) آنجا که میان دو حرف است گزارش نمی‌شود."))
          .violatingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08",
                "name": {"fa": "کرمان\\u202E", "en": "Kerman"}}]""")
          .passingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08",
                "name": {"fa": "کرمان", "en": "Kerman"}}]""")
          .addTags("text")
          .build();

  private static final MessageTemplate UNSAFE =
      MessageTemplate.of(
          "text-unsafe-character",
          "the text of {subject} holds {character} ({kind}) at character {position}; remove"
              + " {code}",
          "متن {subject} در نویسهٔ {position} {character} دارد ({kind})؛ {code} را بردارید");

  private static final MessageTemplate EMPTY =
      MessageTemplate.of(
          "text-unsafe-character.empty",
          "the text of {subject} shows nothing: it is empty; write a name that can be read",
          "متن {subject} هیچ چیز نشان نمی‌دهد: خالی است؛ نامی بنویسید که بتوان خواند");

  private static final MessageTemplate INVISIBLE_ONLY =
      MessageTemplate.of(
          "text-unsafe-character.nothing",
          "the text of {subject} shows nothing: it holds only {held}, spaces or invisible"
              + " characters; write a name that can be read",
          "متن {subject} هیچ چیز نشان نمی‌دهد: تنها {held}، فاصله یا نویسه‌های نامرئی دارد؛ نامی"
              + " بنویسید که بتوان خواند");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasText.Visitor visitor =
        (pointer, subjectId, text) -> {
          for (TextSafety.Finding finding : TextSafety.check(text)) {
            context.report(pointer, subjectId, message(subjectId, finding));
          }
        };
    AtlasText.forEachText(frame, visitor);
    return new EveryText(context);
  }

  /**
   * The check of each station's texts, from the texts the session walked once for all the text
   * rules: only a text that may be unsafe is looked at closely, and its pointer is made only when
   * it is reported.
   */
  private static final class EveryText implements RuleCheck {
    private final RuleContext context;
    private final StationTextWalk texts;

    EveryText(RuleContext context) {
      this.context = context;
      this.texts = context.stationTexts();
    }

    @Override
    public void station(int i, PollingStation station) {
      for (int k = 0; k < texts.count(); k++) {
        if (texts.traits(k).mayBeUnsafe()) {
          List<TextSafety.Finding> findings = TextSafety.check(texts.text(k));
          for (int f = 0; f < findings.size(); f++) {
            context.report(
                POLLING_STATION.pointer(i) + texts.member(k),
                station.id(),
                message(station.id(), findings.get(f)));
          }
        }
      }
    }
  }

  private static Message message(String subjectId, TextSafety.Finding finding) {
    Argument subject = Argument.id(subjectId);
    if (finding.kind() == UnsafeKind.DISPLAYS_AS_NOTHING) {
      return finding.held().isEmpty()
          ? EMPTY.with("subject", subject)
          : INVISIBLE_ONLY.with("subject", subject).with("held", Argument.text(finding.held()));
    }
    String code = String.format(java.util.Locale.ROOT, "U+%04X", finding.codePoint());
    String name = Character.getName(finding.codePoint());
    return UNSAFE
        .with("subject", subject)
        .with("character", Argument.text(name == null ? code : code + " " + name))
        .with("kind", Argument.phrase(kind(finding)))
        .with("position", Argument.number(finding.offset()))
        .with("code", Argument.text(code));
  }

  private static Phrase kind(TextSafety.Finding finding) {
    return switch (finding.kind()) {
      case BIDI_CONTROL ->
          Phrase.of(
              "a bidirectional control, which reorders what is shown",
              "نویسهٔ کنترل جهت، که ترتیب نمایش را به هم می‌زند");
      case INVISIBLE ->
          finding.codePoint() == 0x200C || finding.codePoint() == 0x200D
              ? Phrase.of(
                  "a joiner that stands between no two letters",
                  "نیم‌فاصله یا اتصال‌دهنده‌ای که میان دو حرف نیست")
              : Phrase.of("an invisible character", "نویسهٔ نامرئی");
      case CONTROL -> Phrase.of("a control character", "نویسهٔ کنترلی");
      case NONCHARACTER -> Phrase.of("a noncharacter", "نانویسه");
      default -> Phrase.of("half of a surrogate pair", "نیمی از یک جفت جانشین");
    };
  }
}
