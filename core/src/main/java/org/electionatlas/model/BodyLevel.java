package org.electionatlas.model;

/** The level of government at which a body works. */
public enum BodyLevel {
  /** The whole country. */
  NATIONAL,
  /** One province (ostan). */
  PROVINCE,
  /** One county (shahrestan). */
  COUNTY
}
