package org.electionatlas.validation;

import java.util.EnumSet;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;

/**
 * What the constituency rules know about contests: which are held, and how each kind's
 * constituencies relate to counties.
 *
 * <ul>
 *   <li>Majlis and Assembly of Experts constituencies are made of whole counties (a county, or a
 *       few counties together, or a whole province), so every county is in exactly one constituency
 *       of each.
 *   <li>Presidential elections and referendums are decided by the whole country as one electorate;
 *       an atlas need not list constituencies for them, but if it lists any, they must cover every
 *       county once, like the others.
 *   <li>City and village councils are elected per city and per village, so one county holds many
 *       council constituencies; the county rules do not apply to them.
 * </ul>
 */
final class Contests {

  /** Contests whose constituencies are made of whole counties. */
  static final Set<ContestKind> BY_COUNTY =
      EnumSet.of(ContestKind.MAJLIS, ContestKind.ASSEMBLY_OF_EXPERTS);

  /** Contests of the whole country as one electorate. */
  static final Set<ContestKind> NATIONWIDE =
      EnumSet.of(ContestKind.PRESIDENTIAL, ContestKind.REFERENDUM);

  private Contests() {}

  /** The kinds of contest the election holds. */
  static Set<ContestKind> held(Atlas atlas) {
    Set<ContestKind> held = EnumSet.noneOf(ContestKind.class);
    for (Contest contest : atlas.election().contests()) {
      held.add(contest.kind());
    }
    return held;
  }

  /**
   * A kind of contest in a message: as the data writes it in English ({@code MAJLIS}), by its name
   * in Persian ({@code مجلس شورای اسلامی}).
   */
  static Argument contest(ContestKind kind) {
    return Argument.phrase(
        Phrase.of(
            kind.name(),
            switch (kind) {
              case MAJLIS -> "مجلس شورای اسلامی";
              case ASSEMBLY_OF_EXPERTS -> "مجلس خبرگان رهبری";
              case PRESIDENTIAL -> "ریاست جمهوری";
              case CITY_VILLAGE_COUNCILS -> "شوراهای اسلامی شهر و روستا";
              case REFERENDUM -> "همه‌پرسی";
            }));
  }

  /** Whether the county rules (each county in one constituency of the contest) apply to a kind. */
  static boolean partitionsCounties(ContestKind kind) {
    return BY_COUNTY.contains(kind) || NATIONWIDE.contains(kind);
  }
}
