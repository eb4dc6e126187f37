package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.electionatlas.validation.ValidationReport;

/**
 * What checking one source gave: the report of a source that could be read, or why it could not be
 * read. The input of {@link ReportWriter}.
 *
 * @param source how the source is named in reports: a file path, {@code -} for standard input
 * @param report the validation report, when the source was read
 * @param contents what the atlas held and where its values were found, when it was read
 * @param failure why the source could not be read, when it could not
 */
public record CheckedSource(
    String source,
    Optional<ValidationReport> report,
    Optional<Contents> contents,
    Optional<ReadFailure> failure) {

  /**
   * Checks that there is either a report with its atlas or a failure.
   *
   * @param contents the contents
   * @param failure the failure
   * @param report the report
   * @param source the source
   */
  public CheckedSource {
    requireNonNull(source, "source");
    if (report.isPresent() == failure.isPresent() || report.isPresent() != contents.isPresent()) {
      throw new IllegalArgumentException(
          "a checked source has a report and its atlas, or a failure");
    }
  }

  /**
   * {@return a source that was read whole and validated}
   *
   * @param parsed the parsed
   * @param report the report
   */
  public static CheckedSource checked(ParsedAtlas parsed, ValidationReport report) {
    return checked(
        parsed.sourceMap().source(),
        new Contents(
            parsed.atlas().pollingStations().size(),
            parsed.atlas().counties().size(),
            parsed.sourceMap()),
        report);
  }

  /**
   * {@return a source that was validated, whether read whole or as a stream}
   *
   * @param contents the contents
   * @param report the report
   * @param source the source
   */
  public static CheckedSource checked(String source, Contents contents, ValidationReport report) {
    return new CheckedSource(source, Optional.of(report), Optional.of(contents), Optional.empty());
  }

  /**
   * {@return a copy with another report, such as one whose messages give dates in another calendar}
   *
   * @param other the other
   */
  public CheckedSource withReport(ValidationReport other) {
    if (report.isEmpty()) {
      throw new IllegalStateException("an unreadable source has no report");
    }
    return new CheckedSource(source, Optional.of(other), contents, failure);
  }

  /**
   * What a report says of the atlas beside its violations: its size, and where its values are.
   *
   * @param pollingStations how many stations it has
   * @param counties how many counties it has
   * @param locator where each pointer's value is in the source
   */
  public record Contents(int pollingStations, int counties, Locator locator) {

    /**
     * Checks the counts and the locator.
     *
     * @param counties the counties
     * @param locator the locator
     * @param pollingStations the polling stations
     */
    public Contents {
      requireNonNull(locator, "locator");
      if (pollingStations < 0 || counties < 0) {
        throw new IllegalArgumentException("counts cannot be negative");
      }
    }
  }

  /**
   * {@return a source that could not be read}
   *
   * @param failure the failure
   * @param source the source
   */
  public static CheckedSource unreadable(String source, ReadFailure failure) {
    return new CheckedSource(source, Optional.empty(), Optional.empty(), Optional.of(failure));
  }

  /**
   * Why a source could not be read: the problem, and where when the source was read far enough to
   * tell.
   *
   * @param problem what is wrong, in a sentence
   * @param pointer the JSON pointer of the offending value; empty for the whole document
   * @param location where in the source, when known
   */
  public record ReadFailure(String problem, String pointer, Optional<SourceLocation> location) {

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
