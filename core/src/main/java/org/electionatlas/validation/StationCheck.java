package org.electionatlas.validation;

import org.electionatlas.model.PollingStation;

/**
 * One {@link StationRule}'s check of one atlas, given the atlas's stations one by one. Findings
 * about a station should be reported while it is being checked: a streaming reader knows the line
 * and column of a station's values only until the next station arrives.
 */
public interface StationCheck {

  /**
   * Checks the station at {@code index} of {@code pollingStations}.
   *
   * @param index the station's position in the document, counting from 0
   */
  void station(int index, PollingStation station);

  /** Reports what only all the stations together show, such as a county left without any. */
  default void end() {}
}
