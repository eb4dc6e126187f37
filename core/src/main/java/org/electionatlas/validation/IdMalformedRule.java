package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.List;
import java.util.regex.Pattern;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;

/** Every id matches {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
final class IdMalformedRule implements Rule {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("id-malformed")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "An id must be 1 to 64 ASCII letters, digits, dots, underscores or hyphens,"
                      + " starting with a letter or digit",
                  "شناسه باید ۱ تا ۶۴ نویسهٔ حرف یا رقم لاتین، نقطه، زیرخط یا خط تیره باشد و با"
                      + " حرف یا رقم آغاز شود"))
          .rationale(
              Phrase.of(
                  "Ids are joined with other datasets, used in file names and URLs, and typed by"
                      + " clerks. Spaces, Persian letters that look alike, or a leading hyphen make"
                      + " the same id read differently in different tools.",
                  "شناسه‌ها با داده‌های دیگر پیوند می‌خورند، در نام پرونده و نشانی وب به کار"
                      + " می‌روند و کارمندان آن‌ها را تایپ می‌کنند. فاصله، حروف فارسیِ همانند یا"
                      + " خط تیرهٔ آغازین باعث می‌شود یک شناسه در ابزارهای گوناگون جور دیگری خوانده"
                      + " شود."))
          .violatingExample(
              """
              "pollingStations": [{"id": "kerman 0001", "county": "kerman"}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "kerman-0001", "county": "kerman"}]""")
          .addTags("identity")
          .build();

  private static final MessageTemplate EMPTY =
      MessageTemplate.of(
          "id-malformed.empty",
          "the id {id} of the {owner} is empty",
          "شناسهٔ {id} از {owner} خالی است");
  private static final MessageTemplate LONG =
      MessageTemplate.of(
          "id-malformed.long",
          "the id {id} of the {owner} is {length} characters long; at most 64 are allowed",
          "شناسهٔ {id} از {owner} {length} نویسه دارد؛ حداکثر ۶۴ نویسه مجاز است");
  private static final MessageTemplate START =
      MessageTemplate.of(
          "id-malformed.start",
          "the id {id} of the {owner} must start with an ASCII letter or digit",
          "شناسهٔ {id} از {owner} باید با حرف یا رقم لاتین آغاز شود");
  private static final MessageTemplate CHARACTERS =
      MessageTemplate.of(
          "id-malformed.characters",
          "the id {id} of the {owner} may hold only ASCII letters, digits, '.', '_' and '-'",
          "شناسهٔ {id} از {owner} تنها می‌تواند حرف و رقم لاتین و «.»، «_» و «-» داشته باشد");

  private static final Phrase THE_ELECTION = Phrase.of("election", "انتخابات");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    String electionId = frame.election().id();
    if (!wellFormed(electionId)) {
      context.report(
          "/election/id", electionId, message(Argument.phrase(THE_ELECTION), electionId));
    }
    for (EntityKind kind : EntityKind.values()) {
      List<? extends Identified> entities = kind.entitiesOf(frame);
      for (int i = 0; i < entities.size(); i++) {
        check(kind, i, entities.get(i).id(), context);
      }
    }
    return (i, station) -> check(POLLING_STATION, i, station.id(), context);
  }

  private static void check(EntityKind kind, int i, String id, RuleContext context) {
    if (!wellFormed(id)) {
      context.report(kind.pointer(i) + "/id", id, message(Argument.noun(kind), id));
    }
  }

  /**
   * Whether the id matches {@link #ID}, without a matcher: this runs once for each of a million
   * stations, and a regular expression's matcher is an object and a walk of its own.
   */
  static boolean wellFormed(String id) {
    int length = id.length();
    if (length == 0 || length > 64 || !asciiLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = id.charAt(i);
      if (!asciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static Message message(Argument owner, String id) {
    MessageTemplate template;
    if (id.isEmpty()) {
      template = EMPTY;
    } else if (id.length() > 64) {
      return LONG.with("owner", owner)
          .with("id", Argument.id(id))
          .with("length", Argument.number(id.length()));
    } else if (!Character.isLetterOrDigit(id.charAt(0)) || id.charAt(0) > 127) {
      template = START;
    } else {
      template = CHARACTERS;
    }
    return template.with("owner", owner).with("id", Argument.id(id));
  }
}
