package org.electionatlas.model;

/** Whether a polling station stays in one place or travels. */
public enum StationKind {
  /** A station at one address for the whole voting day. */
  FIXED,
  /** A station that travels between settlements, hospitals or other places during the day. */
  MOBILE
}
