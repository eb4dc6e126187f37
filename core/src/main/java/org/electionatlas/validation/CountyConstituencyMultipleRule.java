package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;
import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * No county is in two constituencies of one contest. One pass over the constituencies with a hash
 * map per contest; each later listing of a county is reported once, at that listing, naming the
 * first. Unknown counties and contests not held are left to the rules that report them.
 */
final class CountyConstituencyMultipleRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("county-constituency-multiple")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A county must not be in two constituencies of the same contest",
                  "هیچ شهرستانی نباید در دو حوزهٔ انتخابیهٔ یک رقابت باشد"))
          .rationale(
              Phrase.of(
                  "A voter casts one ballot per contest. A county listed in two Majlis"
                      + " constituencies either has its voters counted in both results or gets two"
                      + " candidate lists; usually a county was moved to a new constituency and not"
                      + " removed from the old one. A constituency that lists a county twice is"
                      + " reported too. Council constituencies are per city and village, and are"
                      + " not checked here.",
                  "هر رأی‌دهنده در هر رقابت یک رأی می‌دهد. شهرستانی که در دو حوزهٔ مجلس آمده"
                      + " باشد یا رأی‌هایش در هر دو نتیجه شمرده می‌شود یا دو فهرست نامزد"
                      + " می‌گیرد؛ معمولاً شهرستان به حوزهٔ تازه‌ای رفته و از حوزهٔ پیشین حذف"
                      + " نشده است. حوزه‌ای که یک شهرستان را دو بار آورده باشد نیز گزارش می‌شود."
                      + " حوزه‌های شوراها برای هر شهر و روستا جداست و اینجا بررسی نمی‌شود."))
          .violatingExample(
              """
              "constituencies": [
                {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]},
                {"id": "majlis-ravar", "contest": "MAJLIS", "counties": ["ravar"]}
              ]""")
          .passingExample(
              """
              "constituencies": [
                {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]},
                {"id": "experts-kerman", "contest": "ASSEMBLY_OF_EXPERTS", "counties": ["kerman", "ravar"]}
              ]""")
          .addTags("geography", "election")
          .build();

  private static final MessageTemplate IN_TWO =
      MessageTemplate.of(
          "county-constituency-multiple",
          "{county} is in {contest} {constituency} and already in {first} (at {where}); a county"
              + " is in one constituency of each contest",
          "{county} در {constituency} از انتخابات {contest} است و پیش‌تر در {first} (در {where})"
              + " آمده است؛ هر شهرستان در هر رقابت تنها در یک حوزه است");

  private static final MessageTemplate TWICE =
      MessageTemplate.of(
          "county-constituency-multiple.twice",
          "{constituency} lists {county} twice (also at {where})",
          "{constituency} {county} را دو بار آورده است (بار دیگر در {where})");

  private record Listing(int constituency, int position) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    Set<ContestKind> held = Contests.held(frame);
    Map<ContestKind, Map<String, Listing>> first = new EnumMap<>(ContestKind.class);
    List<Constituency> constituencies = frame.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      ContestKind contest = constituency.contest();
      if (!held.contains(contest) || !Contests.partitionsCounties(contest)) {
        continue;
      }
      Map<String, Listing> listings = first.computeIfAbsent(contest, k -> new HashMap<>());
      for (int j = 0; j < constituency.counties().size(); j++) {
        String countyId = constituency.counties().get(j);
        County county = index.county(countyId).orElse(null);
        if (county == null) {
          continue;
        }
        Listing earlier = listings.putIfAbsent(countyId, new Listing(i, j));
        if (earlier == null) {
          continue;
        }
        Argument where =
            Argument.text(
                CONSTITUENCY.pointer(earlier.constituency()) + "/counties/" + earlier.position());
        context.report(
            CONSTITUENCY.pointer(i) + "/counties/" + j,
            constituency.id(),
            (earlier.constituency() == i
                    ? TWICE.message()
                    : IN_TWO
                        .with("contest", Contests.contest(contest))
                        .with(
                            "first",
                            Argument.entity(
                                CONSTITUENCY, constituencies.get(earlier.constituency()))))
                .with("constituency", Argument.entity(CONSTITUENCY, constituency))
                .with("county", Argument.entity(COUNTY, county))
                .with("where", where));
      }
    }
    return RuleCheck.NONE;
  }
}
