package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.IranProvinces;
import org.electionatlas.model.Province;

/** A province's code is one of the 31 ISO 3166-2:IR codes, IR-00 to IR-30. */
final class ProvinceCodeInvalidRule extends CatalogueRule {

  private static final Pattern LOOSE = Pattern.compile("IR[-_ ]?([0-9]{1,2})");

  ProvinceCodeInvalidRule() {
    super(
        "province-code-invalid",
        Severity.ERROR,
        "A province's code must be an ISO 3166-2:IR code, IR-00 to IR-30",
        "The code is how an atlas is joined with other election and statistics datasets. A code"
            + " outside the standard joins with nothing, and a lower-case or unpadded code joins"
            + " with nothing in tools that compare exactly. ISO renumbered every province on"
            + " 2020-11-24, so IR-31 and IR-32 (North Khorasan and Alborz before then) are no"
            + " longer codes; the message says what a code used to mean.",
        """
        "provinces": [{"id": "alborz", "code": "IR-32", "name": {"fa": "البرز", "en": "Alborz"}}]""",
        """
        "provinces": [{"id": "alborz", "code": "IR-30", "name": {"fa": "البرز", "en": "Alborz"}}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Province> provinces = atlas.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      String code = province.code();
      if (IranProvinces.byCode(code).isPresent()) {
        continue;
      }
      findings.report(
          PROVINCE.pointer(i) + "/code",
          province.id(),
          Describe.entity(PROVINCE, province)
              + " has code \""
              + code
              + "\", which is not an ISO 3166-2:IR code; the 31 provinces are IR-00 to IR-30"
              + hint(code));
    }
  }

  private static String hint(String code) {
    Matcher loose = LOOSE.matcher(code.strip().toUpperCase(Locale.ROOT));
    if (!loose.matches()) {
      return "";
    }
    String canonical = "IR-" + (loose.group(1).length() == 1 ? "0" : "") + loose.group(1);
    Optional<IranProvinces.Entry> current = IranProvinces.byCode(canonical);
    if (current.isPresent()) {
      return "; did you mean \"" + canonical + "\" (" + current.get().en() + ")?";
    }
    return IranProvinces.byCodeBefore2020(canonical)
        .map(
            old ->
                "; "
                    + canonical
                    + " was the code of "
                    + old.en()
                    + " ("
                    + old.fa()
                    + ") before ISO renumbered the provinces on "
                    + IranProvinces.RENUMBERED_ON
                    + ", and "
                    + old.en()
                    + " is "
                    + old.code()
                    + " now")
        .orElse("");
  }
}
