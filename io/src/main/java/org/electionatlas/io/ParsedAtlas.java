package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.SourceLocation;
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
    // A finding about the previous round's atlas was located there, by the rule that found it.
    Set<String> pointers = new HashSet<>();
    for (Violation violation : report.violations()) {
      if (violation.document().isEmpty()) {
        pointers.add(violation.pointer());
      }
    }
    Map<String, SourceLocation> places = map.locateAll(pointers);
    List<Violation> located = new ArrayList<>(report.violations().size());
    for (Violation violation : report.violations()) {
      SourceLocation at = violation.document().isEmpty() ? places.get(violation.pointer()) : null;
      located.add(at != null ? violation.at(at) : violation);
    }
    return ValidationReport.of(located);
  }
}
