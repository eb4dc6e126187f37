package org.electionatlas.model;

/** What kind of organisation a body is. */
public enum BodyKind {
  /** An election headquarters (setad) or a headquarters set up under one. */
  HEADQUARTERS,
  /** A committee of a headquarters. */
  COMMITTEE,
  /** A council, such as the Guardian Council or a provincial council. */
  COUNCIL,
  /** A ministry, such as the Ministry of the Interior. */
  MINISTRY,
  /** A governorate (ostandari) or county governorate (farmandari). */
  GOVERNORATE,
  /** A supervisory board of the election. */
  SUPERVISORY
}
