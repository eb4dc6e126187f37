package org.electionatlas.diff;

/** How a polling station of one atlas was found to be a station of the other. */
public enum MatchKind {
  /** Both have the same id. */
  ID,
  /** The id changed, but both are in the same county with the same number. */
  COUNTY_AND_NUMBER,
  /**
   * The id, and the county or number, changed, but both stand at the same place (within {@link
   * StationMatching#SAME_PLACE_METERS}) and have the same name.
   */
  PLACE_AND_NAME
}
