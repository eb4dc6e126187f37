package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.VotingMethod;

/**
 * Every electronic station is covered by an electronic-voting approval that is not REJECTED; see
 * {@link ElectronicApprovals} for what covers a station. A station covered only by PENDING
 * approvals is left to {@code station-electronic-approval-pending}. A station whose county is
 * unknown is judged only by the approvals that name it directly.
 */
final class StationElectronicUnapprovedRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-electronic-unapproved")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "An electronic polling station must be covered by an electronic-voting approval"
                      + " that is not rejected",
                  "شعبهٔ اخذ رأی الکترونیکی باید زیر پوشش مجوز رأی‌گیری الکترونیکی‌ای باشد که رد"
                      + " نشده است"))
          .rationale(
              Phrase.of(
                  "Electronic voting is used only where the Guardian Council has approved it (the"
                      + " Kerman atlas plans it for the city of Kerman if the Council approves). A"
                      + " station set to ELECTRONIC without an approval, or with only rejected"
                      + " ones, would run a vote whose result can be annulled; it must fall back to"
                      + " paper ballots, which then have to be printed and sent. An approval covers"
                      + " a station when its scope names the station, its county, its province or"
                      + " a constituency that contains its county, and, when the approval lists"
                      + " settlements, the station's settlement has one of those Persian names"
                      + " (Arabic and Persian yeh and kaf compare equal, surrounding spaces are"
                      + " ignored).",
                  "رأی‌گیری الکترونیکی فقط جایی به کار می‌رود که شورای نگهبان آن را تأیید کرده"
                      + " باشد (اطلس کرمان آن را برای شهر کرمان در صورت تأیید شورا برنامه‌ریزی"
                      + " کرده است). شعبه‌ای که بی‌مجوز، یا فقط با مجوزهای ردشده، الکترونیکی"
                      + " (ELECTRONIC) شده رأی‌گیری‌ای برگزار می‌کند که نتیجه‌اش ممکن است باطل شود؛"
                      + " باید به تعرفهٔ کاغذی برگردد که آن‌گاه باید چاپ و فرستاده شود. مجوزی"
                      + " شعبه را می‌پوشاند که دامنه‌اش خود شعبه، شهرستان، استان یا حوزهٔ"
                      + " انتخابیه‌ای را که شهرستان در آن است نام ببرد، و اگر مجوز آبادی‌هایی را"
                      + " برشمرده، نام فارسی آبادی شعبه یکی از آن‌ها باشد (ی و ک عربی و فارسی"
                      + " یکسان شمرده می‌شوند و فاصله‌های دو سو نادیده گرفته می‌شود)."))
          .violatingExample(
              """
              "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC",
                "settlement": {"name": {"fa": "کرمان"}, "kind": "URBAN"}}],
              "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
                "scope": ["kerman"], "settlements": [{"fa": "باغین"}], "status": "APPROVED"}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "kerman-0001", "county": "kerman", "votingMethod": "ELECTRONIC",
                "settlement": {"name": {"fa": "کرمان"}, "kind": "URBAN"}}],
              "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
                "scope": ["kerman"], "settlements": [{"fa": "كرمان"}], "status": "APPROVED"}]""")
          .addTags("approvals", "stations")
          .build();

  private static final MessageTemplate UNCOVERED =
      MessageTemplate.of(
          "station-electronic-unapproved",
          "{station} votes electronically but no electronic-voting approval covers it; it needs"
              + " one that names the station, its county {county}, its province or a constituency"
              + " of its county, or it votes on paper",
          "{station} الکترونیکی رأی می‌گیرد ولی هیچ مجوز رأی‌گیری الکترونیکی آن را نمی‌پوشاند؛"
              + " مجوزی لازم است که خود شعبه، شهرستانش {county}، استانش یا حوزهٔ انتخابیه‌ای از"
              + " شهرستانش را نام ببرد، وگرنه با تعرفهٔ کاغذی رأی می‌گیرد");

  private static final MessageTemplate UNCOVERED_IN_SETTLEMENT =
      MessageTemplate.of(
          "station-electronic-unapproved.settlement",
          "{station} votes electronically but no electronic-voting approval covers it; it needs"
              + " one that names the station, its county {county}, its province or a constituency"
              + " of its county (and, if the approval lists settlements, {settlement}), or it"
              + " votes on paper",
          "{station} الکترونیکی رأی می‌گیرد ولی هیچ مجوز رأی‌گیری الکترونیکی آن را نمی‌پوشاند؛"
              + " مجوزی لازم است که خود شعبه، شهرستانش {county}، استانش یا حوزهٔ انتخابیه‌ای از"
              + " شهرستانش را نام ببرد (و اگر مجوز آبادی‌ها را برمی‌شمارد، {settlement} را)،"
              + " وگرنه با تعرفهٔ کاغذی رأی می‌گیرد");

  private static final MessageTemplate REJECTED =
      MessageTemplate.of(
          "station-electronic-unapproved.rejected",
          "{station} votes electronically but the only electronic-voting approvals that cover it"
              + " were REJECTED: {rejected}; it needs one that names the station, its county"
              + " {county}, its province or a constituency of its county, or it votes on paper",
          "{station} الکترونیکی رأی می‌گیرد ولی تنها مجوزهای رأی‌گیری الکترونیکی که آن را"
              + " می‌پوشانند رد شده‌اند (REJECTED): {rejected}؛ مجوزی لازم است که خود شعبه،"
              + " شهرستانش {county}، استانش یا حوزهٔ انتخابیه‌ای از شهرستانش را نام ببرد، وگرنه"
              + " با تعرفهٔ کاغذی رأی می‌گیرد");

  private static final MessageTemplate REJECTED_IN_SETTLEMENT =
      MessageTemplate.of(
          "station-electronic-unapproved.rejected-settlement",
          "{station} votes electronically but the only electronic-voting approvals that cover it"
              + " were REJECTED: {rejected}; it needs one that names the station, its county"
              + " {county}, its province or a constituency of its county (and, if the approval"
              + " lists settlements, {settlement}), or it votes on paper",
          "{station} الکترونیکی رأی می‌گیرد ولی تنها مجوزهای رأی‌گیری الکترونیکی که آن را"
              + " می‌پوشانند رد شده‌اند (REJECTED): {rejected}؛ مجوزی لازم است که خود شعبه،"
              + " شهرستانش {county}، استانش یا حوزهٔ انتخابیه‌ای از شهرستانش را نام ببرد (و اگر"
              + " مجوز آبادی‌ها را برمی‌شمارد، {settlement} را)، وگرنه با تعرفهٔ کاغذی رأی"
              + " می‌گیرد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    ElectronicApprovals approvals = ElectronicApprovals.of(frame);
    return (i, station) -> check(frame, approvals, i, station, context);
  }

  private static void check(
      Atlas frame,
      ElectronicApprovals approvals,
      int i,
      PollingStation station,
      RuleContext context) {
    if (station.votingMethod() != VotingMethod.ELECTRONIC) {
      return;
    }
    ElectronicApprovals.Cover cover = approvals.cover(station);
    if (!cover.approved().isEmpty() || !cover.pending().isEmpty()) {
      return;
    }
    if (cover.isEmpty() && !approvals.countyKnown(station)) {
      return;
    }
    boolean inSettlement = station.settlement().isPresent();
    Message message =
        cover.isEmpty()
            ? (inSettlement ? UNCOVERED_IN_SETTLEMENT : UNCOVERED).message()
            : (inSettlement ? REJECTED_IN_SETTLEMENT : REJECTED)
                .with(
                    "rejected",
                    Argument.all(
                        cover.rejected().stream()
                            .map(a -> Argument.id(frame.approvals().get(a).id()))
                            .toList()));
    message =
        message
            .with("station", Argument.entity(POLLING_STATION, station))
            .with("county", Argument.id(station.county()));
    if (inSettlement) {
      message = message.with("settlement", Argument.text(station.settlement().get().name().fa()));
    }
    context.report(POLLING_STATION.pointer(i) + "/votingMethod", station.id(), message);
  }
}
