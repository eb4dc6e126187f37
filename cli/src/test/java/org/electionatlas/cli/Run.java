package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/** One run of the command in-process: its exit code and what it printed. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    return withInput(new byte[0], args);
  }

  static Run withInput(byte[] input, String... args) {
    return withInput(new ByteArrayInputStream(input), args);
  }

  static Run withInput(InputStream input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(args, input, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }
}
