package org.electionatlas.generate;

/**
 * What a {@link SeededRandom} stream is drawn for. Each purpose has its own streams, so that adding
 * a draw for one purpose never changes the values of another. The codes are fixed: changing one
 * changes every generated atlas.
 */
enum Purpose {
  /** How a county's share of its province's stations varies, by county index. */
  COUNTY_WEIGHT(1),
  /** The share of a county's eligible voters its stations plan for, by county index. */
  COVERAGE(2),
  /** Every value of one polling station, by station index. */
  STATION(3),
  /** Which stations are high-risk. */
  HIGH_RISK(4);

  private final long code;

  Purpose(long code) {
    this.code = code;
  }

  long code() {
    return code;
  }
}
