package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Province;

/** No two provinces share a code. */
final class ProvinceCodeDuplicateRule extends CatalogueRule {

  ProvinceCodeDuplicateRule() {
    super(
        "province-code-duplicate",
        Severity.ERROR,
        "Two provinces must not share a code",
        "Each code names one province. When two provinces of the atlas carry one code, joins with"
            + " other datasets give one province the other's figures; usually the province was"
            + " entered twice, or a code was copied from the row above.",
        """
        "provinces": [
          {"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}},
          {"id": "yazd", "code": "IR-08", "name": {"fa": "یزد", "en": "Yazd"}}
        ]""",
        """
        "provinces": [
          {"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}},
          {"id": "yazd", "code": "IR-21", "name": {"fa": "یزد", "en": "Yazd"}}
        ]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Province> provinces = atlas.provinces();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      Integer earlier = first.putIfAbsent(province.code(), i);
      if (earlier != null) {
        findings.report(
            PROVINCE.pointer(i) + "/code",
            province.id(),
            Describe.entity(PROVINCE, province)
                + " has code \""
                + province.code()
                + "\", already the code of "
                + Describe.entity(PROVINCE, provinces.get(earlier))
                + " at "
                + PROVINCE.pointer(earlier));
      }
    }
  }
}
