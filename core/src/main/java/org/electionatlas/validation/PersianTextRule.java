package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.ChangeKind;
import org.electionatlas.text.PersianText;
import org.electionatlas.text.TextTraits;

/**
 * A check of every Persian text of the atlas for one kind of spelling that looks right but is not
 * the Persian a search or a comparison expects. Each finding shows the text as {@code atlas
 * normalize} would write it. One rule, three instances, each a row of metadata, a message and a
 * test of the text: {@link #arabicLetters()}, {@link #arabicIndicDigits()} and {@link
 * #missingZwnj()}. The frame's texts are checked at the start, each station's as it passes.
 */
final class PersianTextRule implements Rule {

  private static final MessageTemplate ARABIC_LETTER =
      MessageTemplate.of(
          "persian-arabic-letter",
          "the Persian text {text} of {subject} uses {letters}; atlas normalize writes {fixed}",
          "متن فارسی {text} در {subject} {letters} دارد؛ atlas normalize آن را {fixed} می‌نویسد");

  private static final MessageTemplate ARABIC_INDIC_DIGIT =
      MessageTemplate.of(
          "persian-arabic-indic-digit",
          "the Persian text {text} of {subject} uses Arabic-Indic digits; atlas normalize writes"
              + " {fixed}",
          "متن فارسی {text} در {subject} رقم‌های عربی دارد، نه فارسی؛ atlas normalize آن را"
              + " {fixed} می‌نویسد");

  private static final MessageTemplate ZWNJ_MISSING =
      MessageTemplate.of(
          "persian-zwnj-missing",
          "the Persian text {text} of {subject} has a space where a zero-width non-joiner belongs;"
              + " atlas normalize writes {fixed}",
          "متن فارسی {text} در {subject} جایی که نیم‌فاصله باید باشد فاصله دارد؛ atlas normalize"
              + " آن را {fixed} می‌نویسد");

  /** The Arabic look-alikes, each with how a message names it. */
  private static final List<LookAlike> LOOK_ALIKES =
      List.of(
          new LookAlike('\u064A', Phrase.of("Arabic yeh (U+064A)", "یای عربی «\u064A»")),
          new LookAlike(
              '\u0649', Phrase.of("Arabic alef maksura (U+0649)", "الف مقصورهٔ عربی «\u0649»")),
          new LookAlike('\u0643', Phrase.of("Arabic kaf (U+0643)", "کاف عربی «\u0643»")));

  private record LookAlike(char letter, Phrase name) {}

  private final RuleInfo info;
  private final Function<String, Optional<Message>> problem;

  /**
   * Whether a station's text needs {@link #problem} asked: false only when the answer is certainly
   * none, from the one walk the session makes of each station text.
   */
  private final Predicate<TextTraits> worthALook;

  /** Whether the problem costs enough (a normalization run) to remember it for recent texts. */
  private final boolean remembered;

  private PersianTextRule(
      RuleInfo info,
      Function<String, Optional<Message>> problem,
      Predicate<TextTraits> worthALook,
      boolean remembered) {
    this.info = info;
    this.problem = problem;
    this.worthALook = worthALook;
    this.remembered = remembered;
  }

  /**
   * The problem of the texts seen last, by the text's hash: names of stations and settlements
   * repeat across an atlas (the schools named after the same people, every station of a village),
   * and the problem is a function of the text alone, so a text seen again is not normalized again.
   * A fixed number of slots, replaced as others come: memory does not grow with the atlas.
   */
  private static final class Recent implements Function<String, Optional<Message>> {
    private static final int SLOTS = 1 << 10;
    private final Function<String, Optional<Message>> problem;
    private final String[] texts = new String[SLOTS];
    private final List<Optional<Message>> problems =
        new ArrayList<>(Collections.nCopies(SLOTS, Optional.empty()));

    Recent(Function<String, Optional<Message>> problem) {
      this.problem = problem;
    }

