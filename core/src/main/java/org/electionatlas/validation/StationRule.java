package org.electionatlas.validation;

import org.electionatlas.model.Atlas;

/** Transitional: the old station-rule shape; removed once all rules are ported. */
interface StationRule {
  StationCheck begin(Atlas frame, StationIds stations, Findings findings);
}
