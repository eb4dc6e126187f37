package org.electionatlas.model;

/** What kind of event prepares or marks an election. */
public enum EventKind {
  /** A training, often made of an opening, workshops and a closing. */
  TRAINING,
  /** The opening session of a larger event. */
  OPENING,
  /** A workshop on one topic. */
  WORKSHOP,
  /** A think tank of officials working on strategy. */
  THINK_TANK,
  /** The closing session of a larger event. */
  CLOSING,
  /** A meeting. */
  MEETING,
  /** A date by which something must be done. */
  DEADLINE
}
