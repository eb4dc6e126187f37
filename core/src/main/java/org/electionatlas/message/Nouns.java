package org.electionatlas.message;

import java.util.Optional;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.LocalizedName;

/** How each kind of entity is named in both languages. */
final class Nouns {

  private Nouns() {}

  /**
   * A kind's words: the English noun, and the Persian noun alone and as it stands before a name
   * (with the ezafe written where Persian writes it: «شعبهٔ», «حوزهٔ انتخابیهٔ»).
   */
  record Label(String en, String fa, String faNaming) {

    /** The noun before a name or id. */
    String naming(Language language) {
      return language == Language.FA ? faNaming : en;
    }

    /** The noun with an indefinite article in English: {@code a county}; {@code شهرستان}. */
    String indefinite(Language language) {
      if (language == Language.FA) {
        return fa;
      }
      return ("aeiou".indexOf(en.charAt(0)) >= 0 ? "an " : "a ") + en;
    }
  }

  static final Label ELECTION = new Label("election", "انتخابات", "انتخابات");

  private static final Label PROVINCE = new Label("province", "استان", "استان");
  private static final Label COUNTY = new Label("county", "شهرستان", "شهرستان");
  private static final Label CONSTITUENCY =
      new Label("constituency", "حوزهٔ انتخابیه", "حوزهٔ انتخابیهٔ");
  private static final Label STATION = new Label("polling station", "شعبهٔ اخذ رأی", "شعبهٔ");
  private static final Label BODY = new Label("body", "نهاد", "نهاد");
  private static final Label EVENT = new Label("event", "رویداد", "رویداد");
  private static final Label ISSUE = new Label("issue", "مسئله", "مسئلهٔ");
  private static final Label APPROVAL = new Label("approval", "مجوز", "مجوز");

  /** {@code county "ravar" (راور / Ravar)}, {@code شهرستان «ravar» (راور)}. */
  static String named(Label label, String id, Optional<LocalizedName> name, MessageStyle style) {
    String named = label.naming(style.language()) + " " + style.quote(id);
    return name.map(n -> named + " (" + Argument.name(n).render(style) + ")").orElse(named);
  }

  static Label of(EntityKind kind) {
    return switch (kind) {
      case PROVINCE -> PROVINCE;
      case COUNTY -> COUNTY;
      case CONSTITUENCY -> CONSTITUENCY;
      case POLLING_STATION -> STATION;
      case BODY -> BODY;
      case EVENT -> EVENT;
      case ISSUE -> ISSUE;
      case APPROVAL -> APPROVAL;
    };
  }
}
