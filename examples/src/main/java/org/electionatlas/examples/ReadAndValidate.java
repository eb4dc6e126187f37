package org.electionatlas.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckedSource;
import org.electionatlas.io.Samples;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;

/**
 * Task: read an atlas, validate it and print what the validator finds, one finding a line with the
 * line and column it is at, as a compiler prints errors.
 *
 * <p>Reads the file named by the first argument, or the bundled Kerman sample when there is none. A
 * file that is not a valid atlas document is reported in one line, never as a stack trace.
 */
public final class ReadAndValidate {

  private ReadAndValidate() {}

  /**
   * Runs the example.
   *
   * @param args an atlas file, or nothing for the bundled sample
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws IOException {
    String source;
    byte[] document;
    if (args.length > 0) {
      source = args[0];
      document = Files.readAllBytes(Path.of(source));
    } else {
      source = Samples.sourceName(Samples.DEFAULT);
      document = Samples.bytes(Samples.DEFAULT);
    }

    // check() reads, validates and locates each finding at its line and column; it never throws
    // for a document that is not an atlas, but says why.
    CheckedSource result = AtlasJson.standard().check(document, source, Validator.standard());
    if (result instanceof CheckedSource.Unreadable unreadable) {
      CheckedSource.ReadFailure failure = unreadable.failure();
      out.println(
          source + failure.location().map(at -> ":" + at).orElse("") + ": " + failure.problem());
      return;
    }
    ValidationReport report = ((CheckedSource.Checked) result).report();
    for (Violation violation : report.violations()) {
      String where = violation.location().map(at -> source + ":" + at).orElse(source);
      out.println(where + ": " + violation);
    }
    out.println(source + ": " + report.summary());
  }
}
