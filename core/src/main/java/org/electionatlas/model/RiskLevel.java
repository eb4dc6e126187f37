package org.electionatlas.model;

/** The security and integrity risk assessed for a polling station. */
public enum RiskLevel {
  /** No known concern. */
  LOW,
  /** A concern that the station's staff should know about. */
  MEDIUM,
  /** A serious concern that needs an issue or mitigation of its own. */
  HIGH
}