    @Override
    public Optional<Message> apply(String text) {
      int slot = text.hashCode() & (SLOTS - 1);
      if (text.equals(texts[slot])) {
        return problems.get(slot);
      }
      Optional<Message> found = problem.apply(text);
      texts[slot] = text;
      problems.set(slot, found);
      return found;
    }
  }

  private static RuleInfo.Builder info(String id, Phrase summary, Phrase rationale) {
    return RuleInfo.builder()
        .id(id)
        .defaultSeverity(Severity.WARNING)
        .summary(summary)
        .rationale(rationale)
        .addTags("text");
  }

  static PersianTextRule arabicLetters() {
    return new PersianTextRule(
        info(
                "persian-arabic-letter",
                Phrase.of(
                    "Persian text must use Persian yeh and kaf, not their Arabic look-alikes",
                    "متن فارسی باید «ی» و «ک» فارسی داشته باشد، نه همتاهای عربیِ هم‌شکل آن‌ها"),
                Phrase.of(
                    "Arabic yeh (U+064A, U+0649) and kaf (U+0643) look like Persian yeh (U+06CC)"
                        + " and kaf (U+06A9) but are other characters: a search for \"کرمان\" does"
                        + " not find \"كرمان\", and two lists of stations fail to join on the same"
                        + " name. Text copied from older systems and Arabic keyboards brings them"
                        + " in; the source article itself writes \"تير\" with an Arabic yeh.",
                    "«ي» و «ى» و «ك» عربی شبیه «ی» و «ک» فارسی‌اند ولی نویسه‌های دیگری‌اند: جست‌وجوی"
                        + " «کرمان»، «كرمان» را پیدا نمی‌کند، و دو فهرست شعبه با یک نام به هم"
                        + " پیوند نمی‌خورند. متنی که از سامانه‌های قدیمی یا صفحه‌کلید عربی"
                        + " رونویسی شود آن‌ها را می‌آورد؛ خود گزارش منبع «تير» را با یای عربی"
                        + " نوشته است."))
            .violatingExample(
                """
                "provinces": [{"id": "kerman", "code": "IR-08",
                  "name": {"fa": "كرمان", "en": "Kerman"}}]""")
            .passingExample(
                """
                "provinces": [{"id": "kerman", "code": "IR-08",
                  "name": {"fa": "کرمان", "en": "Kerman"}}]""")
            .build(),
        text -> {
          List<Argument> found = new ArrayList<>();
          for (LookAlike lookAlike : LOOK_ALIKES) {
            if (text.indexOf(lookAlike.letter()) >= 0) {
              found.add(Argument.phrase(lookAlike.name()));
            }
          }
          return found.isEmpty()
              ? Optional.empty()
              : Optional.of(ARABIC_LETTER.with("letters", Argument.all(found)));
        },
        TextTraits::usesArabicLetters,
        false);
  }

  static PersianTextRule arabicIndicDigits() {
    return new PersianTextRule(
        info(
                "persian-arabic-indic-digit",
                Phrase.of(
                    "Persian text must write digits as Persian digits, not Arabic-Indic ones",
                    "متن فارسی باید رقم‌ها را با رقم فارسی بنویسد، نه با رقم عربی"),
                Phrase.of(
                    "Arabic-Indic digits (U+0660 to U+0669) differ from Persian digits (U+06F0 to"
                        + " U+06F9) in four, five and six, and are other characters in all ten:"
                        + " station numbers and addresses written with them do not match the same"
                        + " numbers typed on a Persian keyboard.",
                    "رقم‌های عربی در چهار و پنج و شش با رقم‌های فارسی فرق دارند و در هر ده رقم"
                        + " نویسه‌های دیگری‌اند: شمارهٔ شعبه و نشانی‌ای که با آن‌ها نوشته شود با"
                        + " همان عددها که با صفحه‌کلید فارسی تایپ شوند جور نمی‌شود."))
            .violatingExample(
                """
                "pollingStations": [{"id": "ravar-0001", "county": "ravar", "number": 1,
                  "name": {"fa": "دبستان ١٢", "en": "School 12"}}]""")
            .passingExample(
                """
                "pollingStations": [{"id": "ravar-0001", "county": "ravar", "number": 1,
                  "name": {"fa": "دبستان ۱۲", "en": "School 12"}}]""")
            .build(),
        text ->
            org.electionatlas.text.Folding.hasArabicIndicDigit(text)
                ? Optional.of(ARABIC_INDIC_DIGIT.message())
                : Optional.empty(),
        TextTraits::usesArabicIndicDigits,
        false);
  }

