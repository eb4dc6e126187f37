package org.electionatlas.testkit;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Fails an atlas without an expected county or province, listing those it has. */
final class ShouldHaveEntity extends BasicErrorMessageFactory {

  private ShouldHaveEntity(String format, Object... arguments) {
    super(format, arguments);
  }

  /** For an atlas whose counties, listed by id, do not include {@code id}. */
  static ErrorMessageFactory shouldHaveCounty(String id, List<String> counties) {
    return create("the county " + Listing.quoted(id), "counties", Listing.quoted(counties));
  }

  /**
   * For an atlas whose provinces, listed as {@code "id" (code)}, have neither the id nor the code.
   */
  static ErrorMessageFactory shouldHaveProvince(String idOrCode, List<String> provinces) {
    return create(
        "a province with id or code " + Listing.quoted(idOrCode),
        "provinces",
        String.join(", ", provinces));
  }

  private static ErrorMessageFactory create(String wanted, String plural, String listed) {
    if (listed.isEmpty()) {
      return new ShouldHaveEntity(
          "%nExpecting the atlas to have %s, but it has no %s",
          unquotedString(wanted), unquotedString(plural));
    }
    return new ShouldHaveEntity(
        "%nExpecting the atlas to have %s, but its %s are: %s",
        unquotedString(wanted), unquotedString(plural), unquotedString(listed));
  }
}
