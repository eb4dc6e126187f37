package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.validation.Rule;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Violation;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the results of checking one or more sources in one of three formats: compiler-style text
 * for people and editors, JSON for scripts, SARIF 2.1.0 for CI systems that annotate files.
 *
 * <p>The JSON shape is versioned ({@code "version": 1}) and documented in {@code docs/reports.md};
 * it only grows compatibly within a version.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportWriter {

  /** The report formats. */
  public enum Format {
    /** {@code FILE:LINE:COL: SEVERITY [RULE-ID] MESSAGE (at /POINTER)}, one line per finding. */
    TEXT,
    /** The versioned JSON report for scripts. */
    JSON,
    /** SARIF 2.1.0, with rule metadata in {@code tool.driver.rules}. */
    SARIF
  }

  /** The version of the JSON report's shape. */
  public static final int JSON_REPORT_VERSION = 1;

  private static final String SARIF_SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private final String toolVersion;
  private final List<Rule> rules;

  private ReportWriter(String toolVersion, List<Rule> rules) {
    this.toolVersion = toolVersion;
    this.rules = List.copyOf(rules);
  }

  /**
   * {@return a writer that names the tool's version and describes the rules that ran (for SARIF's
   * rule metadata)}
   *
   * @param rules the rules
   * @param toolVersion the tool version
   */
  public static ReportWriter of(String toolVersion, List<Rule> rules) {
    return new ReportWriter(toolVersion, rules);
  }

  /**
   * Writes the results in the format; does not close the stream.
   *
   * @param format the format
   * @param out the out
   * @param results the results
   * @throws IOException if the output cannot be written
   */
  public void write(Format format, List<CheckedSource> results, OutputStream out)
      throws IOException {
    switch (format) {
      case TEXT -> writeText(results, out);
      case JSON -> writeJson(results, out);
      case SARIF -> writeSarif(results, out);
    }
    out.flush();
  }

  /** "1 county", "2,400 polling stations". */
  static String count(int n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /** All violations of all sources in one report, for the totals. */
  private static ValidationReport total(List<CheckedSource> results) {
    List<Violation> all = new ArrayList<>();
    results.forEach(result -> result.report().ifPresent(report -> all.addAll(report.violations())));
    return ValidationReport.of(all);
  }

  private static String lower(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  private static SourceLocation locate(CheckedSource result, Violation violation) {
    return result
        .contents()
        .flatMap(contents -> contents.locator().locate(violation.pointer()))
        .orElse(new SourceLocation(1, 1));
  }

  private void writeText(List<CheckedSource> results, OutputStream stream) {
    PrintStream out = new PrintStream(stream, false, UTF_8);
    int unreadable = 0;
    for (CheckedSource result : results) {
      if (result.failure().isPresent()) {
        CheckedSource.ReadFailure failure = result.failure().get();
        out.println(
            result.source()
                + failure.location().map(at -> ":" + at).orElse("")
                + ": error [unreadable] "
                + failure.problem()
                + (failure.pointer().isEmpty()
                    ? ""
                    : " (at " + Printable.escape(failure.pointer()) + ")"));
        unreadable++;
        continue;
      }
      ValidationReport report = result.report().orElseThrow();
      for (Violation violation : report.violations()) {
        out.println(
            result.source()
                + ":"
                + locate(result, violation)
                + ": "
                + lower(violation.severity())
                + " ["
                + violation.ruleId()
                + "] "
                + Printable.escape(violation.message())
                + " (at "
                + (violation.pointer().isEmpty() ? "/" : Printable.escape(violation.pointer()))
                + ")");
      }
      CheckedSource.Contents contents = result.contents().orElseThrow();
      out.println(
          result.source()
              + ": "
              + count(contents.pollingStations(), "polling station", "polling stations")
              + " in "
              + count(contents.counties(), "county", "counties")
              + ": "
              + report.summary());
    }
    if (results.size() > 1) {
      out.println(
          (results.size() - unreadable)
              + " of "
              + results.size()
              + " files checked: "
              + total(results).summary());
    }
    out.flush();
  }

  private void writeJson(List<CheckedSource> results, OutputStream out) {
    int unreadable = 0;
    try (JsonGenerator gen = AtlasJson.standard().generator(out)) {
      gen.writeStartObject();
      gen.writeStringProperty("format", "election-atlas-report");
      gen.writeNumberProperty("version", JSON_REPORT_VERSION);
      gen.writeName("tool");
      gen.writeStartObject();
      gen.writeStringProperty("name", "atlas");
      gen.writeStringProperty("version", toolVersion);
      gen.writeEndObject();
      gen.writeArrayPropertyStart("sources");
      for (CheckedSource result : results) {
        gen.writeStartObject();
        gen.writeStringProperty("source", result.source());
        if (result.failure().isPresent()) {
          unreadable++;
          CheckedSource.ReadFailure failure = result.failure().get();
          gen.writeName("failure");
          gen.writeStartObject();
          gen.writeStringProperty("message", failure.problem());
          gen.writeStringProperty("pointer", failure.pointer());
          if (failure.location().isPresent()) {
            gen.writeNumberProperty("line", failure.location().get().line());
            gen.writeNumberProperty("column", failure.location().get().column());
          }
          gen.writeEndObject();
        } else {
          ValidationReport report = result.report().orElseThrow();
          gen.writeName("counts");
          writeCounts(gen, report);
          gen.writeArrayPropertyStart("violations");
          for (Violation violation : report.violations()) {
            SourceLocation at = locate(result, violation);
            gen.writeStartObject();
            gen.writeStringProperty("ruleId", violation.ruleId());
            gen.writeStringProperty("severity", lower(violation.severity()));
            gen.writeStringProperty("pointer", violation.pointer());
            gen.writeNumberProperty("line", at.line());
            gen.writeNumberProperty("column", at.column());
            if (violation.subjectId().isPresent()) {
              gen.writeStringProperty("subjectId", violation.subjectId().get());
            }
            gen.writeStringProperty("message", violation.message());
            gen.writeEndObject();
          }
          gen.writeEndArray();
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeName("total");
      gen.writeStartObject();
      gen.writeNumberProperty("sources", results.size());
      gen.writeNumberProperty("unreadable", unreadable);
      gen.writeName("counts");
      writeCounts(gen, total(results));
      gen.writeEndObject();
      gen.writeEndObject();
    }
    writeNewline(out);
  }

  private static void writeCounts(JsonGenerator gen, ValidationReport report) {
    gen.writeStartObject();
    gen.writeNumberProperty("errors", report.count(Severity.ERROR));
    gen.writeNumberProperty("warnings", report.count(Severity.WARNING));
    gen.writeNumberProperty("infos", report.count(Severity.INFO));
    gen.writeEndObject();
  }

  private static String sarifLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private void writeSarif(List<CheckedSource> results, OutputStream out) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Rule rule : rules) {
      ruleIndex.put(rule.id(), ruleIndex.size());
    }
    List<CheckedSource> unreadable = new ArrayList<>();
    try (JsonGenerator gen = AtlasJson.standard().generator(out)) {
      gen.writeStartObject();
      gen.writeStringProperty("$schema", SARIF_SCHEMA);
      gen.writeStringProperty("version", "2.1.0");
      gen.writeArrayPropertyStart("runs");
      gen.writeStartObject();
      gen.writeName("tool");
      gen.writeStartObject();
      gen.writeName("driver");
      gen.writeStartObject();
      gen.writeStringProperty("name", "atlas");
      gen.writeStringProperty("fullName", "Election Atlas validator");
      gen.writeStringProperty("version", toolVersion);
      gen.writeStringProperty("semanticVersion", toolVersion);
      gen.writeStringProperty("informationUri", Sarif.INFORMATION_URI);
      gen.writeArrayPropertyStart("rules");
      for (Rule rule : rules) {
        gen.writeStartObject();
        gen.writeStringProperty("id", rule.id());
        gen.writeName("shortDescription");
        gen.writeStartObject();
        gen.writeStringProperty("text", rule.summary());
        gen.writeEndObject();
        if (!rule.rationale().isEmpty()) {
          gen.writeName("fullDescription");
          gen.writeStartObject();
          gen.writeStringProperty("text", rule.rationale());
          gen.writeEndObject();
        }
        gen.writeStringProperty("helpUri", Sarif.helpUri(rule));
        gen.writeName("help");
        gen.writeStartObject();
        gen.writeStringProperty("text", Sarif.helpText(rule));
        gen.writeStringProperty("markdown", Sarif.helpMarkdown(rule));
        gen.writeEndObject();
        gen.writeName("defaultConfiguration");
        gen.writeStartObject();
        gen.writeStringProperty("level", sarifLevel(rule.defaultSeverity()));
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeEndObject();
      // Our columns count code points, which SARIF can say; its default is UTF-16 code units.
      gen.writeStringProperty("columnKind", "unicodeCodePoints");
      gen.writeArrayPropertyStart("results");
      for (CheckedSource result : results) {
        if (result.failure().isPresent()) {
          unreadable.add(result);
          continue;
        }
        for (Violation violation : result.report().orElseThrow().violations()) {
          gen.writeStartObject();
          gen.writeStringProperty("ruleId", violation.ruleId());
          Integer index = ruleIndex.get(violation.ruleId());
          if (index != null) {
            gen.writeNumberProperty("ruleIndex", index);
          }
          gen.writeStringProperty("level", sarifLevel(violation.severity()));
          gen.writeName("message");
          gen.writeStartObject();
          gen.writeStringProperty("text", violation.message());
          gen.writeEndObject();
          writeLocation(gen, result.source(), locate(result, violation), violation.pointer());
          gen.writeEndObject();
        }
      }
      gen.writeEndArray();
      gen.writeArrayPropertyStart("invocations");
      gen.writeStartObject();
      gen.writeBooleanProperty("executionSuccessful", unreadable.isEmpty());
      if (!unreadable.isEmpty()) {
        gen.writeArrayPropertyStart("toolExecutionNotifications");
        for (CheckedSource result : unreadable) {
          CheckedSource.ReadFailure failure = result.failure().orElseThrow();
          gen.writeStartObject();
          gen.writeStringProperty("level", "error");
          gen.writeName("message");
          gen.writeStartObject();
          gen.writeStringProperty("text", failure.problem());
          gen.writeEndObject();
          writeLocation(
              gen,
              result.source(),
              failure.location().orElse(new SourceLocation(1, 1)),
              failure.pointer());
          gen.writeEndObject();
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeEndObject();
    }
    writeNewline(out);
  }

  private static void writeLocation(
      JsonGenerator gen, String source, SourceLocation at, String pointer) {
    gen.writeArrayPropertyStart("locations");
    gen.writeStartObject();
    gen.writeName("physicalLocation");
    gen.writeStartObject();
    gen.writeName("artifactLocation");
    gen.writeStartObject();
    gen.writeStringProperty("uri", Sarif.uriOf(source));
    gen.writeEndObject();
    gen.writeName("region");
    gen.writeStartObject();
    gen.writeNumberProperty("startLine", at.line());
    gen.writeNumberProperty("startColumn", at.column());
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeArrayPropertyStart("logicalLocations");
    gen.writeStartObject();
    gen.writeStringProperty("fullyQualifiedName", pointer.isEmpty() ? "/" : pointer);
    // What the pointer names, as the format's schema says: an object, an array or a value.
    Optional<String> kind = Sarif.kindOf(pointer);
    if (kind.isPresent()) {
      gen.writeStringProperty("kind", kind.get());
    }
    gen.writeEndObject();
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndArray();
  }

  private static void writeNewline(OutputStream out) {
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
