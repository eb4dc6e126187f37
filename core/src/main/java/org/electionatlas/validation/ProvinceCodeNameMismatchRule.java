package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.IranProvinces;
import org.electionatlas.model.Province;

/**
 * A province's code is the code of the province its name names. Only names that are exactly a
 * province's Persian name (matched with {@link Spelling#key}) or English name (ignoring case) are
 * judged; other names, such as "استان کرمان", say nothing either way.
 */
final class ProvinceCodeNameMismatchRule extends CatalogueRule {

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

  ProvinceCodeNameMismatchRule() {
    super(
        "province-code-name-mismatch",
        Severity.WARNING,
        "A province's code should be the ISO 3166-2:IR code of the province it is named after",
        "ISO renumbered every Iranian province on 2020-11-24, and data from before then (and"
            + " libraries such as Unicode CLDR) still use the old codes: IR-15 was Kerman and is"
            + " now Lorestan, IR-08 was Chaharmahal and Bakhtiari and is now Kerman. An atlas that"
            + " calls Kerman IR-15 joins Kerman's stations to Lorestan's figures in every other"
            + " dataset. The message says when the code is the province's own code from before"
            + " the renumbering.",
        """
        "provinces": [{"id": "kerman", "code": "IR-15", "name": {"fa": "کرمان", "en": "Kerman"}}]""",
        """
        "provinces": [{"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Province> provinces = atlas.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      Optional<IranProvinces.Entry> byCode = IranProvinces.byCode(province.code());
      Optional<IranProvinces.Entry> byName = named(province);
      if (byCode.isEmpty() || byName.isEmpty() || byCode.get().equals(byName.get())) {
        continue;
      }
      IranProvinces.Entry coded = byCode.get();
      IranProvinces.Entry meant = byName.get();
      boolean oldCode = meant.codeBefore2020().equals(province.code());
      findings.report(
          PROVINCE.pointer(i) + "/code",
          province.id(),
          Describe.entity(PROVINCE, province)
              + " has code "
              + province.code()
              + ", which is the code of "
              + coded.en()
              + " ("
              + coded.fa()
              + "); "
              + meant.en()
              + " is "
              + meant.code()
              + (oldCode
                  ? " ("
                      + province.code()
                      + " was its code before ISO renumbered the provinces on "
                      + IranProvinces.RENUMBERED_ON
                      + ")"
                  : ""));
    }
  }

  private static Optional<IranProvinces.Entry> named(Province province) {
    IranProvinces.Entry byFa = BY_NAME.get(Spelling.key(province.name().fa()));
    if (byFa != null) {
      return Optional.of(byFa);
    }
    return province.name().en().map(en -> BY_NAME.get(en.strip().toLowerCase(Locale.ROOT)));
  }
}
