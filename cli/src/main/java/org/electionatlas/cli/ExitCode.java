package org.electionatlas.cli;

/** The exit codes of the command, the same for every subcommand. */
final class ExitCode {
  static final int OK = 0;
  static final int VIOLATIONS = 1;
  static final int BAD_INPUT = 2;
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
