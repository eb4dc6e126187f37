package org.electionatlas.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.electionatlas.io.SourceLocation;
import org.electionatlas.io.SourceMap;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Violation;

/**
 * The compiler-style text report, one line per violation, which editors and CI logs turn into
 * links: {@code FILE:LINE:COL: SEVERITY [RULE-ID] MESSAGE (at /POINTER)}.
 */
final class TextReport {

  private TextReport() {}

  static void print(ValidationReport report, SourceMap sourceMap, PrintStream out) {
    for (Violation violation : report.violations()) {
      SourceLocation at = sourceMap.locate(violation.pointer()).orElse(new SourceLocation(1, 1));
      out.println(
          sourceMap.source()
              + ":"
              + at
              + ": "
              + violation.severity().name().toLowerCase(Locale.ROOT)
              + " ["
              + violation.ruleId()
              + "] "
              + violation.message()
              + " (at "
              + (violation.pointer().isEmpty() ? "/" : violation.pointer())
              + ")");
    }
  }

  /** "2 errors, 1 warning, 0 infos" from counts indexed by severity. */
  static String counts(int[] bySeverity) {
    return count(bySeverity[Severity.ERROR.ordinal()], "error", "errors")
        + ", "
        + count(bySeverity[Severity.WARNING.ordinal()], "warning", "warnings")
        + ", "
        + count(bySeverity[Severity.INFO.ordinal()], "info", "infos");
  }

  /** "1 county", "2,400 polling stations". */
  static String count(int n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
