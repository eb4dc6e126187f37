package org.electionatlas.validation;

/**
 * The ids of the polling stations a {@link ValidationSession} has seen so far, kept once for every
 * rule that needs them and compactly (a table of characters, not a map of strings): a million ids
 * take tens of megabytes, not hundreds.
 */
public interface StationIds {

  /** How many stations have been seen. */
  int size();

  /**
   * The position of the first station seen with this id, or -1 if none has it; like {@link
   * java.util.List#indexOf}.
   */
  int indexOf(String id);
}
