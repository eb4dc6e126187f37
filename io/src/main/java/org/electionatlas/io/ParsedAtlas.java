package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;

/**
 * An atlas together with where each of its values stood in the document it was read from, so that
 * findings about the atlas can be reported as {@code file:line:column}.
 *
 * @param atlas the atlas read
 * @param sourceMap where each value was found
 */
public record ParsedAtlas(Atlas atlas, SourceMap sourceMap) {

  /**
   * Checks that neither part is null.
   *
   * @param atlas the atlas
   * @param sourceMap the source map
   */
  public ParsedAtlas {
    requireNonNull(atlas, "atlas");
    requireNonNull(sourceMap, "sourceMap");
  }

  /**
   * Validates the atlas in memory; each violation carries its line and column.
   *
   * @param validator the validator, not null
   * @return the report, its violations located in the document
   */
  public ValidationReport validate(Validator validator) {
    return located(validator.validate(atlas), sourceMap);
  }

  /** The report with each violation located by the map, where the map knows its pointer. */
  static ValidationReport located(ValidationReport report, SourceMap map) {
    List<Violation> located = new ArrayList<>(report.violations().size());
    for (Violation violation : report.violations()) {
      // A finding about the previous round's atlas was located there, by the rule that found it.
      located.add(
          violation.document().isPresent()
              ? violation
              : map.locate(violation.pointer()).map(violation::at).orElse(violation));
    }
    return ValidationReport.of(located);
  }
}
