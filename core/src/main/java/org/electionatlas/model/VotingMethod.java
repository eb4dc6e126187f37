package org.electionatlas.model;

/** How voters cast their ballots at a station. */
public enum VotingMethod {
  /** Paper ballots counted by hand. */
  PAPER,
  /** Electronic voting, which needs an approval to be used. */
  ELECTRONIC
}
