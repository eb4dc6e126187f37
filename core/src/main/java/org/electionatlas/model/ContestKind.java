package org.electionatlas.model;

/** A kind of contest held on an election day. */
public enum ContestKind {
  /** The Islamic Consultative Assembly (parliament). */
  MAJLIS,
  /** The Assembly of Experts of the Leadership. */
  ASSEMBLY_OF_EXPERTS,
  /** The presidency. */
  PRESIDENTIAL,
  /** The Islamic councils of cities and villages. */
  CITY_VILLAGE_COUNCILS,
  /** A referendum. */
  REFERENDUM
}
