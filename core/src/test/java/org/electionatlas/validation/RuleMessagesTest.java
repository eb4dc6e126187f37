package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.electionatlas.message.CalendarSystem;
import org.electionatlas.message.Language;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Province;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings of the election, geography, approval, event, issue and Persian text rules as a
 * Persian reader sees them: Persian wording, Persian digits, Jalali dates, every placeholder filled
 * and no date called Gregorian; and in English with Jalali dates, no calendar named either.
 */
class RuleMessagesTest {

  private static final Atlas VALID = TestAtlases.valid();

  private static final MessageStyle ENGLISH_JALALI =
      MessageStyle.of(Language.EN, CalendarSystem.JALALI);

  static Stream<Arguments> findings() {
    return Stream.of(
        Arguments.of(
            "approval-decided-before-requested",
            Plant.approval(VALID, 0, a -> a.decidedOn(LocalDate.of(2023, 4, 1))),
            "دربارهٔ مجوز «mobile-anar» در ۱۲ فروردین ۱۴۰۲ تصمیم گرفته شده است، ۳۰ روز پیش از"
                + " آن‌که در ۱۱ اردیبهشت ۱۴۰۲ درخواست شود",
            "approval \"mobile-anar\" was decided on 12 Farvardin 1402, 30 days before it was"
                + " requested on 11 Ordibehesht 1402"),
        Arguments.of(
            "approval-decision-date-missing",
            Plant.approval(VALID, 0, a -> a.decidedOn(Optional.empty())),
            "مجوز «mobile-anar» در وضعیت APPROVED است ولی تاریخ تصمیم (decidedOn) ندارد",
            "approval \"mobile-anar\" is APPROVED but has no decidedOn date"),
        Arguments.of(
            "approval-pending-but-decided",
            Plant.approval(VALID, 0, a -> a.status(ApprovalStatus.PENDING)),
            "مجوز «mobile-anar» در وضعیت PENDING است ولی در ۲۰ خرداد ۱۴۰۲ دربارهٔ آن تصمیم گرفته"
                + " شده است",
            "is PENDING but was decided on 20 Khordad 1402"),
        Arguments.of(
            "body-jurisdiction-level-mismatch",
            Plant.body(VALID, 0, b -> b.jurisdiction("ravar")),
            "نهاد «kerman-hq» (ستاد انتخابات استان کرمان) نهادی استانی است ولی حوزهٔ کارش،"
                + " «ravar»، شهرستان است نه استان",
            "is a PROVINCE-level body but its jurisdiction \"ravar\" is a county, not a province"),
        Arguments.of(
            "constituency-contest-not-held",
            Plant.constituency(VALID, 2, c -> c.contest(ContestKind.REFERENDUM)),
            "از آنِ انتخابات همه‌پرسی است که در این انتخابات برگزار نمی‌شود؛ رقابت‌های این"
                + " انتخابات: مجلس شورای اسلامی و مجلس خبرگان رهبری",
            "belongs to the REFERENDUM contest, which the election does not hold; it holds MAJLIS"
                + " and ASSEMBLY_OF_EXPERTS"),
        Arguments.of(
            "constituency-seats-invalid",
            Plant.constituency(VALID, 0, c -> c.seats(0)),
            "حوزهٔ انتخابیهٔ «majlis-ravar» (راور) ۰ کرسی دارد",
            "elects 0 seats; a constituency elects at least 1"),
        Arguments.of(
            "constituency-without-county",
            Plant.constituency(VALID, 0, c -> c.counties(List.of())),
            "حوزهٔ انتخابیهٔ «majlis-ravar» (راور) هیچ شهرستانی ندارد",
            "lists no county"),
        Arguments.of(
            "county-constituency-missing",
            Plant.constituency(VALID, 1, c -> c.counties(List.of("ravar"))),
            "شهرستان «anar» (انار) در هیچ حوزهٔ انتخابیهٔ مجلس شورای اسلامی نیست",
            "county \"anar\" (انار / Anar) is in no MAJLIS constituency"),
        Arguments.of(
            "county-constituency-multiple",
            Plant.constituency(VALID, 1, c -> c.counties(List.of("ravar"))),
            "شهرستان «ravar» (راور) در حوزهٔ انتخابیهٔ «majlis-anar» (انار) از انتخابات مجلس شورای"
                + " اسلامی است و پیش‌تر در حوزهٔ انتخابیهٔ «majlis-ravar» (راور) (در"
                + " /constituencies/0/counties/0) آمده است",
            "county \"ravar\" (راور / Ravar) is in MAJLIS constituency \"majlis-anar\""),
        Arguments.of(
            "county-eligible-voters-invalid",
            Plant.county(VALID, 0, c -> c.eligibleVoters(-1200)),
            "برای شهرستان «ravar» (راور) −۱٬۲۰۰ واجد شرایط رأی آمده است",
            "county \"ravar\" (راور / Ravar) has -1,200 eligible voters"),
        Arguments.of(
            "date-implausible",
            Plant.event(VALID, 0, e -> e.start(EventTime.parse("1402-04-21"))),
            "تاریخ آغاز رویداد «training» (نشست آموزشی) «1402-04-21» نوشته شده است که به تاریخ"
                + " خورشیدی می‌ماند: اگر آن را خورشیدی بخوانیم روز ۲۱ تیر ۱۴۰۲ است، که در اطلس به"
                + " صورت تاریخ ISO، «2023-07-12»، نوشته می‌شود",
            "is written \"1402-04-21\"; it looks like a Jalali date: read as one it is 21 Tir 1402,"
                + " which the atlas writes as the ISO-8601 date \"2023-07-12\""),
        Arguments.of(
            "election-contest-duplicate",
            Plant.election(VALID, e -> e.addContest(Contest.of(ContestKind.MAJLIS, 11))),
            "رقابت مجلس شورای اسلامی (دورهٔ ۱۱) را دو بار آورده است، بار دیگر در"
                + " /election/contests/0 (دورهٔ ۱۲)",
            "lists the MAJLIS contest (term 11) twice, also at /election/contests/0 (term 12)"),
        Arguments.of(
            "election-without-contest",
            Plant.election(VALID, e -> e.contests(List.of())),
            "هیچ رقابتی ندارد؛ آنچه را در ۱۱ اسفند ۱۴۰۲ برگزیده می‌شود فهرست کنید",
            "holds no contest; list what is elected on 11 Esfand 1402"),
        Arguments.of(
            "event-after-voting-day",
            Plant.event(VALID, 0, e -> e.end(EventTime.parse("2024-03-05"))),
            "دورهٔ آموزشی است و در ۱۵ اسفند ۱۴۰۲ پایان می‌یابد، ۴ روز پس از روز رأی‌گیری (۱۱"
                + " اسفند ۱۴۰۲)",
            "is a TRAINING that ends on 15 Esfand 1402, 4 days after voting day (11 Esfand 1402)"),
        Arguments.of(
            "event-end-before-start",
            Plant.event(VALID, 1, e -> e.end(EventTime.parse("2023-07-12T09:30"))),
            "در ۲۱ تیر ۱۴۰۲، ساعت ۰۹:۳۰ پایان می‌یابد، پیش از آغازش در ۲۱ تیر ۱۴۰۲، ساعت ۱۰:۰۰",
            "ends at 21 Tir 1402 09:30, before it starts at 21 Tir 1402 10:00"),
        Arguments.of(
            "event-outside-parent",
            Plant.event(VALID, 1, e -> e.start(EventTime.parse("2023-07-11T10:00"))),
            "ولی در ۲۰ تیر ۱۴۰۲، ساعت ۱۰:۰۰ آغاز می‌شود، پیش از آغاز آن در ۲۱ تیر ۱۴۰۲",
            "but starts at 20 Tir 1402 10:00, before its parent starts at 21 Tir 1402"),
        Arguments.of(
            "issue-critical-open",
            Plant.issue(VALID, 0, i -> i.severity(IssueSeverity.CRITICAL).status(IssueStatus.OPEN)),
            "با شدت CRITICAL هنوز در وضعیت OPEN است (مسئول: نهاد «kerman-hq» (ستاد انتخابات استان"
                + " کرمان))",
            "is CRITICAL and still OPEN (owner: body \"kerman-hq\" (ستاد انتخابات استان کرمان /"
                + " Kerman election HQ))"),
        Arguments.of(
            "issue-resolved-without-mitigation",
            Plant.issue(VALID, 0, i -> i.status(IssueStatus.RESOLVED)),
            "مسئلهٔ «late-ballots» (تأخیر در رسیدن تعرفه‌ها) در وضعیت RESOLVED است ولی راهکاری"
                + " (mitigation) ندارد",
            "is RESOLVED but has no mitigation"),
        Arguments.of(
            "persian-arabic-letter",
            Plant.county(VALID, 0, c -> c.name(LocalizedName.of("راوري كرمان"))),
            "متن فارسی «راوري كرمان» در «ravar» یای عربی «ي» و کاف عربی «ك» دارد؛ atlas normalize"
                + " آن را «راوری کرمان» می‌نویسد",
            "uses Arabic yeh (U+064A) and Arabic kaf (U+0643); atlas normalize writes"
                + " \"راوری کرمان\""),
        Arguments.of(
            "persian-arabic-indic-digit",
            Plant.county(VALID, 0, c -> c.name(LocalizedName.of("راور ١"))),
            "متن فارسی «راور ١» در «ravar» رقم‌های عربی دارد، نه فارسی؛ atlas normalize آن را"
                + " «راور ۱» می‌نویسد",
            "uses Arabic-Indic digits"),
        Arguments.of(
            "persian-zwnj-missing",
            Plant.event(VALID, 1, e -> e.title(LocalizedName.of("کارگاه ها"))),
            "متن فارسی «کارگاه ها» در «workshop» جایی که نیم‌فاصله باید باشد فاصله دارد",
            "has a space where a zero-width non-joiner belongs"),
        Arguments.of(
            "province-code-duplicate",
            Atlas.builder()
                .from(VALID)
                .addProvince(
                    Province.builder()
                        .id("yazd")
                        .code("IR-08")
                        .name(LocalizedName.of("یزد", "Yazd"))
                        .build())
                .build(),
            "کد استان «yazd» (یزد) «IR-08» است، که پیش‌تر کد استان «kerman» (کرمان) در"
                + " /provinces/0 است",
            "province \"yazd\" (یزد / Yazd) has code \"IR-08\", already the code of province"
                + " \"kerman\" (کرمان / Kerman) at /provinces/0"),
        Arguments.of(
            "province-code-invalid",
            Plant.province(VALID, 0, p -> p.code("IR-31")),
            "کد استان «kerman» (کرمان) «IR-31» است، که از کدهای ISO 3166-2:IR نیست؛ کد ۳۱ استان"
                + " از IR-00 تا IR-30 است؛ IR-31 پیش از شماره‌گذاری دوبارهٔ استان‌ها به دست ISO در"
                + " ۴ آذر ۱۳۹۹ کد خراسان شمالی بود، و کد کنونی خراسان شمالی IR-28 است",
            "IR-31 was the code of خراسان شمالی / North Khorasan before ISO renumbered the"
                + " provinces on 4 Azar 1399"),
        Arguments.of(
            "province-code-name-mismatch",
            Plant.province(VALID, 0, p -> p.code("IR-15")),
            "کد استان «kerman» (کرمان) IR-15 است، که کد لرستان است؛ کد کرمان IR-08 است (IR-15 پیش"
                + " از شماره‌گذاری دوبارهٔ استان‌ها به دست ISO در ۴ آذر ۱۳۹۹ کد آن بود)",
            "(IR-15 was its code before ISO renumbered the provinces on 4 Azar 1399)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void a_finding_reads_in_persian_with_jalali_dates_and_in_english_with_jalali_dates(
      String ruleId, Atlas atlas, String persian, String englishJalali) {
    List<Violation> violations = Validator.standard().validate(atlas).violationsOf(ruleId);

    assertThat(violations).isNotEmpty();
    Violation violation = violations.get(0);
    String fa = violation.message().render(MessageStyle.PERSIAN);
    String en = violation.message().render(ENGLISH_JALALI);
    assertThat(fa).contains(persian).doesNotContain("{", "}", "میلادی", "Gregorian");
    assertThat(en).contains(englishJalali).doesNotContain("{", "}", "Gregorian", " AD");
    assertThat(violation.message().missing()).isEmpty();
  }
}
