package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;

/** A constituency has at least one county. */
final class ConstituencyWithoutCountyRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("constituency-without-county")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A constituency must list at least one county",
                  "هر حوزهٔ انتخابیه باید دست‌کم یک شهرستان داشته باشد"))
          .rationale(
              Phrase.of(
                  "A constituency without counties has no voters: its seats would be filled by"
                      + " nobody's votes, and the counties that should be in it are probably in no"
                      + " constituency at all. It is usually a constituency whose counties were not"
                      + " imported.",
                  "حوزهٔ انتخابیهٔ بی‌شهرستان رأی‌دهنده ندارد: کرسی‌هایش با رأی هیچ‌کس پر می‌شود،"
                      + " و شهرستان‌هایی که باید در آن باشند احتمالاً در هیچ حوزه‌ای نیستند."
                      + " معمولاً حوزه‌ای است که شهرستان‌هایش وارد نشده‌اند."))
          .violatingExample(
              """
              "constituencies": [{"id": "majlis-shahr-e-babak", "contest": "MAJLIS", "counties": []}]""")
          .passingExample(
              """
              "constituencies": [
                {"id": "majlis-shahr-e-babak", "contest": "MAJLIS", "counties": ["shahr-e-babak"]}
              ]""")
          .addTags("geography")
          .build();

  private static final MessageTemplate EMPTY =
      MessageTemplate.of(
          "constituency-without-county",
          "{constituency} lists no county; a constituency is made of at least one county",
          "{constituency} هیچ شهرستانی ندارد؛ هر حوزهٔ انتخابیه دست‌کم از یک شهرستان تشکیل"
              + " می‌شود");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Constituency> constituencies = frame.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      if (constituency.counties().isEmpty()) {
        context.report(
            CONSTITUENCY.pointer(i) + "/counties",
            constituency.id(),
            EMPTY.with("constituency", Argument.entity(CONSTITUENCY, constituency)));
      }
    }
    return RuleCheck.NONE;
  }
}
