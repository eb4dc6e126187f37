package org.electionatlas.cli;

import picocli.CommandLine.Command;

/** The top-level {@code atlas} command, which only dispatches to its subcommands. */
@Command(
    name = "atlas",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Reads, checks and writes election atlases: stations, counties and what prepares them.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      StatsCommand.class,
      RulesCommand.class,
      NormalizeCommand.class,
      DateCommand.class,
      ConvertCommand.class,
      ImportCommand.class,
      MapCommand.class,
      DiffCommand.class,
      SchemaCommand.class,
      SampleCommand.class,
      GenerateCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 violations at or above --fail-on, 2 bad input or usage",
      "(a full disk under standard output too), 3 internal error (out of memory too),",
      "141 standard output closed by its reader (atlas generate | head).",
      "Input limits (nesting 64 deep, strings of 1,000,000 characters, documents of 1 GiB,",
      "numbers and property names of 1,000 characters) rise with system properties, such as",
      "JAVA_OPTS=-Datlas.maxNestingDepth=200; see docs/format.md.",
      "Run 'atlas COMMAND --help' for a command's options."
    })
final class AtlasCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a command, such as 'atlas validate'");
  }
}
