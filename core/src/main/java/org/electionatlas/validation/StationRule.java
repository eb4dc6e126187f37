package org.electionatlas.validation;

import org.electionatlas.model.Atlas;

/**
 * A rule that sees an atlas's polling stations one at a time, and so can check an atlas whose
 * stations do not fit in memory (see {@link ValidationSession}). It is given the atlas's frame (the
 * atlas without its stations) first, then each station in document order, then the end; whatever it
 * needs to remember from one station to the next it keeps itself, compactly (numbers per county, a
 * hash of positions), never the stations themselves.
 *
 * <p>Validating an atlas in memory runs the same code over the atlas's list, so a rule reports the
 * same findings whichever way its atlas arrives.
 */
public interface StationRule extends Rule {

  /**
   * Starts checking one atlas: reports what the frame alone shows and returns what checks each
   * station.
   *
   * @param frame the atlas without its polling stations
   * @param stations the ids of the stations seen so far, before the one being checked
   */
  StationCheck begin(Atlas frame, StationIds stations, Findings findings);

  /** Checks an atlas held in memory: its frame, then each of its stations, then the end. */
  @Override
  default void check(Atlas atlas, Findings findings) {
    ValidationSession.checkAlone(this, atlas, findings);
  }
}
