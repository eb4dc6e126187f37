package org.electionatlas.validation;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;

/**
 * Following parents from any event (or body) never comes back to it; each cycle is reported once,
 * at its first member in document order.
 */
final class ParentCycleRule implements Rule {

  private static final MessageTemplate CYCLE =
      MessageTemplate.of(
          "parent-cycle",
          "the parents of {subject} lead back to it: {chain}",
          "والدهای {subject} دوباره به خودش می‌رسند: {chain}");

  private final EntityKind kind;
  private final RuleInfo info;

  ParentCycleRule(EntityKind kind, String id) {
    if (kind != EntityKind.EVENT && kind != EntityKind.BODY) {
      throw new IllegalArgumentException("only events and bodies have parents: " + kind);
    }
    this.kind = kind;
    boolean events = kind == EntityKind.EVENT;
    this.info =
        RuleInfo.builder()
            .id(id)
            .defaultSeverity(Severity.ERROR)
            .summary(
                events
                    ? Phrase.of(
                        "Following the parents of events must not lead back to where it started",
                        "پیمودن والدهای رویدادها نباید به نقطهٔ آغاز بازگردد")
                    : Phrase.of(
                        "Following the parents of bodies must not lead back to where it started",
                        "پیمودن نهادهای بالادست نباید به نقطهٔ آغاز بازگردد"))
            .rationale(
                events
                    ? Phrase.of(
                        "An event that is part of itself has no span to check and no programme it"
                            + " belongs to; tools that walk the programme would never finish.",
                        "رویدادی که جزء خودش باشد بازه‌ای برای بررسی و برنامه‌ای برای تعلق ندارد؛"
                            + " ابزارهایی که برنامه را می‌پیمایند هرگز به پایان نمی‌رسند.")
                    : Phrase.of(
                        "A body that answers, through others, to itself has no one above it;"
                            + " tools that walk the chain of responsibility would never finish.",
                        "نهادی که از راه دیگران پاسخ‌گوی خودش باشد هیچ بالادستی ندارد؛ ابزارهایی"
                            + " که زنجیرهٔ مسئولیت را می‌پیمایند هرگز به پایان نمی‌رسند."))
            .violatingExample(
                events
                    ? """
                      "events": [
                        {"id": "training", "parent": "workshop", "kind": "TRAINING"},
                        {"id": "workshop", "parent": "training", "kind": "WORKSHOP"}
                      ]"""
                    : """
                      "bodies": [
                        {"id": "kerman-hq", "parent": "media-hq", "level": "PROVINCE"},
                        {"id": "media-hq", "parent": "kerman-hq", "level": "PROVINCE"}
                      ]""")
            .passingExample(
                events
                    ? """
                      "events": [
                        {"id": "training", "kind": "TRAINING"},
                        {"id": "workshop", "parent": "training", "kind": "WORKSHOP"}
                      ]"""
                    : """
                      "bodies": [
                        {"id": "kerman-hq", "level": "PROVINCE"},
                        {"id": "media-hq", "parent": "kerman-hq", "level": "PROVINCE"}
                      ]""")
            .addTags(events ? "events" : "bodies")
            .build();
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<? extends Identified> entities = kind.entitiesOf(frame);
    for (List<Integer> cycle : Parents.cycles(entities)) {
      int first = cycle.get(0);
      List<Argument> chain = new java.util.ArrayList<>();
      cycle.forEach(i -> chain.add(Argument.text(entities.get(i).id())));
      chain.add(Argument.text(entities.get(first).id()));
      context.report(
          kind.pointer(first) + "/parent",
          entities.get(first).id(),
          CYCLE
              .with("subject", Argument.entity(kind, entities.get(first)))
              .with("chain", Argument.chain(chain)));
    }
    return RuleCheck.NONE;
  }

  @Override
  public String toString() {
    return info.id();
  }
}
