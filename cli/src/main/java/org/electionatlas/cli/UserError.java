package org.electionatlas.cli;

/**
 * A problem with what the user gave: a file that cannot be read, a malformed atlas, an unknown
 * sample. Shown as one line, with exit code 2, never as a stack trace.
 */
class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
