package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;
import static org.electionatlas.model.EntityKind.BODY;
import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.VotingMethod;

/**
 * Electronic stations that only a PENDING approval covers. Reported once per approval, at its
 * status, with the number of electronic stations that wait on it: the Kerman atlas has dozens of
 * electronic stations in the city of Kerman and one pending approval, and one finding says so
 * better than dozens.
 */
final class StationElectronicApprovalPendingRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-electronic-approval-pending")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "Electronic polling stations should not wait on an approval that is still"
                      + " pending",
                  "شعبه‌های اخذ رأی الکترونیکی نباید چشم‌به‌راه مجوزی بمانند که هنوز در انتظار"
                      + " تصمیم است"))
          .rationale(
              Phrase.of(
                  "Until the Guardian Council approves electronic voting, stations planned as"
                      + " electronic may have to vote on paper: ballots, boxes and staff trained"
                      + " for paper must be ready for them as a fallback, and the devices may not"
                      + " be needed. The finding is made once per pending approval, counting the"
                      + " electronic stations that wait on it (those it covers that no APPROVED"
                      + " approval covers), so that the headquarters knows how large the fallback"
                      + " must be. Coverage is as for station-electronic-unapproved.",
                  "تا شورای نگهبان رأی‌گیری الکترونیکی را تأیید نکرده، شعبه‌هایی که الکترونیکی"
                      + " برنامه‌ریزی شده‌اند شاید ناچار شوند با تعرفهٔ کاغذی رأی بگیرند: تعرفه،"
                      + " صندوق و عوامل آموزش‌دیده برای رأی کاغذی باید به‌عنوان جایگزین برایشان"
                      + " آماده باشد و شاید دستگاه‌ها لازم نشوند. این یافته برای هر مجوز در"
                      + " انتظار یک بار گزارش می‌شود و شعبه‌های الکترونیکی چشم‌به‌راه آن را"
                      + " می‌شمارد (آن‌هایی که زیر پوشش این مجوزند و هیچ مجوز APPROVED آن‌ها را"
                      + " نمی‌پوشاند)، تا ستاد بداند جایگزین چه اندازه باید باشد. پوشش همان است"
                      + " که در station-electronic-unapproved آمده است."))
          .violatingExample(
              """
              "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC"}],
              "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
                "scope": ["kerman"], "authority": "guardian-council", "status": "PENDING"}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC"}],
              "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
                "scope": ["kerman"], "authority": "guardian-council", "status": "APPROVED",
                "decidedOn": "2024-02-10"}]""")
          .addTags("approvals", "stations")
          .build();

  private static final Noun ELECTRONIC_STATION =
      Noun.of("electronic station", "electronic stations", "شعبهٔ الکترونیکی");

  private static final MessageTemplate ONE_WAITS =
      MessageTemplate.of(
          "station-electronic-approval-pending",
          "{stations} in {where} waits on approval {approval}, which is still PENDING with"
              + " {authority}; it votes on paper unless it is approved",
          "{stations} در {where} چشم‌به‌راه مجوز {approval} است که هنوز نزد {authority} در انتظار"
              + " (PENDING) است؛ تا تأیید نشود با تعرفهٔ کاغذی رأی می‌گیرد");

  private static final MessageTemplate MANY_WAIT =
      MessageTemplate.of(
          "station-electronic-approval-pending.many",
          "{stations} in {where} wait on approval {approval}, which is still PENDING with"
              + " {authority}; they vote on paper unless it is approved",
          "{stations} در {where} چشم‌به‌راه مجوز {approval} هستند که هنوز نزد {authority} در"
              + " انتظار (PENDING) است؛ تا تأیید نشود با تعرفهٔ کاغذی رأی می‌گیرند");

  private static final MessageTemplate ONE_WAITS_IN_SCOPE =
      MessageTemplate.of(
          "station-electronic-approval-pending.scope",
          "{stations} in its scope ({scope}) waits on approval {approval}, which is still PENDING"
              + " with {authority}; it votes on paper unless it is approved",
          "{stations} در دامنهٔ آن ({scope}) چشم‌به‌راه مجوز {approval} است که هنوز نزد"
              + " {authority} در انتظار (PENDING) است؛ تا تأیید نشود با تعرفهٔ کاغذی رأی می‌گیرد");

  private static final MessageTemplate MANY_WAIT_IN_SCOPE =
      MessageTemplate.of(
          "station-electronic-approval-pending.scope-many",
          "{stations} in its scope ({scope}) wait on approval {approval}, which is still PENDING"
              + " with {authority}; they vote on paper unless it is approved",
          "{stations} در دامنهٔ آن ({scope}) چشم‌به‌راه مجوز {approval} هستند که هنوز نزد"
              + " {authority} در انتظار (PENDING) است؛ تا تأیید نشود با تعرفهٔ کاغذی رأی"
              + " می‌گیرند");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    ElectronicApprovals approvals = ElectronicApprovals.of(frame);
    AtlasIndex index = frame.index();
    Set<String> stationScopes = stationScopes(frame);
    Map<String, Argument> stationsNamed = new HashMap<>();
    Map<Integer, Integer> waiting = new TreeMap<>();
    return new RuleCheck() {
      @Override
      public void station(int i, PollingStation station) {
        if (stationScopes.contains(station.id())) {
          stationsNamed.putIfAbsent(station.id(), Argument.entity(POLLING_STATION, station));
        }
        if (station.votingMethod() != VotingMethod.ELECTRONIC) {
          return;
        }
        ElectronicApprovals.Cover cover = approvals.cover(station);
        if (cover.approved().isEmpty()) {
          for (int pending : cover.pending()) {
            waiting.merge(pending, 1, Integer::sum);
          }
        }
      }

      @Override
      public void end() {
        waiting.forEach(
            (position, count) -> {
              Approval approval = frame.approvals().get(position);
              Argument authority =
                  index
                      .body(approval.authority())
                      .map(body -> Argument.entity(BODY, body))
                      .orElse(Argument.id(approval.authority()));
              Optional<Argument> where = where(approval, index, stationsNamed);
              Message message =
                  where.isPresent()
                      ? (count == 1 ? ONE_WAITS : MANY_WAIT).with("where", where.get())
                      : (count == 1 ? ONE_WAITS_IN_SCOPE : MANY_WAIT_IN_SCOPE)
                          .with(
                              "scope",
                              Argument.all(approval.scope().stream().map(Argument::text).toList()));
              context.report(
                  APPROVAL.pointer(position) + "/status",
                  approval.id(),
                  message
                      .with("stations", Argument.count(count, ELECTRONIC_STATION))
                      .with("approval", Argument.id(approval.id()))
                      .with("authority", authority));
            });
      }
    };
  }

  /**
   * The ids that pending electronic-voting approvals name as their only scope and that {@link
   * #where} may describe as a station: no kind listed before stations has them. The first station
   * with each is remembered (as {@link AtlasIndex#find} would give it), a few names at most.
   */
  private static Set<String> stationScopes(Atlas frame) {
    AtlasIndex index = frame.index();
    Set<String> ids = new HashSet<>();
    for (Approval approval : frame.approvals()) {
      if (approval.subject() != ApprovalSubject.ELECTRONIC_VOTING
          || approval.status() != ApprovalStatus.PENDING
          || approval.scope().size() != 1) {
        continue;
      }
      String id = approval.scope().get(0);
      boolean before = false;
      for (EntityKind kind : EntityKind.values()) {
        if (kind == POLLING_STATION) {
          break;
        }
        before |= kind != APPROVAL && index.contains(kind, id);
      }
      if (!before) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Where the approval's stations are: its settlements, or the one entity its scope names; empty
   * when its scope names several ids.
   */
  private static Optional<Argument> where(
      Approval approval, AtlasIndex index, Map<String, Argument> stationsNamed) {
    if (!approval.settlements().isEmpty()) {
      return Optional.of(
          Argument.either(approval.settlements().stream().map(Argument::name).toList()));
    }
    List<String> scope = approval.scope();
    if (scope.size() == 1) {
      String id = scope.get(0);
      for (EntityKind kind : EntityKind.values()) {
        if (kind == POLLING_STATION) {
          Argument station = stationsNamed.get(id);
          if (station != null) {
            return Optional.of(station);
          }
        } else if (kind != APPROVAL && index.contains(kind, id)) {
          return Optional.of(Argument.entity(kind, index.find(kind, id).orElseThrow()));
        }
      }
    }
    return Optional.empty();
  }
}
