package org.electionatlas.model;

/** The area an issue of an earlier round belongs to. */
public enum IssueCategory {
  /** Security of stations, staff and voters. */
  SECURITY,
  /** Integrity of the vote and the count. */
  INTEGRITY,
  /** Fair competition between candidates. */
  COMPETITION,
  /** Turnout and access to voting. */
  PARTICIPATION,
  /** Staff, material, transport and places. */
  LOGISTICS,
  /** Devices, software and networks. */
  TECHNOLOGY,
  /** Law, regulation and approvals. */
  LEGAL,
  /** Media and public information. */
  MEDIA
}
