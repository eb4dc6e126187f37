package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.IranProvinces;
import org.electionatlas.model.Province;

/**
 * A province's code is the code of the province its name names. Only names that are exactly a
 * province's Persian name (matched with {@link Spelling#key}) or English name (ignoring case) are
 * judged; other names, such as "استان کرمان", say nothing either way.
 */
final class ProvinceCodeNameMismatchRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("province-code-name-mismatch")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A province's code should be the ISO 3166-2:IR code of the province it is named"
                      + " after",
                  "کد هر استان باید کد ISO 3166-2:IR همان استانی باشد که نامش را دارد"))
          .rationale(
              Phrase.of(
                  "ISO renumbered every Iranian province on 2020-11-24, and data from before then"
                      + " (and libraries such as Unicode CLDR) still use the old codes: IR-15 was"
                      + " Kerman and is now Lorestan, IR-08 was Chaharmahal and Bakhtiari and is"
                      + " now Kerman. An atlas that calls Kerman IR-15 joins Kerman's stations to"
                      + " Lorestan's figures in every other dataset. The message says when the code"
                      + " is the province's own code from before the renumbering.",
                  "ISO در ۴ آذر ۱۳۹۹ همهٔ استان‌های ایران را از نو شماره‌گذاری کرد، و داده‌های"
                      + " پیش از آن (و کتابخانه‌هایی مانند Unicode CLDR) هنوز کدهای پیشین را به"
                      + " کار می‌برند: IR-15 کد کرمان بود و اکنون کد لرستان است، IR-08 کد چهارمحال"
                      + " و بختیاری بود و اکنون کد کرمان است. اطلسی که کرمان را IR-15 بنامد در هر"
                      + " دادهٔ دیگری شعبه‌های کرمان را به آمار لرستان پیوند می‌زند. پیام می‌گوید"
                      + " کی کد، کد خودِ استان پیش از شماره‌گذاری دوباره است."))
          .violatingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-15", "name": {"fa": "کرمان", "en": "Kerman"}}]""")
          .passingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}}]""")
          .addTags("geography")
          .build();

  private static final MessageTemplate MISMATCH =
      MessageTemplate.of(
          "province-code-name-mismatch",
          "{province} has code {code}, which is the code of {coded}; {meant} is {right}",
          "کد {province} {code} است، که کد {coded} است؛ کد {meant} {right} است");

  private static final MessageTemplate OLD_CODE =
      MessageTemplate.of(
          "province-code-name-mismatch.old-code",
          "{province} has code {code}, which is the code of {coded}; {meant} is {right} ({code}"
              + " was its code before ISO renumbered the provinces on {renumbered})",
          "کد {province} {code} است، که کد {coded} است؛ کد {meant} {right} است ({code} پیش از"
              + " شماره‌گذاری دوبارهٔ استان‌ها به دست ISO در {renumbered} کد آن بود)");

  /** The table's provinces by Persian name key and by lower-case English name. */
  private static final ImmutableMap<String, IranProvinces.Entry> BY_NAME = byName();

  private static ImmutableMap<String, IranProvinces.Entry> byName() {
    Map<String, IranProvinces.Entry> byName = new HashMap<>();
    for (IranProvinces.Entry entry : IranProvinces.all()) {
      byName.put(Spelling.key(entry.fa()), entry);
      byName.put(entry.en().toLowerCase(Locale.ROOT), entry);
    }
    return ImmutableMap.copyOf(byName);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Province> provinces = frame.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      Optional<IranProvinces.Entry> byCode = IranProvinces.byCode(province.code());
      Optional<IranProvinces.Entry> byName = named(province);
      if (byCode.isEmpty() || byName.isEmpty() || byCode.get().equals(byName.get())) {
        continue;
      }
      IranProvinces.Entry meant = byName.get();
      context.report(
          PROVINCE.pointer(i) + "/code",
          province.id(),
          (meant.codeBefore2020().equals(province.code())
                  ? OLD_CODE.with("renumbered", Argument.date(IranProvinces.RENUMBERED_ON))
                  : MISMATCH.message())
              .with("province", Argument.entity(PROVINCE, province))
              .with("code", Argument.text(province.code()))
              .with("coded", Argument.name(byCode.get().name()))
              .with("meant", Argument.name(meant.name()))
              .with("right", Argument.text(meant.code())));
    }
    return RuleCheck.NONE;
  }

  private static Optional<IranProvinces.Entry> named(Province province) {
    IranProvinces.Entry byFa = BY_NAME.get(Spelling.key(province.name().fa()));
    if (byFa != null) {
      return Optional.of(byFa);
    }
    return province.name().en().map(en -> BY_NAME.get(en.strip().toLowerCase(Locale.ROOT)));
  }
}
