package org.electionatlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** What an example printed, captured for its test. */
final class Output {

  /** An example's run, given where to print. */
  interface Run {
    void into(PrintStream out) throws Exception;
  }

  private Output() {}

  static String of(Run run) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, UTF_8)) {
      run.into(out);
    }
    return bytes.toString(UTF_8);
  }
}
