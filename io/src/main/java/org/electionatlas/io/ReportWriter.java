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
import org.electionatlas.io.internal.JsonHeader;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.validation.Rule;
import org.electionatlas.validation.RuleInfo;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.SourceLocation;
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

  private static final Noun STATIONS = Noun.of("polling station", "polling stations", "شعبه");
  private static final Noun COUNTIES = Noun.of("county", "counties", "شهرستان");
  private static final Noun FILES = Noun.of("file", "files", "پرونده");

  private static final MessageTemplate SOURCE_SUMMARY =
      MessageTemplate.of(
          "report.source",
          "{stations} in {counties}: {found}",
          "{stations} در {counties}: {found}");
  private static final MessageTemplate TOTAL =
      MessageTemplate.of(
          "report.total",
          "{checked} of {files} checked: {found}",
          "{checked} از {files} بررسی شد: {found}");

  private static final Noun MORE = Noun.of("more finding", "more findings", "یافتهٔ دیگر");
  private static final MessageTemplate OMITTED =
      MessageTemplate.of(
          "report.omitted",
          "{count} not shown, after the first {shown}",
          "{count} نشان داده نشد، پس از {shown} یافتهٔ نخست");

  private final String toolVersion;
  private final List<Rule> rules;
  private final MessageStyle style;

  private ReportWriter(String toolVersion, List<Rule> rules, MessageStyle style) {
    this.toolVersion = toolVersion;
    this.rules = List.copyOf(rules);
    this.style = style;
  }

  /**
   * {@return a writer that names the tool's version and describes the rules that ran (for SARIF's
   * rule metadata), with messages in English and dates in the Gregorian calendar}
   *
   * @param rules the rules
   * @param toolVersion the tool version
   */
  public static ReportWriter of(String toolVersion, List<Rule> rules) {
    return new ReportWriter(toolVersion, rules, MessageStyle.ENGLISH);
  }

  /**
   * This writer with messages, summaries and rule descriptions in the style's language and dates in
   * its calendar. Severities, rule ids and pointers stay as they are: tools read them.
   *
   * @param style the language and calendar, not null
   * @return the writer
   */
  public ReportWriter withStyle(MessageStyle style) {
    return new ReportWriter(toolVersion, rules, java.util.Objects.requireNonNull(style, "style"));
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

  /** All violations of all sources in one report, for the totals. */
  private static ValidationReport total(List<CheckedSource> results) {
    List<Violation> all = new ArrayList<>();
    List<ValidationReport.Omitted> omitted = new ArrayList<>();
    for (CheckedSource result : results) {
      if (result instanceof CheckedSource.Checked checked) {
        all.addAll(checked.report().violations());
        omitted.addAll(checked.report().omitted());
      }
    }
    return ValidationReport.of(all, omitted);
  }

  /**
   * The sentence that says how many findings of a rule a report left out: {@code 999,900 more
   * findings not shown, after the first 100}.
   */
  private String omission(ValidationReport report, ValidationReport.Omitted omitted) {
    return OMITTED
        .with("count", Argument.count(omitted.count(), MORE))
        .with("shown", Argument.number(report.violationsOf(omitted.ruleId()).size()))
        .render(style);
  }

  private static String lower(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  private static SourceLocation locate(Violation violation) {
    return violation.location().orElse(new SourceLocation(1, 1));
  }

  private void writeText(List<CheckedSource> results, OutputStream stream) {
    PrintStream out = new PrintStream(stream, false, UTF_8);
    int unreadable = 0;
    for (CheckedSource result : results) {
      if (result instanceof CheckedSource.Unreadable unreadableSource) {
        CheckedSource.ReadFailure failure = unreadableSource.failure();
        out.println(
            Printable.escape(result.source())
                + failure.location().map(at -> ":" + at).orElse("")
                + ": error [unreadable] "
                + failure.problem()
                + (failure.pointer().isEmpty()
                    ? ""
                    : " (at " + Printable.escape(failure.pointer()) + ")"));
        unreadable++;
        continue;
      }
      CheckedSource.Checked checked = (CheckedSource.Checked) result;
      ValidationReport report = checked.report();
      for (Violation violation : report.violations()) {
        out.println(
            Printable.escape(violation.document().orElse(result.source()))
                + ":"
                + locate(violation)
                + ": "
                + lower(violation.severity())
                + " ["
                + violation.ruleId()
                + "] "
                + Printable.escape(violation.message(style))
                + " (at "
                + (violation.pointer().isEmpty() ? "/" : Printable.escape(violation.pointer()))
                + ")");
      }
      for (ValidationReport.Omitted omitted : report.omitted()) {
        out.println(
            Printable.escape(result.source())
                + ": "
                + lower(omitted.severity())
                + " ["
                + omitted.ruleId()
                + "] "
                + omission(report, omitted));
      }
      out.println(
          Printable.escape(result.source())
              + ": "
              + SOURCE_SUMMARY
                  .with("stations", Argument.count(checked.pollingStations(), STATIONS))
                  .with("counties", Argument.count(checked.counties(), COUNTIES))
                  .with("found", Argument.text(report.summary(style)))
                  .render(style));
    }
    if (results.size() > 1) {
      out.println(
          TOTAL
              .with("checked", Argument.number(results.size() - unreadable))
              .with("files", Argument.count(results.size(), FILES))
              .with("found", Argument.text(total(results).summary(style)))
              .render(style));
    }
    out.flush();
  }

  private void writeJson(List<CheckedSource> results, OutputStream out) {
    int unreadable = 0;
    try (JsonGenerator gen = AtlasJson.standard().generator(out)) {
      gen.writeStartObject();
      gen.writeStringProperty("format", "election-atlas-report");
      gen.writeNumberProperty("version", JSON_REPORT_VERSION);
      JsonHeader.write(gen, toolVersion, style);
      gen.writeArrayPropertyStart("sources");
      for (CheckedSource result : results) {
        gen.writeStartObject();
        gen.writeStringProperty("source", result.source());
        if (result instanceof CheckedSource.Unreadable unreadableSource) {
          unreadable++;
          CheckedSource.ReadFailure failure = unreadableSource.failure();
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
          ValidationReport report = ((CheckedSource.Checked) result).report();
          gen.writeName("counts");
          writeCounts(gen, report);
          gen.writeArrayPropertyStart("violations");
          for (Violation violation : report.violations()) {
            SourceLocation at = locate(violation);
            gen.writeStartObject();
            gen.writeStringProperty("ruleId", violation.ruleId());
            gen.writeStringProperty("severity", lower(violation.severity()));
            gen.writeStringProperty("pointer", violation.pointer());
            if (violation.document().isPresent()) {
              gen.writeStringProperty("document", violation.document().get());
            }
            gen.writeNumberProperty("line", at.line());
            gen.writeNumberProperty("column", at.column());
            if (violation.subjectId().isPresent()) {
              gen.writeStringProperty("subjectId", violation.subjectId().get());
            }
            gen.writeStringProperty("message", violation.message(style));
            gen.writeStringProperty("messageKey", violation.message().key());
            gen.writeName("arguments");
            writeArguments(gen, violation.message());
            gen.writeEndObject();
          }
          gen.writeEndArray();
          writeOmitted(gen, report);
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

  /** The findings a capped report counts and does not hold; nothing when it holds them all. */
  private void writeOmitted(JsonGenerator gen, ValidationReport report) {
    if (report.omitted().isEmpty()) {
      return;
    }
    gen.writeArrayPropertyStart("omitted");
    for (ValidationReport.Omitted omitted : report.omitted()) {
      gen.writeStartObject();
      gen.writeStringProperty("ruleId", omitted.ruleId());
      gen.writeStringProperty("severity", lower(omitted.severity()));
      gen.writeNumberProperty("count", omitted.count());
      gen.writeStringProperty("message", omission(report, omitted));
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeArguments(JsonGenerator gen, Message message) {
    gen.writeStartObject();
    for (Map.Entry<String, Argument> argument : message.arguments().entrySet()) {
      gen.writeName(argument.getKey());
      writeValue(gen, argument.getValue().value());
    }
    gen.writeEndObject();
  }

  /** Writes what {@link Argument#value()} gives: strings, numbers, lists and maps of them. */
  private static void writeValue(JsonGenerator gen, Object value) {
    if (value instanceof Long n) {
      gen.writeNumber(n);
    } else if (value instanceof Double x) {
      gen.writeNumber(x);
    } else if (value instanceof List<?> list) {
      gen.writeStartArray();
      list.forEach(item -> writeValue(gen, item));
      gen.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        gen.writeName(String.valueOf(entry.getKey()));
        writeValue(gen, entry.getValue());
      }
      gen.writeEndObject();
    } else {
      gen.writeString(String.valueOf(value));
    }
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
      ruleIndex.put(rule.info().id(), ruleIndex.size());
    }
    List<CheckedSource.Unreadable> unreadable = new ArrayList<>();
    List<CheckedSource.Checked> capped = new ArrayList<>();
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
        RuleInfo info = rule.info();
        gen.writeStartObject();
        gen.writeStringProperty("id", info.id());
        gen.writeName("shortDescription");
        gen.writeStartObject();
        gen.writeStringProperty("text", style.render(info.summary()));
        gen.writeEndObject();
        if (!info.rationale().isEmpty()) {
          gen.writeName("fullDescription");
          gen.writeStartObject();
          gen.writeStringProperty("text", style.render(info.rationale()));
          gen.writeEndObject();
        }
        gen.writeStringProperty("helpUri", Sarif.helpUri(info));
        gen.writeName("help");
        gen.writeStartObject();
        gen.writeStringProperty("text", Sarif.helpText(info, style));
        gen.writeStringProperty("markdown", Sarif.helpMarkdown(info, style));
        gen.writeEndObject();
        gen.writeName("defaultConfiguration");
        gen.writeStartObject();
        gen.writeStringProperty("level", sarifLevel(info.defaultSeverity()));
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
        if (result instanceof CheckedSource.Unreadable unreadableSource) {
          unreadable.add(unreadableSource);
          continue;
        }
        CheckedSource.Checked checked = (CheckedSource.Checked) result;
        if (!checked.report().omitted().isEmpty()) {
          capped.add(checked);
        }
        for (Violation violation : checked.report().violations()) {
          gen.writeStartObject();
          gen.writeStringProperty("ruleId", violation.ruleId());
          Integer index = ruleIndex.get(violation.ruleId());
          if (index != null) {
            gen.writeNumberProperty("ruleIndex", index);
          }
          gen.writeStringProperty("level", sarifLevel(violation.severity()));
          gen.writeName("message");
          gen.writeStartObject();
          gen.writeStringProperty("text", violation.message(style));
          gen.writeEndObject();
          writeLocation(
              gen,
              violation.document().orElse(result.source()),
              locate(violation),
              violation.pointer());
          gen.writeName("properties");
          gen.writeStartObject();
          gen.writeStringProperty("messageKey", violation.message().key());
          gen.writeName("arguments");
          writeArguments(gen, violation.message());
          gen.writeEndObject();
          gen.writeEndObject();
        }
      }
      gen.writeEndArray();
      gen.writeArrayPropertyStart("invocations");
      gen.writeStartObject();
      gen.writeBooleanProperty("executionSuccessful", unreadable.isEmpty());
      if (!unreadable.isEmpty() || !capped.isEmpty()) {
        gen.writeArrayPropertyStart("toolExecutionNotifications");
        for (CheckedSource.Unreadable result : unreadable) {
          CheckedSource.ReadFailure failure = result.failure();
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
        // What a capped report left out: a note per rule, so that the counts stay exact.
        for (CheckedSource.Checked checked : capped) {
          for (ValidationReport.Omitted omitted : checked.report().omitted()) {
            gen.writeStartObject();
            gen.writeStringProperty("level", "note");
            gen.writeName("message");
            gen.writeStartObject();
            gen.writeStringProperty("text", omission(checked.report(), omitted));
            gen.writeEndObject();
            gen.writeName("associatedRule");
            gen.writeStartObject();
            gen.writeStringProperty("id", omitted.ruleId());
            Integer index = ruleIndex.get(omitted.ruleId());
            if (index != null) {
              gen.writeNumberProperty("index", index);
            }
            gen.writeEndObject();
            gen.writeName("properties");
            gen.writeStartObject();
            gen.writeStringProperty("source", checked.source());
            gen.writeNumberProperty("omitted", omitted.count());
            gen.writeEndObject();
            gen.writeEndObject();
          }
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
