package org.electionatlas.model;

/** How much harm an issue can do if it happens again. */
public enum IssueSeverity {
  /** A nuisance. */
  LOW,
  /** Harms the work of some stations. */
  MEDIUM,
  /** Harms the election in a county or more. */
  HIGH,
  /** Threatens the election itself. */
  CRITICAL
}
