package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.BODY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Body;
import org.electionatlas.model.BodyLevel;
import org.electionatlas.model.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * A body's jurisdiction fits its level: a province for a provincial body, a county for a county
 * body, none for a national one. A jurisdiction that names nothing is left to {@code
 * body-jurisdiction-unknown}; an id that names both a province and a county (Kerman is both) fits
 * either level.
 */
final class BodyJurisdictionLevelMismatchRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("body-jurisdiction-level-mismatch")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A body's jurisdiction should match its level: a province, a county, or none for"
                      + " a national body",
                  "حوزهٔ کار هر نهاد باید با سطح آن بخواند: یک استان، یک شهرستان، یا هیچ برای"
                      + " نهاد ملی"))
          .rationale(
              Phrase.of(
                  "The level says which stations a body answers for: a provincial headquarters for"
                      + " the whole province, a county's for its county. A provincial body whose"
                      + " jurisdiction is a county (or the reverse) is given the wrong stations in"
                      + " every report by body, and a provincial or county body without a"
                      + " jurisdiction answers for none.",
                  "سطح نهاد می‌گوید پاسخ‌گوی کدام شعبه‌هاست: ستاد استان برای همهٔ استان، ستاد"
                      + " شهرستان برای همان شهرستان. نهاد استانی‌ای که حوزهٔ کارش یک شهرستان باشد"
                      + " (یا برعکس) در هر گزارشی که بر پایهٔ نهادها باشد شعبه‌های نادرست می‌گیرد،"
                      + " و نهاد استانی یا شهرستانیِ بی‌حوزه پاسخ‌گوی هیچ شعبه‌ای نیست."))
          .violatingExample(
              """
              "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS", "level": "PROVINCE",
                "jurisdiction": "ravar"}]""")
          .passingExample(
              """
              "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS", "level": "PROVINCE",
                "jurisdiction": "kerman"}]""")
          .addTags("references", "geography")
          .build();

  private static final MessageTemplate NATIONAL_WITH_JURISDICTION =
      MessageTemplate.of(
          "body-jurisdiction-level-mismatch",
          "{body} is a {level}-level body but has jurisdiction {place}; a national body works for"
              + " the whole country and has none",
          "{body} نهادی {level} است ولی حوزهٔ کارش {place} نوشته شده است؛ نهاد ملی برای همهٔ"
              + " کشور کار می‌کند و حوزه ندارد");

  private static final MessageTemplate WITHOUT_JURISDICTION =
      MessageTemplate.of(
          "body-jurisdiction-level-mismatch.missing",
          "{body} is a {level}-level body without a jurisdiction; name the {expected} it works for",
          "{body} نهادی {level} است ولی حوزهٔ کار ندارد؛ {expected}ی را که برایش کار می‌کند"
              + " بنویسید");

  private static final MessageTemplate WRONG_KIND =
      MessageTemplate.of(
          "body-jurisdiction-level-mismatch.kind",
          "{body} is a {level}-level body but its jurisdiction {place} is {kinds}, not {expected}",
          "{body} نهادی {level} است ولی حوزهٔ کارش، {place}، {kinds} است نه {expected}");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    List<Body> bodies = frame.bodies();
    for (int i = 0; i < bodies.size(); i++) {
      Body body = bodies.get(i);
      Message problem = problem(body, index);
      if (problem != null) {
        context.report(
            BODY.pointer(i) + "/jurisdiction",
            body.id(),
            problem
                .with("body", Argument.entity(BODY, body))
                .with("level", Argument.phrase(level(body.level()))));
      }
    }
    return RuleCheck.NONE;
  }

  /** The level as the data writes it in English, as an adjective in Persian. */
  private static Phrase level(BodyLevel level) {
    return switch (level) {
      case NATIONAL -> Phrase.of("NATIONAL", "ملی");
      case PROVINCE -> Phrase.of("PROVINCE", "استانی");
      case COUNTY -> Phrase.of("COUNTY", "شهرستانی");
    };
  }

  private static @Nullable Message problem(Body body, AtlasIndex index) {
    if (body.level() == BodyLevel.NATIONAL) {
      return body.jurisdiction()
          .map(place -> NATIONAL_WITH_JURISDICTION.with("place", Argument.id(place)))
          .orElse(null);
    }
    EntityKind expected =
        body.level() == BodyLevel.PROVINCE ? EntityKind.PROVINCE : EntityKind.COUNTY;
    if (body.jurisdiction().isEmpty()) {
      return WITHOUT_JURISDICTION.with("expected", Argument.noun(expected));
    }
    String place = body.jurisdiction().get();
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    kinds.addAll(index.kindsOf(place));
    kinds.retainAll(EnumSet.of(EntityKind.PROVINCE, EntityKind.COUNTY));
    if (kinds.isEmpty() || kinds.contains(expected)) {
      return null;
    }
    return WRONG_KIND
        .with("place", Argument.id(place))
        .with("kinds", Argument.kinds(kinds))
        .with("expected", Argument.kind(expected));
  }
}
