package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;
import static org.electionatlas.model.EntityKind.CONSTITUENCY;
import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.ISSUE;
import static org.electionatlas.model.EntityKind.POLLING_STATION;
import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;
import org.electionatlas.model.Issue;
import org.electionatlas.model.PollingStation;

/**
 * An id in the scope of an approval or an issue names entities of one kind only. Ids are unique
 * within a kind, not across kinds, so a province and a county may both be {@code yazd}; a scope
 * then cannot say which it means. {@link ElectronicApprovals} reads such an id as every entity that
 * has it at once (a station is covered when its own id, its county's, its province's or a
 * constituency's is in the scope), so an approval meant for the county {@code yazd} covers every
 * station of the province {@code yazd}: the widest reading wins.
 *
 * <p>Stations come after the scopes in a document, so the ids are checked at the end, against the
 * frame's kinds and the ids of all the stations.
 */
final class ScopeIdAmbiguousRule implements Rule {

  /** The kinds a scope may name, the widest first. */
  private static final List<EntityKind> KINDS =
      List.of(PROVINCE, CONSTITUENCY, COUNTY, POLLING_STATION);

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("scope-id-ambiguous")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "An id in the scope of an approval or an issue should name entities of one kind"
                      + " only",
                  "شناسه‌ای که در دامنهٔ مجوز یا مسئله می‌آید باید فقط موجودیت‌های یک نوع را نام"
                      + " ببرد"))
          .rationale(
              Phrase.of(
                  "Ids are unique within a kind, not across kinds: a province and a county may"
                      + " both be called \"yazd\". A scope that names \"yazd\" is then read as"
                      + " both at once; the validator counts an approval as covering every station"
                      + " of every entity with the id, so an electronic-voting approval meant for"
                      + " the county silently covers the whole province. Give the entities"
                      + " different ids, such as \"yazd-province\", and name the one meant.",
                  "شناسه‌ها در هر نوع یکتا هستند، نه میان نوع‌ها: استان و شهرستانی می‌توانند هر دو"
                      + " «yazd» باشند. آن‌گاه دامنه‌ای که «yazd» را نام می‌برد هر دو را با هم"
                      + " می‌خواند؛ اعتبارسنج مجوز را پوشش همهٔ شعبه‌های هر موجودیتی با این شناسه"
                      + " می‌شمارد، پس مجوز رأی‌گیری الکترونیکی‌ای که برای شهرستان بوده بی‌صدا کل"
                      + " استان را می‌پوشاند. به موجودیت‌ها شناسه‌های جدا بدهید، مانند"
                      + " «yazd-province»، و همانی را نام ببرید که مقصود است."))
          .violatingExample(
              """
              "provinces": [{"id": "yazd", "code": "IR-21"}],
              "counties": [{"id": "yazd", "province": "yazd"}],
              "approvals": [{"id": "electronic-yazd", "subject": "ELECTRONIC_VOTING",
                "scope": ["yazd"], "status": "PENDING"}]""")
          .passingExample(
              """
              "provinces": [{"id": "yazd-province", "code": "IR-21"}],
              "counties": [{"id": "yazd", "province": "yazd-province"}],
              "approvals": [{"id": "electronic-yazd", "subject": "ELECTRONIC_VOTING",
                "scope": ["yazd"], "status": "PENDING"}]""")
          .addTags("references", "approvals")
          .build();

  private static final MessageTemplate APPROVAL_SCOPE =
      MessageTemplate.of(
          "scope-id-ambiguous",
          "{subject} names scope {id}, which is the id of {entities}; it is read as all of them at"
              + " once, so the approval covers every station of {widest}, perhaps more than meant:"
              + " give the entities different ids, such as {suggestion}, and name the one meant",
          "{subject} در دامنه‌اش {id} را نام برده که شناسهٔ {entities} است؛ این شناسه همهٔ آن‌ها"
              + " را با هم می‌خواند، پس مجوز همهٔ شعبه‌های {widest} را می‌پوشاند، شاید بیش از"
              + " آنچه مقصود بوده: به موجودیت‌ها شناسه‌های جدا بدهید، مانند {suggestion}، و همانی"
              + " را نام ببرید که مقصود است");

  private static final MessageTemplate ISSUE_SCOPE =
      MessageTemplate.of(
          "scope-id-ambiguous.issue",
          "{subject} names scope {id}, which is the id of {entities}; no reader can tell which is"
              + " meant, and it is read as naming each of them: give the entities different ids,"
              + " such as {suggestion}, and name the one meant",
          "{subject} در دامنه‌اش {id} را نام برده که شناسهٔ {entities} است؛ هیچ خواننده‌ای"
              + " نمی‌تواند بداند کدام مقصود است و این شناسه نام هر کدام از آن‌ها خوانده می‌شود:"
              + " به موجودیت‌ها شناسه‌های جدا بدهید، مانند {suggestion}، و همانی را نام ببرید که"
              + " مقصود است");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    return new RuleCheck() {
      @Override
      public void station(int index, PollingStation station) {}

      @Override
      public void end() {
        check(frame, APPROVAL, frame.approvals(), context);
        check(frame, ISSUE, frame.issues(), context);
      }
    };
  }

  private static void check(
      Atlas frame, EntityKind kind, List<? extends Identified> owners, RuleContext context) {
    AtlasIndex index = frame.index();
    for (int i = 0; i < owners.size(); i++) {
      Identified owner = owners.get(i);
      List<String> scope = scopeOf(owner);
      Set<String> seen = new HashSet<>();
      for (int j = 0; j < scope.size(); j++) {
        String id = scope.get(j);
        if (!seen.add(id)) {
          continue;
        }
        List<Argument> entities = new ArrayList<>();
        List<EntityKind> kinds = new ArrayList<>();
        for (EntityKind named : KINDS) {
          entity(index, context, named, id)
              .ifPresent(
                  entity -> {
                    entities.add(entity);
                    kinds.add(named);
                  });
        }
        if (entities.size() < 2) {
          continue;
        }
        Message message =
            kind == APPROVAL
                ? APPROVAL_SCOPE.with("widest", entities.get(0))
                : ISSUE_SCOPE.message();
        context.report(
            kind.pointer(i) + "/scope/" + j,
            owner.id(),
            message
                .with("subject", Argument.entity(kind, owner))
                .with("id", Argument.id(id))
                .with("entities", Argument.all(entities))
                .with(
                    "suggestion",
                    Argument.id(
                        id
                            + "-"
                            + kinds.get(0).name().toLowerCase(Locale.ROOT).replace('_', '-'))));
      }
    }
  }

  /** The entity of the kind with the id, if there is one; stations are known by id only. */
  private static Optional<Argument> entity(
      AtlasIndex index, RuleContext context, EntityKind kind, String id) {
    if (kind == POLLING_STATION) {
      return context.stations().indexOf(id) >= 0
          ? Optional.of(Argument.entity(kind, id))
          : Optional.empty();
    }
    return index.find(kind, id).map(e -> Argument.entity(kind, e));
  }

  private static List<String> scopeOf(Identified owner) {
    if (owner instanceof Approval approval) {
      return approval.scope();
    }
    return ((Issue) owner).scope();
  }
}
