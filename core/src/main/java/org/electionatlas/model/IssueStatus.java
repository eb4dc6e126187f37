package org.electionatlas.model;

/** Where the work on an issue stands. */
public enum IssueStatus {
  /** Known and not yet addressed. */
  OPEN,
  /** Being addressed. */
  MITIGATING,
  /** Addressed; the mitigation says how. */
  RESOLVED
}