  static PersianTextRule missingZwnj() {
    return new PersianTextRule(
        info(
                "persian-zwnj-missing",
                Phrase.of(
                    "Persian text must join common prefixes and suffixes with a zero-width"
                        + " non-joiner, not a space",
                    "متن فارسی باید پیشوندها و پسوندهای رایج را با نیم‌فاصله بچسباند، نه با"
                        + " فاصله"),
                Phrase.of(
                    "\"می شود\" and \"کتاب ها\" written with a space break the word in two: line"
                        + " breaks can fall inside it, searches for the whole word miss it, and the"
                        + " same name is written two ways in one atlas. Persian joins these affixes"
                        + " with a zero-width non-joiner (U+200C).",
                    "«می شود» و «کتاب ها» که با فاصله نوشته شوند واژه را دو پاره می‌کنند: شکست"
                        + " سطر ممکن است میان آن بیفتد، جست‌وجوی واژهٔ کامل آن را نمی‌یابد، و یک"
                        + " نام در یک اطلس به دو شکل نوشته می‌شود. فارسی این وندها را با"
                        + " نیم‌فاصله می‌چسباند."))
            .violatingExample(
                """
                "events": [{"id": "workshops", "kind": "WORKSHOP",
                  "title": {"fa": "کارگاه ها", "en": "Workshops"}}]""")
            .passingExample(
                """
                "events": [{"id": "workshops", "kind": "WORKSHOP",
                  "title": {"fa": "کارگاه‌ها", "en": "Workshops"}}]""")
            .build(),
        text ->
            PersianText.changes(text, ChangeKind.ZWNJ)
                ? Optional.of(ZWNJ_MISSING.message())
                : Optional.empty(),
        TextTraits::mayMissZwnj,
        true);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    Function<String, Optional<Message>> problem =
        remembered ? new Recent(this.problem) : this.problem;
    AtlasText.forEach(
        frame,
        (pointer, subjectId, text) ->
            problem
                .apply(text)
                .ifPresent(message -> report(context, pointer, subjectId, text, message)));
    return new EveryText(problem, worthALook, context);
  }

  /**
   * The check of each station's Persian texts, from the texts the session walked once for all the
   * text rules: a text's pointer is made only when the text is reported, and most texts are fine.
   */
  private static final class EveryText implements RuleCheck {
    private final Function<String, Optional<Message>> problem;
    private final Predicate<TextTraits> worthALook;
    private final RuleContext context;
    private final StationTextWalk texts;

    EveryText(
        Function<String, Optional<Message>> problem,
        Predicate<TextTraits> worthALook,
        RuleContext context) {
      this.problem = problem;
      this.worthALook = worthALook;
      this.context = context;
      this.texts = context.stationTexts();
    }

    @Override
    public void station(int i, PollingStation station) {
      for (int k = 0; k < texts.count(); k++) {
        if (texts.persian(k) && worthALook.test(texts.traits(k))) {
          String text = texts.text(k);
          Optional<Message> message = problem.apply(text);
          if (message.isPresent()) {
            report(
                context,
                POLLING_STATION.pointer(i) + texts.member(k),
                station.id(),
                text,
                message.get());
          }
        }
      }
    }
  }

  private static void report(
      RuleContext context, String pointer, String subjectId, String text, Message message) {
    context.report(
        pointer,
        subjectId,
        message
            .with("text", Argument.id(text))
            .with("subject", Argument.id(subjectId))
            .with("fixed", Argument.id(PersianText.normalize(text).text())));
  }

  @Override
  public String toString() {
    return info.id();
  }
}
