package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;

/**
 * Every county has at least one polling station: one flag per county of the frame, set by the
 * stations that name it.
 */
final class CountyWithoutStationRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("county-without-station")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A county should have at least one polling station",
                  "هر شهرستان باید دست‌کم یک شعبهٔ اخذ رأی داشته باشد"))
          .rationale(
              Phrase.of(
                  "Every county's voters need somewhere to vote. A county without stations in the"
                      + " atlas is usually one whose stations were not imported, or a new county"
                      + " (such as Jazmurian or Gonbaki, created in 2023) whose stations are still"
                      + " listed under the county it was split from.",
                  "رأی‌دهندگان هر شهرستان جایی برای رأی دادن لازم دارند. شهرستانی که در اطلس شعبه"
                      + " ندارد معمولاً شهرستانی است که شعبه‌هایش وارد نشده، یا شهرستانی تازه"
                      + " (مانند جازموریان یا گنبکی که در ۱۴۰۲ پدید آمدند) که شعبه‌هایش هنوز زیر"
                      + " شهرستانی آمده که از آن جدا شده است."))
          .violatingExample(
              """
              "counties": [{"id": "gonbaki", "province": "kerman", "name": {"fa": "گنبکی"}}],
              "pollingStations": []""")
          .passingExample(
              """
              "counties": [{"id": "gonbaki", "province": "kerman", "name": {"fa": "گنبکی"}}],
              "pollingStations": [{"id": "gonbaki-0001", "county": "gonbaki", "number": 1}]""")
          .addTags("stations", "geography")
          .build();

  private static final MessageTemplate WITHOUT =
      MessageTemplate.of(
          "county-without-station",
          "{county} has no polling station; every county needs at least one",
          "{county} هیچ شعبهٔ اخذ رأی ندارد؛ هر شهرستان دست‌کم یک شعبه لازم دارد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    boolean[] hasStation = new boolean[counties.size()];
    return new RuleCheck() {
      @Override
      public void station(int i, PollingStation station) {
        index.position(COUNTY, station.county()).ifPresent(c -> hasStation[c] = true);
      }

      @Override
      public void end() {
        for (int i = 0; i < counties.size(); i++) {
          County county = counties.get(i);
          if (index.position(COUNTY, county.id()).orElse(i) == i && !hasStation[i]) {
            context.report(
                COUNTY.pointer(i),
                county.id(),
                WITHOUT.with("county", Argument.entity(COUNTY, county)));
          }
        }
      }
    };
  }
}
