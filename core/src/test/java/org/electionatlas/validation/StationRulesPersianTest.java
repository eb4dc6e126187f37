package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.County;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Staff;
import org.electionatlas.model.TestAtlases;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The station, county and province rules speak Persian: one defect each, planted in the valid
 * atlas, gives exactly one finding whose Persian rendering has every placeholder filled, the
 * expected wording with Persian digits, and no Latin digit outside ids and pointers.
 */
class StationRulesPersianTest {

  static Stream<Arguments> defects() {
    return Stream.of(
        defect(
            "station-number-invalid", a -> Plant.station(a, 0, s -> s.number(0)), "شمارهٔ ۰ دارد"),
        defect(
            "station-number-duplicate",
            a -> Plant.station(a, 2, s -> s.number(1)),
            "شمارهٔ ۱ دارد که پیش‌تر شمارهٔ شعبهٔ «ravar-0001»"),
        defect(
            "station-number-gap",
            a -> Plant.station(a, 3, s -> s.number(7)),
            "۳ شعبه دارد که تا شمارهٔ ۷ شماره خورده‌اند، پس ۴ شماره جا افتاده است: ۳، ۴، ۵ و ۶"),
        defect(
            "station-location-invalid",
            a -> Plant.station(a, 0, s -> s.location(Location.of(312.656, 56.8055))),
            "عرض جغرافیایی شعبهٔ «ravar-0001» (دبستان شهید بهشتی) ۳۱۲٫۶۵۶ است"),
        defect(
            "station-location-outside-iran",
            a -> Plant.station(a, 0, s -> s.location(Location.of(56.8055, 31.2656))),
            "در نقطهٔ ۵۶٫۸۰۵۵، ۳۱٫۲۶۵۶ است، بیرون از ایران (عرض ۲۵ تا ۳۹٫۸، طول ۴۴ تا ۶۳٫۴)؛"),
        defect(
            "station-location-outside-province",
            a -> Plant.station(a, 0, s -> s.location(Location.of(35.6892, 51.389))),
            "بیرون از کادر مرزی استان «kerman» (کرمان) که استان آن است (عرض ۲۶٫۴ تا ۳۲"),
        defect(
            "station-location-duplicate",
            a -> Plant.station(a, 2, s -> s.location(Location.of(31.2656, 56.8055))),
            "همان نقطهٔ شعبهٔ «ravar-0001» در /pollingStations/0 از همین شهرستان (تا ۵ رقم اعشار)"),
        defect(
            "station-voters-invalid",
            a -> Plant.station(a, 0, s -> s.expectedVoters(0)),
            "۰ رأی‌دهنده پیش‌بینی کرده است"),
        defect(
            "station-voters-over-maximum",
            a -> Plant.station(a, 0, s -> s.expectedVoters(4200)),
            "۴٬۲۰۰ رأی‌دهنده پیش‌بینی کرده است، ۱٬۷۰۰ بیش از بیشینهٔ سیاست که ۲٬۵۰۰ است"),
        defect(
            "station-officials-too-few",
            a -> Plant.station(a, 0, s -> s.staff(Staff.of(3, 2))),
            "۳ عضو دارد؛ برای اداره شعبه دست‌کم ۵ عضو لازم است"),
        defect(
            "station-observer-missing",
            a -> Plant.station(a, 0, s -> s.staff(Staff.of(5, 0))),
            "۰ ناظر دارد؛ دست‌کم ۱ ناظر"),
        defect(
            "station-high-risk-unaddressed",
            a -> Plant.station(a, 0, s -> s.risk(Risk.of(RiskLevel.HIGH))),
            "پرخطر (HIGH) است ولی هیچ مسئله‌ای"),
        defect(
            "station-electronic-unapproved",
            a -> Plant.station(a, 0, s -> s.votingMethod(VotingMethod.ELECTRONIC)),
            "الکترونیکی رأی می‌گیرد ولی هیچ مجوز رأی‌گیری الکترونیکی آن را نمی‌پوشاند"),
        defect(
            "station-electronic-approval-pending",
            a ->
                Plant.approval(
                    a,
                    1,
                    b -> b.status(ApprovalStatus.PENDING).decidedOn(java.util.Optional.empty())),
            "۱ شعبهٔ الکترونیکی در راور چشم‌به‌راه مجوز «electronic-ravar» است"),
        defect(
            "county-without-station",
            a ->
                Atlas.builder()
                    .from(a)
                    .addCounty(
                        County.builder()
                            .id("gonbaki")
                            .province("kerman")
                            .name(LocalizedName.of("گنبکی", "Gonbaki"))
                            .build())
                    .build(),
            "شهرستان «gonbaki» (گنبکی) هیچ شعبهٔ اخذ رأی ندارد"),
        defect(
            "county-coverage-low",
            a -> Plant.county(a, 0, c -> c.eligibleVoters(3000)),
            "۳ شعبه دارد که روی هم ۱٬۹۰۰ رأی‌دهنده پیش‌بینی کرده‌اند، ۶۳٫۳٪ از ۳٬۰۰۰ واجد شرایطش؛"
                + " دست‌کم ۸۰٪ (۲٬۴۰۰)"),
        defect(
            "county-coverage-high",
            a -> Plant.county(a, 1, c -> c.eligibleVoters(500)),
            "۱۸۰٪ از ۵۰۰ واجد شرایطش؛ حداکثر ۱۱۰٪ (۵۵۰)"),
        defect(
            "province-declared-stations-mismatch",
            a -> Plant.province(a, 0, p -> p.declaredStations(3)),
            "۳ شعبهٔ اخذ رأی اعلام کرده ولی اطلس ۴ شعبه در شهرستان‌هایش دارد، ۱ بیشتر"),
        defect(
            "province-bounding-box-invalid",
            a -> Plant.province(a, 0, p -> p.boundingBox(BoundingBox.of(32, 54.3, 26.4, 59.6))),
            "(عرض ۳۲ تا ۲۶٫۴، طول ۵۴٫۳ تا ۵۹٫۶) کادر معتبری نیست: minLat از maxLat بزرگ‌تر است"));
  }

  private static Arguments defect(String rule, UnaryOperator<Atlas> plant, String persian) {
    return Arguments.of(rule, plant, persian);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void the_finding_reads_in_persian_with_persian_digits_and_every_placeholder_filled(
      String rule, UnaryOperator<Atlas> plant, String persian) {
    List<Violation> violations =
        Validator.standard().validate(plant.apply(TestAtlases.valid())).violationsOf(rule);

    assertThat(violations).hasSize(1);
    String message = violations.get(0).message().render(MessageStyle.PERSIAN);
    assertThat(message).contains(persian).doesNotContain("{", "}");
    // Ids and pointers are data and keep their Latin digits; nothing else does.
    assertThat(message.replaceAll("«[^»]*»", "").replaceAll("/[A-Za-z]+/[0-9]+", ""))
        .doesNotContainPattern("[0-9]");
  }
}
