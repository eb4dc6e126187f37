package org.electionatlas.model;

/** Where an approval stands. */
public enum ApprovalStatus {
  /** Asked for and not yet decided. */
  PENDING,
  /** Granted. */
  APPROVED,
  /** Refused. */
  REJECTED
}
