package org.electionatlas.model;

/** Whether a settlement is a city or a village. */
public enum SettlementKind {
  /** A city (shahr). */
  URBAN,
  /** A village or rural area (rusta). */
  RURAL
}
