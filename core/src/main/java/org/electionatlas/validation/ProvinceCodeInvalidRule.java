package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.IranProvinces;
import org.electionatlas.model.Province;

/** A province's code is one of the 31 ISO 3166-2:IR codes, IR-00 to IR-30. */
final class ProvinceCodeInvalidRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("province-code-invalid")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A province's code must be an ISO 3166-2:IR code, IR-00 to IR-30",
                  "کد هر استان باید یکی از کدهای ISO 3166-2:IR، از IR-00 تا IR-30، باشد"))
          .rationale(
              Phrase.of(
                  "The code is how an atlas is joined with other election and statistics datasets."
                      + " A code outside the standard joins with nothing, and a lower-case or"
                      + " unpadded code joins with nothing in tools that compare exactly. ISO"
                      + " renumbered every province on 2020-11-24, so IR-31 and IR-32 (North"
                      + " Khorasan and Alborz before then) are no longer codes; the message says"
                      + " what a code used to mean.",
                  "اطلس با همین کد به داده‌های دیگر انتخاباتی و آماری پیوند می‌خورد. کدی بیرون از"
                      + " استاندارد با هیچ داده‌ای پیوند نمی‌خورد، و کدی با حروف کوچک یا بی‌صفرِ"
                      + " آغازین در ابزارهایی که دقیق مقایسه می‌کنند با هیچ چیز جور نمی‌شود. ISO"
                      + " در ۴ آذر ۱۳۹۹ همهٔ استان‌ها را از نو شماره‌گذاری کرد، پس IR-31 و IR-32"
                      + " (کدهای پیشین خراسان شمالی و البرز) دیگر کد نیستند؛ پیام می‌گوید کد در"
                      + " گذشته نام کدام استان بود."))
          .violatingExample(
              """
              "provinces": [{"id": "alborz", "code": "IR-32", "name": {"fa": "البرز", "en": "Alborz"}}]""")
          .passingExample(
              """
              "provinces": [{"id": "alborz", "code": "IR-30", "name": {"fa": "البرز", "en": "Alborz"}}]""")
          .addTags("geography")
          .build();

  private static final Pattern LOOSE = Pattern.compile("IR[-_ ]?([0-9]{1,2})");

  private static final Noun PROVINCES = Noun.of("province", "provinces", "استان");

  private static final MessageTemplate INVALID =
      MessageTemplate.of(
          "province-code-invalid",
          "{province} has code {code}, which is not an {standard} code; the {provinces} are"
              + " {first} to {last}",
          "کد {province} {code} است، که از کدهای {standard} نیست؛ کد {provinces} از {first} تا"
              + " {last} است");

  private static final MessageTemplate DID_YOU_MEAN =
      MessageTemplate.of(
          "province-code-invalid.did-you-mean",
          "{province} has code {code}, which is not an {standard} code; the {provinces} are"
              + " {first} to {last}; did you mean {canonical} ({name})?",
          "کد {province} {code} است، که از کدهای {standard} نیست؛ کد {provinces} از {first} تا"
              + " {last} است؛ آیا منظور {canonical} ({name}) بود؟");

  private static final MessageTemplate RENUMBERED =
      MessageTemplate.of(
          "province-code-invalid.renumbered",
          "{province} has code {code}, which is not an {standard} code; the {provinces} are"
              + " {first} to {last}; {canonical} was the code of {old} before ISO renumbered the"
              + " provinces on {renumbered}, and {old} is {now} now",
          "کد {province} {code} است، که از کدهای {standard} نیست؛ کد {provinces} از {first} تا"
              + " {last} است؛ {canonical} پیش از شماره‌گذاری دوبارهٔ استان‌ها به دست ISO در"
              + " {renumbered} کد {old} بود، و کد کنونی {old} {now} است");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Province> provinces = frame.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      String code = province.code();
      if (IranProvinces.byCode(code).isPresent()) {
        continue;
      }
      List<IranProvinces.Entry> all = IranProvinces.all();
      context.report(
          PROVINCE.pointer(i) + "/code",
          province.id(),
          hinted(code)
              .with("province", Argument.entity(PROVINCE, province))
              .with("code", Argument.id(code))
              .with("standard", Argument.text("ISO 3166-2:IR"))
              .with("provinces", Argument.count(all.size(), PROVINCES))
              .with("first", Argument.text(all.get(0).code()))
              .with("last", Argument.text(all.get(all.size() - 1).code())));
    }
    return RuleCheck.NONE;
  }

  /** The message, with a hint when the code is a current one mistyped, or an old one. */
  private static Message hinted(String code) {
    Matcher loose = LOOSE.matcher(code.strip().toUpperCase(Locale.ROOT));
    if (!loose.matches()) {
      return INVALID.message();
    }
    String canonical = "IR-" + (loose.group(1).length() == 1 ? "0" : "") + loose.group(1);
    Optional<IranProvinces.Entry> current = IranProvinces.byCode(canonical);
    if (current.isPresent()) {
      return DID_YOU_MEAN
          .with("canonical", Argument.id(canonical))
          .with("name", Argument.name(current.get().name()));
    }
    return IranProvinces.byCodeBefore2020(canonical)
        .map(
            old ->
                RENUMBERED
                    .with("canonical", Argument.text(canonical))
                    .with("old", Argument.name(old.name()))
                    .with("renumbered", Argument.date(IranProvinces.RENUMBERED_ON))
                    .with("now", Argument.text(old.code())))
        .orElseGet(INVALID::message);
  }
}
