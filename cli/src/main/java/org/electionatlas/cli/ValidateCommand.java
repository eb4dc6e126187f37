package org.electionatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.ParsedAtlas;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas validate}: checks atlases against the rule catalogue. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks atlases against the rule catalogue and reports every violation, compiler-style:",
      "  FILE:LINE:COL: SEVERITY [RULE-ID] MESSAGE (at /JSON/POINTER)"
    },
    footer = {
      "",
      "With no FILE, checks the bundled kerman-1402 sample.",
      "Exit codes: 0 nothing at or above --fail-on, 1 violations at or above it,",
      "2 a file could not be read or is not an atlas."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The least serious violation that makes the command fail. */
  enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING);

    final Severity threshold;

    FailOn(Severity threshold) {
      this.threshold = threshold;
    }
  }

  private final Terminal terminal;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Atlas files to check; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      converter = FailOnConverter.class,
      description =
          "Exit 1 when a violation is at least this serious: error or warning"
              + " (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.ERROR;

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintStream out = terminal.out();
    boolean unreadable = false;
    boolean failed = false;
    int[] totals = new int[Severity.values().length];
    List<String> sources = files.isEmpty() ? List.of() : files;
    int checked = 0;
    for (String source : sources.isEmpty() ? List.of(Samples.fileName(Samples.DEFAULT)) : sources) {
      ParsedAtlas parsed;
      try {
        parsed =
            sources.isEmpty()
                ? AtlasJson.standard().parse(Samples.bytes(Samples.DEFAULT), source)
                : Inputs.parse(source, terminal);
      } catch (UserError e) {
        terminal.err().println("atlas validate: " + e.getMessage());
        unreadable = true;
        continue;
      }
      checked++;
      ValidationReport report = Validator.standard().validate(parsed.atlas());
      out.println(source + ": " + overview(parsed.atlas()));
      TextReport.print(report, parsed.sourceMap(), out);
      out.println(source + ": " + report.summary());
      for (Severity severity : Severity.values()) {
        totals[severity.ordinal()] += report.count(severity);
      }
      failed |= report.hasAtLeast(failOn.threshold);
    }
    if (sources.size() > 1) {
      out.println(
          checked + " of " + sources.size() + " files checked: " + TextReport.counts(totals));
    }
    if (unreadable) {
      return ExitCode.BAD_INPUT;
    }
    return failed ? ExitCode.VIOLATIONS : ExitCode.OK;
  }

  /** "election iran-2024-03-01 (2024-03-01): 1 province, 25 counties, …". */
  private static String overview(Atlas atlas) {
    return "election "
        + atlas.election().id()
        + " ("
        + atlas.election().votingDay()
        + "): "
        + String.join(
            ", ",
            TextReport.count(atlas.provinces().size(), "province", "provinces"),
            TextReport.count(atlas.counties().size(), "county", "counties"),
            TextReport.count(atlas.constituencies().size(), "constituency", "constituencies"),
            TextReport.count(atlas.pollingStations().size(), "polling station", "polling stations"),
            TextReport.count(atlas.bodies().size(), "body", "bodies"),
            TextReport.count(atlas.events().size(), "event", "events"),
            TextReport.count(atlas.issues().size(), "issue", "issues"),
            TextReport.count(atlas.approvals().size(), "approval", "approvals"));
  }

  /** Accepts error and warning in any case. */
  static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected error or warning but was '" + value + "'");
      }
    }
  }
}
