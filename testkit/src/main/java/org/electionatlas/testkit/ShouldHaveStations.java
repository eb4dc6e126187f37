package org.electionatlas.testkit;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Fails an atlas with another number of polling stations than expected. */
final class ShouldHaveStations extends BasicErrorMessageFactory {

  private ShouldHaveStations(int expected, int actual) {
    super(
        "%nExpecting the atlas to have %s, but it has %s",
        unquotedString(Listing.count(expected, "polling station")), actual);
  }

  /** For an atlas that has {@code actual} stations rather than {@code expected}. */
  static ErrorMessageFactory shouldHaveStations(int expected, int actual) {
    return new ShouldHaveStations(expected, actual);
  }
}
