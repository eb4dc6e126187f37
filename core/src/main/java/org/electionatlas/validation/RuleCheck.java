package org.electionatlas.validation;

import org.electionatlas.model.PollingStation;

/**
 * One rule's check of one atlas, begun by {@link Rule#begin}: given each polling station in
 * document order, then ended once. What it must remember from one station to the next it keeps
 * itself, compactly (numbers per county, a hash of positions), never the stations themselves, so
 * that a million stations validate in a small heap.
 *
 * <p>It may report about any station at any time, also from {@link #end()}: a streaming reader
 * locates such findings by reading the station again.
 */
@FunctionalInterface
public interface RuleCheck {

  /**
   * A check with nothing to do for stations: a rule that has said all it had to in {@code begin}.
   */
  RuleCheck NONE = (index, station) -> {};

  /**
   * Checks the station at {@code index} of {@code pollingStations}.
   *
   * @param index the station's position in the document, counting from 0
   * @param station the station, not null
   */
  void station(int index, PollingStation station);

  /** Reports what only all the stations together show, such as a county left without any. */
  default void end() {}
}
