package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.Issue;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Provenance;

/**
 * Every polling station of the previous round is in this atlas, or is named by an issue or a note
 * of this atlas that says why not. A station is in this atlas when the stations' matching finds it:
 * by id, else by county and number, else by place and name, so a station whose id changed is not
 * removed. It is named by an issue whose {@code scope} lists its previous id (with the previous
 * round given, {@code issue-scope-unknown} accepts such an id), or by a note: its previous id, as a
 * whole word, in the atlas's {@code provenance.notes}, the model's one note about the atlas as a
 * whole. Located in the previous round's document, where the station is.
 */
final class StationRemovedUnexplainedRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-removed-unexplained")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station of the previous round that is no longer in the atlas should be"
                      + " named by an issue or a note",
                  "شعبهٔ اخذ رأی دور پیش که دیگر در اطلس نیست باید در یک مسئله یا یادداشت نام برده"
                      + " شود"))
          .rationale(
              Phrase.of(
                  "The voters of a station that closed were sent somewhere, or were meant to be: a"
                      + " station that silently disappears between two rounds is the one whose"
                      + " voters arrive at a locked door, and an atlas that lost a station in an"
                      + " import looks just the same. Name the station, by its previous id, in the"
                      + " scope of an issue that says why it closed and where its voters go, or in"
                      + " the atlas's provenance notes. A station whose id changed but whose county"
                      + " and number, or place and name, stayed is matched, not removed.",
                  "رأی‌دهندگان شعبه‌ای که بسته شده به جایی فرستاده شده‌اند، یا باید می‌شدند: شعبه‌ای"
                      + " که میان دو دور بی‌صدا ناپدید شود همان است که رأی‌دهندگانش به در بسته"
                      + " می‌خورند، و اطلسی که شعبه‌ای را در ورود داده گم کرده درست همین شکل را دارد."
                      + " شعبه را با شناسهٔ پیشینش در دامنهٔ مسئله‌ای نام ببرید که بگوید چرا بسته شد و"
                      + " رأی‌دهندگانش به کجا می‌روند، یا در یادداشت‌های provenance اطلس. شعبه‌ای که"
                      + " شناسه‌اش عوض شده ولی شهرستان و شماره، یا جا و نامش، همان مانده است جفت"
                      + " می‌شود، نه حذف."))
          .previousExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "number": 1},
                {"id": "ravar-0002", "number": 2, "name": {"fa": "مسجد جامع"}}
              ]""")
          .violatingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "number": 1}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "number": 1}],
              "issues": [{"id": "ravar-mosque-rebuilt", "scope": ["ravar", "ravar-0002"],
                "title": {"fa": "مسجد جامع بازسازی می‌شود؛ رأی‌دهندگان به شعبهٔ ۱ می‌روند"}}]""")
          .needsPreviousRound(true)
          .addTags("stations", "issues", "previous-round")
          .build();

  private static final MessageTemplate REMOVED =
      MessageTemplate.of(
          "station-removed-unexplained",
          "{station} of {county} in the previous round is not in this atlas, and no issue or note"
              + " names it; name it in the scope of an issue that says why it closed and where its"
              + " voters go, or in the provenance notes",
          "{station} از {county} در دور پیش در این اطلس نیست و هیچ مسئله یا یادداشتی نامش را نبرده"
              + " است؛ آن را در دامنهٔ مسئله‌ای نام ببرید که بگوید چرا بسته شد و رأی‌دهندگانش به"
              + " کجا می‌روند، یا در یادداشت‌های provenance");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    RoundComparison comparison = context.previous().orElseThrow();
    Set<String> named = new HashSet<>();
    for (Issue issue : frame.issues()) {
      named.addAll(issue.scope());
    }
    frame.provenance().flatMap(Provenance::notes).ifPresent(notes -> named.addAll(idsIn(notes)));
    Atlas before = comparison.previous().frame();
    return new RuleCheck() {
      @Override
      public void station(int index, PollingStation station) {}

      @Override
      public void end() {
        comparison.forEachRemoved(
            removed -> {
              if (named.contains(removed.id())) {
                return;
              }
              Optional<County> county = before.index().county(removed.county());
              context.reportInPrevious(
                  POLLING_STATION.pointer(removed.previousIndex()),
                  removed.id(),
                  REMOVED
                      .with("station", Argument.entity(POLLING_STATION, removed.id()))
                      .with(
                          "county",
                          county.isPresent()
                              ? Argument.entity(COUNTY, county.get())
                              : Argument.entity(COUNTY, removed.county())));
            });
      }
    };
  }

  /**
   * The words of a note that could be ids: the longest runs of the characters ids are made of, each
   * also without the full stops that end a sentence after it ({@code "closed: ravar-0002."}).
   */
  static Set<String> idsIn(String note) {
    Set<String> words = new HashSet<>();
    int start = -1;
    for (int k = 0; k <= note.length(); k++) {
      boolean inId = k < note.length() && isIdCharacter(note.charAt(k));
      if (inId && start < 0) {
        start = k;
      } else if (!inId && start >= 0) {
        String word = note.substring(start, k);
        words.add(word);
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '.') {
          end--;
        }
        words.add(word.substring(0, end));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isIdCharacter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-';
  }
}
