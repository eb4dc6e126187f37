package org.electionatlas.generate;

import java.util.List;

/**
 * A part of a province's bounding box that one synthetic county covers, named after its compass
 * direction: the county {@code kerman-nw} is "North-West Kerman". Real counties have real names and
 * shapes; these only need to be distinct, inside their province and easy to read.
 */
enum Sector {
  /** The north-western part. */
  NORTH_WEST("nw", "شمال غرب", "North-West"),
  /** The northern part, between north-west and north-east. */
  NORTH("n", "شمال", "North"),
  /** The north-eastern part. */
  NORTH_EAST("ne", "شمال شرق", "North-East"),
  /** The western part, between north-west and south-west. */
  WEST("w", "غرب", "West"),
  /** The eastern part, between north-east and south-east. */
  EAST("e", "شرق", "East"),
  /** The south-western part. */
  SOUTH_WEST("sw", "جنوب غرب", "South-West"),
  /** The southern part, between south-west and south-east. */
  SOUTH("s", "جنوب", "South"),
  /** The south-eastern part. */
  SOUTH_EAST("se", "جنوب شرق", "South-East");

  /** Four counties in two rows of two. */
  static final List<List<Sector>> FOUR =
      List.of(List.of(NORTH_WEST, NORTH_EAST), List.of(SOUTH_WEST, SOUTH_EAST));

  /** Six counties in two rows of three, for a province wider than it is tall. */
  static final List<List<Sector>> SIX_WIDE =
      List.of(List.of(NORTH_WEST, NORTH, NORTH_EAST), List.of(SOUTH_WEST, SOUTH, SOUTH_EAST));

  /** Six counties in three rows of two, for a province taller than it is wide. */
  static final List<List<Sector>> SIX_TALL =
      List.of(
          List.of(NORTH_WEST, NORTH_EAST), List.of(WEST, EAST), List.of(SOUTH_WEST, SOUTH_EAST));

  private final String suffix;
  private final String fa;
  private final String en;

  Sector(String suffix, String fa, String en) {
    this.suffix = suffix;
    this.fa = fa;
    this.en = en;
  }

  /** The end of the county's id, such as {@code nw}. */
  String suffix() {
    return suffix;
  }

  /** The direction in Persian, which comes before the province's name. */
  String fa() {
    return fa;
  }

  /** The direction in English, which comes before the province's name. */
  String en() {
    return en;
  }
}
