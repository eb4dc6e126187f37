package org.electionatlas.model;

/** What an approval allows. */
public enum ApprovalSubject {
  /** Voting by electronic means at the stations in scope. */
  ELECTRONIC_VOTING,
  /** Mobile stations in scope. */
  MOBILE_STATION,
  /** Moving the stations in scope to another place. */
  STATION_RELOCATION,
  /** Keeping the stations in scope open longer. */
  EXTENDED_HOURS
}
