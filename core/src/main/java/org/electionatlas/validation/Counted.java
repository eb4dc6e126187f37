package org.electionatlas.validation;

import org.electionatlas.message.Noun;

/** The things several rules count, in both languages. */
final class Counted {

  static final Noun STATION = Noun.of("station", "stations", "شعبه");
  static final Noun POLLING_STATION =
      Noun.of("polling station", "polling stations", "شعبهٔ اخذ رأی");
  static final Noun VOTER = Noun.of("voter", "voters", "رأی‌دهنده");

  private Counted() {}
}
