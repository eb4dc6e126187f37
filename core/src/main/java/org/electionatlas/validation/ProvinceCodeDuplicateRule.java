package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Province;

/** No two provinces share a code. */
final class ProvinceCodeDuplicateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("province-code-duplicate")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of("Two provinces must not share a code", "دو استان نباید یک کد داشته باشند"))
          .rationale(
              Phrase.of(
                  "Each code names one province. When two provinces of the atlas carry one code,"
                      + " joins with other datasets give one province the other's figures; usually"
                      + " the province was entered twice, or a code was copied from the row above.",
                  "هر کد نام یک استان است. وقتی دو استان اطلس یک کد داشته باشند، پیوند با"
                      + " داده‌های دیگر آمار یک استان را به دیگری می‌دهد؛ معمولاً استان دو بار"
                      + " وارد شده یا کد از ردیف بالا رونویسی شده است."))
          .violatingExample(
              """
              "provinces": [
                {"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}},
                {"id": "kerman-province", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}}
              ]""")
          .passingExample(
              """
              "provinces": [
                {"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}}
              ]""")
          .addTags("geography", "identity")
          .build();

  private static final MessageTemplate SHARED =
      MessageTemplate.of(
          "province-code-duplicate",
          "{province} has code {code}, already the code of {other} at {where}",
          "کد {province} {code} است، که پیش‌تر کد {other} در {where} است");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Province> provinces = frame.provinces();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      Integer earlier = first.putIfAbsent(province.code(), i);
      if (earlier != null) {
        context.report(
            PROVINCE.pointer(i) + "/code",
            province.id(),
            SHARED
                .with("province", Argument.entity(PROVINCE, province))
                .with("code", Argument.id(province.code()))
                .with("other", Argument.entity(PROVINCE, provinces.get(earlier)))
                .with("where", Argument.text(PROVINCE.pointer(earlier))));
      }
    }
    return RuleCheck.NONE;
  }
}
