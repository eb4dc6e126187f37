package org.electionatlas.validation;

/** How serious a violation is, from the most serious down. */
public enum Severity {
  /** The atlas is wrong: it contradicts itself or the law, and tools should refuse it. */
  ERROR,
  /** The atlas is probably wrong or incomplete, and a person should look. */
  WARNING,
  /** Worth knowing, not necessarily wrong. */
  INFO;

  /** Whether this severity is as serious as the other or more. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
