package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;

/**
 * Every county is in a constituency of each contest held whose constituencies are made of counties
 * (see {@link Contests}). One violation per county and contest.
 */
final class CountyConstituencyMissingRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("county-constituency-missing")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "Every county must be in a constituency of each contest held",
                  "هر شهرستان باید در یک حوزهٔ انتخابیهٔ هر رقابتِ برگزارشونده باشد"))
          .rationale(
              Phrase.of(
                  "A county that is in no constituency of the Majlis contest has voters who elect"
                      + " nobody: their ballots have no candidates list and their count is added to"
                      + " no result. It happens when a county is new (Jazmurian and Gonbaki were"
                      + " created in 2023) and the constituency list was copied from the previous"
                      + " election. Presidential elections and referendums need no constituencies,"
                      + " but if the atlas lists any for them they must cover every county; council"
                      + " constituencies are per city and village, and are not checked here.",
                  "رأی‌دهندگان شهرستانی که در هیچ حوزهٔ انتخابیهٔ مجلس نیست کسی را برنمی‌گزینند:"
                      + " تعرفه‌شان فهرست نامزد ندارد و شمارشان به هیچ نتیجه‌ای افزوده نمی‌شود."
                      + " این زمانی پیش می‌آید که شهرستان تازه تأسیس است (مانند جازموریان و گنبکی)"
                      + " و فهرست حوزه‌ها از انتخابات پیشین رونویسی شده است. انتخابات ریاست جمهوری و همه‌پرسی به حوزه نیاز ندارند، ولی اگر اطلس"
                      + " برایشان حوزه‌ای فهرست کند باید همهٔ شهرستان‌ها را بپوشاند؛ حوزه‌های"
                      + " شوراها برای هر شهر و روستا جداست و اینجا بررسی نمی‌شود."))
          .violatingExample(
              """
              "election": {"contests": [{"kind": "MAJLIS", "term": 12}]},
              "counties": [{"id": "ravar"}, {"id": "anar"}],
              "constituencies": [{"id": "majlis-ravar", "contest": "MAJLIS", "counties": ["ravar"]}]""")
          .passingExample(
              """
              "election": {"contests": [{"kind": "MAJLIS", "term": 12}]},
              "counties": [{"id": "ravar"}, {"id": "anar"}],
              "constituencies": [
                {"id": "majlis-ravar", "contest": "MAJLIS", "counties": ["ravar"]},
                {"id": "majlis-anar", "contest": "MAJLIS", "counties": ["anar"]}
              ]""")
          .addTags("geography", "election")
          .build();

  private static final MessageTemplate MISSING =
      MessageTemplate.of(
          "county-constituency-missing",
          "{county} is in no {contest} constituency; every county votes in one constituency of"
              + " each contest held",
          "{county} در هیچ حوزهٔ انتخابیهٔ {contest} نیست؛ هر شهرستان در هر رقابتِ برگزارشونده"
              + " در یک حوزه رأی می‌دهد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    Set<ContestKind> listed = EnumSet.noneOf(ContestKind.class);
    for (Constituency constituency : frame.constituencies()) {
      listed.add(constituency.contest());
    }
    Set<ContestKind> required = EnumSet.noneOf(ContestKind.class);
    for (ContestKind kind : Contests.held(frame)) {
      if (Contests.BY_COUNTY.contains(kind)
          || (Contests.NATIONWIDE.contains(kind) && listed.contains(kind))) {
        required.add(kind);
      }
    }
    if (required.isEmpty()) {
      return RuleCheck.NONE;
    }
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    for (int i = 0; i < counties.size(); i++) {
      County county = counties.get(i);
      if (index.position(COUNTY, county.id()).orElse(i) != i) {
        continue;
      }
      Set<ContestKind> in = EnumSet.noneOf(ContestKind.class);
      for (Constituency constituency : index.constituenciesOf(county.id())) {
        in.add(constituency.contest());
      }
      for (ContestKind kind : required) {
        if (!in.contains(kind)) {
          context.report(
              COUNTY.pointer(i),
              county.id(),
              MISSING
                  .with("county", Argument.entity(COUNTY, county))
                  .with("contest", Contests.contest(kind)));
        }
      }
    }
    return RuleCheck.NONE;
  }
}
