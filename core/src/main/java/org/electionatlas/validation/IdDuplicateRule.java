package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;
import org.electionatlas.model.PollingStation;

/**
 * No two entities of one kind share an id. The frame's kinds are checked through its index; a
 * station's id is looked up among the ids of the stations before it, so a repeat is reported while
 * the repeating station is read.
 */
final class IdDuplicateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("id-duplicate")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "Entities of one kind must have different ids",
                  "شناسهٔ موجودیت‌های هم‌نوع باید با هم فرق داشته باشد"))
          .rationale(
              Phrase.of(
                  "References are by id: when two stations share one, an issue or approval naming"
                      + " it covers whichever a tool happens to find first. Usually the second is"
                      + " a copy-paste slip or a station counted twice.",
                  "ارجاع‌ها با شناسه است: وقتی دو شعبه یک شناسه دارند، مسئله یا مجوزی که آن را"
                      + " نام می‌برد شامل هر کدام می‌شود که ابزار اول پیدا کند. معمولاً دومی خطای"
                      + " رونوشت‌برداری یا شعبه‌ای است که دو بار شمرده شده است."))
          .violatingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 1},
                {"id": "ravar-0001", "county": "ravar", "number": 2}
              ]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 1},
                {"id": "ravar-0002", "county": "ravar", "number": 2}
              ]""")
          .addTags("identity")
          .build();

  private static final MessageTemplate DUPLICATE =
      MessageTemplate.of(
          "id-duplicate",
          "the {kind} id {id} is already used at {first}; ids must differ within {member}",
          "شناسهٔ {id} برای {kind} پیش‌تر در {first} به کار رفته است؛ شناسه‌ها در {member} باید"
              + " یکتا باشند");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    StationIds stations = context.stations();
    // Kinds are reported in their order: those before stations now, stations as they come, those
    // after stations at the end.
    EntityKind[] kinds = EntityKind.values();
    int at = 0;
    for (; kinds[at] != POLLING_STATION; at++) {
      checkFrameKind(frame, index, kinds[at], context);
    }
    int after = at + 1;
    return new RuleCheck() {
      @Override
      public void station(int i, PollingStation station) {
        int first = stations.indexOf(station.id());
        if (first >= 0) {
          report(POLLING_STATION, i, first, station.id(), context);
        }
      }

      @Override
      public void end() {
        for (int k = after; k < kinds.length; k++) {
          checkFrameKind(frame, index, kinds[k], context);
        }
      }
    };
  }

  private static void checkFrameKind(
      Atlas frame, AtlasIndex index, EntityKind kind, RuleContext context) {
    List<? extends Identified> entities = kind.entitiesOf(frame);
    for (int i = 0; i < entities.size(); i++) {
      String id = entities.get(i).id();
      int first = index.position(kind, id).orElse(i);
      if (first != i) {
        report(kind, i, first, id, context);
      }
    }
  }

  private static void report(EntityKind kind, int i, int first, String id, RuleContext context) {
    context.report(
        kind.pointer(i) + "/id",
        id,
        DUPLICATE
            .with("kind", Argument.kind(kind))
            .with("id", Argument.id(id))
            .with("first", Argument.text(kind.pointer(first)))
            .with("member", Argument.text(kind.member())));
  }
}
