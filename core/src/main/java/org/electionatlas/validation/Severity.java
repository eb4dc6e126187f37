package org.electionatlas.validation;

/** How serious a violation is, from the most serious down. */
public enum Severity {
  /** The atlas is wrong: it contradicts itself or the law, and tools should refuse it. */
  ERROR,
  /** The atlas is probably wrong or incomplete, and a person should look. */
  WARNING,
  /** Worth knowing, not necessarily wrong. */
  INFO;

  /**
   * {@return whether this severity is as serious as the other or more}
   *
   * @param other the severity to compare with, such as the lowest one a report should count
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
