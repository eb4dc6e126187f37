package org.electionatlas.validation;

import org.electionatlas.model.PollingStation;

/** Transitional: the old station-check shape; removed once all rules are ported. */
interface StationCheck {
  void station(int index, PollingStation station);

  default void end() {}
}
