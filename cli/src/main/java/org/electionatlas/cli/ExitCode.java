package org.electionatlas.cli;

/** The exit codes of the command, the same for every subcommand. */
final class ExitCode {
  static final int OK = 0;
  static final int VIOLATIONS = 1;
  static final int BAD_INPUT = 2;
  static final int INTERNAL_ERROR = 3;

  /**
   * Standard output is a pipe whose reader has gone ({@code atlas generate | head}): the command
   * stops quietly with the code a shell gives a process that SIGPIPE ended, 128 + 13, as {@code yes
   * | head} does; {@code set -o pipefail} sees it, a plain pipe does not.
   */
  static final int CLOSED_PIPE = 141;

  private ExitCode() {}
}
