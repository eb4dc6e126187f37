package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.electionatlas.validation.SourceLocation;
import org.electionatlas.validation.ValidationReport;

/**
 * What checking one source gave: either the report of a source that could be read, whose violations
 * carry their lines and columns ({@link Checked}), or why it could not be read ({@link
 * Unreadable}). What {@link AtlasJson#check} returns and {@link ReportWriter} writes.
 *
 * <pre>{@code
 * CheckedSource result = AtlasJson.standard().check(Path.of("kerman.json"), Validator.standard());
 * if (result instanceof CheckedSource.Checked checked) {
 *   checked.report().violations().forEach(v -> System.out.println(v.location() + " " + v));
 * } else if (result instanceof CheckedSource.Unreadable unreadable) {
 *   System.out.println(unreadable.failure().problem());
 * }
 * }</pre>
 */
public sealed interface CheckedSource permits CheckedSource.Checked, CheckedSource.Unreadable {

  /** {@return how the source is named in reports: a file path, {@code -} for standard input} */
  String source();

  /**
   * A source that was read and validated.
   *
   * @param source how the source is named in reports
   * @param report the validation report, its violations located in the source
   * @param pollingStations how many stations the atlas has
   * @param counties how many counties it has
   */
  record Checked(String source, ValidationReport report, int pollingStations, int counties)
      implements CheckedSource {

    /**
     * Checks the parts.
     *
     * @param source how the source is named in reports
     * @param report the validation report, its violations located in the source
     * @param pollingStations how many stations the atlas has
     * @param counties how many counties it has
     */
    public Checked {
      requireNonNull(source, "source");
      requireNonNull(report, "report");
      if (pollingStations < 0 || counties < 0) {
        throw new IllegalArgumentException("counts cannot be negative");
      }
    }
  }

  /**
   * A source that could not be read, or is not an atlas.
   *
   * @param source how the source is named in reports
   * @param failure why
   */
  record Unreadable(String source, ReadFailure failure) implements CheckedSource {

    /**
     * Checks the parts.
     *
     * @param source how the source is named in reports
     * @param failure why it could not be read
     */
    public Unreadable {
      requireNonNull(source, "source");
      requireNonNull(failure, "failure");
    }
  }

  /**
   * Why a source could not be read: the problem, and where when the source was read far enough to
   * tell.
   *
   * @param problem what is wrong, in a sentence
   * @param pointer the JSON pointer of the offending value; empty for the whole document
   * @param location where in the source, when known
   */
  record ReadFailure(String problem, String pointer, Optional<SourceLocation> location) {

    /**
     * Checks that nothing is null.
     *
     * @param location the location
     * @param pointer the pointer
     * @param problem the problem
     */
    public ReadFailure {
      requireNonNull(problem, "problem");
      requireNonNull(pointer, "pointer");
      requireNonNull(location, "location");
    }

    /**
     * {@return the failure an {@link AtlasFormatException} describes}
     *
     * @param e the e
     */
    public static ReadFailure of(AtlasFormatException e) {
      return new ReadFailure(
          e.problem(), e.pointer(), Optional.of(new SourceLocation(e.line(), e.column())));
    }

    /**
     * {@return a failure to read the source at all, such as a missing file}
     *
     * @param problem the problem
     */
    public static ReadFailure of(String problem) {
      return new ReadFailure(problem, "", Optional.empty());
    }
  }
}
