package org.electionatlas.model;

/** The four strategies of an election that events and issues serve. */
public enum Strategy {
  /** Security of the election (amniyat). */
  SECURITY,
  /** Integrity and soundness of the election (salamat). */
  INTEGRITY,
  /** Competition between candidates (reghabat). */
  COMPETITION,
  /** Participation of voters (mosharekat). */
  PARTICIPATION
}
