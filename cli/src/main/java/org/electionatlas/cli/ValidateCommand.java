package org.electionatlas.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.electionatlas.io.AtlasFormatException;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckOptions;
import org.electionatlas.io.CheckedSource;
import org.electionatlas.io.ReportWriter;
import org.electionatlas.io.Samples;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.Phrase;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationPolicy;
import org.electionatlas.validation.Validator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas validate}: checks atlases against the rule catalogue. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks atlases against the rule catalogue and reports every violation.",
      "Text lines read:",
      "  FILE:LINE:COL: SEVERITY [RULE-ID] MESSAGE (at /JSON/POINTER)"
    },
    footer = {
      "",
      "With no FILE, checks the bundled kerman-1402 sample. Files are read as a stream,",
      "one station at a time: a million stations validate in JAVA_OPTS=-Xmx256m.",
      "Exit codes: 0 nothing at or above --fail-on, 1 violations at or above it,",
      "2 a file could not be read or is not an atlas (the others are still checked).",
      "A finding about what only --previous has (a station removed, an issue dropped) is",
      "located in OLD: its line starts with OLD's name."
    })
final class ValidateCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Atlas files to check; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json (for scripts) or sarif (SARIF 2.1.0, for CI).")
  ReportWriter.Format format = ReportWriter.Format.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      description =
          "Exit 1 when a violation is at least this serious: error (default), warning or info.")
  Severity failOn = Severity.ERROR;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "A JSON policy: thresholds, rules switched off, severities changed (see docs/policy.md).")
  @Nullable String policy;

  @Option(
      names = "--max-per-rule",
      paramLabel = "N",
      defaultValue = "100",
      description = {
        "Show at most N findings of each rule, the first in the report's order (default 100);",
        "the rest are counted in the summary and exit code. 0 shows all, in memory that grows",
        "with them."
      })
  int maxPerRule = 100;

  @Option(
      names = "--previous",
      paramLabel = "OLD",
      description = {
        "The previous round's atlas: also report stations removed with no issue or note naming",
        "them, stations moved far, expected voters changed much, counties that lost many",
        "stations and unresolved issues dropped (thresholds in --policy; see docs/policy.md)."
      })
  @Nullable String previous;

  @Mixin DateOptions dates = new DateOptions();

  private static final Phrase VALIDATING = Phrase.of("validating", "بررسی");

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    MessageStyle style = dates.style();
    if (maxPerRule < 0) {
      throw new UserError("--max-per-rule must be 0 (show all) or more, not " + maxPerRule);
    }
    CheckOptions options =
        CheckOptions.defaults()
            .withMaxFindingsPerRule(maxPerRule == 0 ? Integer.MAX_VALUE : maxPerRule);
    Validator validator = validator();
    List<CheckedSource> results = new ArrayList<>();
    if (files.isEmpty()) {
      results.add(
          AtlasJson.standard()
              .check(
                  Samples.bytes(Samples.DEFAULT),
                  Samples.sourceName(Samples.DEFAULT),
                  validator,
                  options));
    }
    for (String file : files) {
      try (Progress progress = Progress.of(terminal, style, VALIDATING, file)) {
        results.add(Inputs.check(file, terminal, validator, options.withProgress(progress::at)));
      }
    }
    ReportWriter.of(VersionProvider.version(), validator.rules())
        .withStyle(style)
        .write(format, results, terminal.out());
    if (results.stream().anyMatch(result -> result instanceof CheckedSource.Unreadable)) {
      return ExitCode.BAD_INPUT;
    }
    boolean failed =
        results.stream()
            .map(result -> ((CheckedSource.Checked) result).report())
            .anyMatch(report -> report.hasAtLeast(failOn));
    return failed ? ExitCode.VIOLATIONS : ExitCode.OK;
  }

  private Validator validator() {
    Validator.Builder builder = Validator.builder();
    if (previous != null) {
      if (previous.equals("-") && files.contains("-")) {
        throw new UserError("--previous - and FILE - cannot both read standard input");
      }
      try {
        builder.previous(Inputs.previousRound(previous, terminal));
      } catch (Inputs.Unreadable e) {
        throw new UserError("--previous: " + e.getMessage());
      }
    }
    if (policy == null) {
      return builder.build();
    }
    ValidationPolicy read;
    try {
      AtlasJson json = Inputs.json();
      read = json.parsePolicy(Inputs.read(policy, terminal, json), policy);
    } catch (AtlasFormatException e) {
      throw new UserError("the policy " + e.getMessage());
    }
    try {
      return builder.policy(read).build();
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "the policy "
              + policy
              + " "
              + String.valueOf(e.getMessage()).replaceFirst("^the policy ", ""));
    }
  }
}
