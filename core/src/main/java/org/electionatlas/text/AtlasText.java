package org.electionatlas.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Body;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.Event;
import org.electionatlas.model.Head;
import org.electionatlas.model.Issue;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Participant;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.model.Risk;
import org.electionatlas.model.Settlement;

/**
 * The Persian texts of an atlas, each with its JSON pointer: the {@code fa} text of every name,
 * title, topic and role, and the free texts (addresses, notes) written in Persian. One walk serves
 * both the validator, which looks at each text, and {@code atlas normalize}, which rewrites them:
 * {@link #rewrite} returns the atlas with each text replaced, and shares every entity none of whose
 * texts changed.
 *
 * <p>Ids, references, English texts and numbers are never passed to the rewriter, so a rewrite can
 * change nothing but Persian text.
 *
 * <p>This class is immutable and thread-safe: it holds only static methods.
 */
public final class AtlasText {

  /** Gives the new text for one Persian text of the atlas. */
  @FunctionalInterface
  public interface Rewriter {
    /**
     * {@return the text to put in place of {@code text}}
     *
     * @param pointer the JSON pointer of the text, such as {@code /counties/3/name/fa}
     * @param subjectId the id of the entity that holds it
     * @param text the text as it is
     */
    String rewrite(String pointer, String subjectId, String text);
  }

  /** Looks at one Persian text of the atlas. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Looks at a text.
     *
     * @param pointer the JSON pointer of the text, such as {@code /counties/3/name/fa}
     * @param subjectId the id of the entity that holds it
     * @param text the text
     */
    void visit(String pointer, String subjectId, String text);
  }

  /**
   * Looks at one text of a polling station, named by where it is within the station: a validator
   * that sees a million stations builds a text's whole pointer only for the few it reports.
   */
  @FunctionalInterface
  public interface StationVisitor {
    /**
     * Looks at a text.
     *
     * @param member the JSON pointer of the text within its station, such as {@code /name/fa}
     * @param text the text
     */
    void visit(String member, String text);
  }

  /**
   * Looks at one text of a polling station, as a {@link StationVisitor} does, told also whether it
   * is one of the station's Persian texts ({@link #forEachPersian}): for a validator whose checks
   * of every text and of Persian texts share one walk.
   */
  @FunctionalInterface
  public interface StationTextVisitor {
    /**
     * Looks at a text.
     *
     * @param member the JSON pointer of the text within its station, such as {@code /name/fa}
     * @param text the text
     * @param persian whether {@link #forEachPersian} visits it too: the {@code fa} text of a name,
     *     or a free text written in Arabic script
     */
    void visit(String member, String text, boolean persian);
  }

  private static final String NAME = "/name";
  private static final String SETTLEMENT_NAME = "/settlement/name";
  private static final String NAME_FA = NAME + "/fa";
  private static final String NAME_EN = NAME + "/en";
  private static final String SETTLEMENT_NAME_FA = SETTLEMENT_NAME + "/fa";
  private static final String SETTLEMENT_NAME_EN = SETTLEMENT_NAME + "/en";
  private static final String ADDRESS = "/address";
  private static final String RISK_NOTE = "/risk/note";

  private AtlasText() {}

  /**
   * Calls the visitor for each Persian text of the atlas, in document order.
   *
   * @param atlas the atlas
   * @param visitor the visitor
   */
  public static void forEach(Atlas atlas, Visitor visitor) {
    rewrite(
        atlas,
        (pointer, subject, text) -> {
          visitor.visit(pointer, subject, text);
          return text;
        });
  }

  /**
   * Calls the visitor for each Persian text of one polling station, with the pointers {@link
   * #forEach(Atlas, Visitor)} gives them when the station is at {@code position} of the atlas's
   * stations: for a validator that sees the stations one at a time.
   *
   * @param position the position
   * @param station the station
   * @param visitor the visitor
   */
  public static void forEach(PollingStation station, int position, Visitor visitor) {
    forEachPersian(station, within(station, position, visitor));
  }

  /**
   * Calls the visitor for each Persian text of one polling station, as {@link
   * #forEach(PollingStation, int, Visitor)} does, with the pointer of each text within the station:
   * {@code "/pollingStations/" + position + member} is the pointer that method gives.
   *
   * @param station the station whose Persian texts are visited, not null
   * @param visitor what is called with each text and where it is in the station, not null
   */
  public static void forEachPersian(PollingStation station, StationVisitor visitor) {
    visit(station, (member, text, persian) -> visitor.visit(member, text), false);
  }

  /**
   * Calls the visitor for every text of the atlas, in every language, and every free text whatever
   * its script, in document order: for checks that concern all text, such as {@link TextSafety}.
   *
   * @param atlas the atlas whose texts are visited, not null
   * @param visitor what is called with each text, its JSON pointer and its entity's id, not null
   */
  public static void forEachText(Atlas atlas, Visitor visitor) {
    rewrite(atlas, new Walk(visiting(visitor), true));
  }

  /**
   * Calls the visitor for every text of one polling station, in every language, with the pointers
   * {@link #forEachText(Atlas, Visitor)} gives them when the station is at {@code position}.
   *
   * @param station the station whose texts are visited, not null
   * @param position the station's position in {@code pollingStations}, from 0
   * @param visitor what is called with each text, its JSON pointer and its entity's id, not null
   */
  public static void forEachText(PollingStation station, int position, Visitor visitor) {
    forEachText(station, within(station, position, visitor));
  }

  /**
   * Calls the visitor for every text of one polling station, in every language, as {@link
   * #forEachText(PollingStation, int, Visitor)} does, with the pointer of each text within the
   * station.
   *
   * @param station the station whose texts are visited, not null
   * @param visitor what is called with each text and where it is in the station, not null
   */
  public static void forEachText(PollingStation station, StationVisitor visitor) {
    visit(station, (member, text, persian) -> visitor.visit(member, text), true);
  }

  /**
   * Calls the visitor for every text of one polling station, in every language, as {@link
   * #forEachText(PollingStation, StationVisitor)} does, saying of each whether {@link
   * #forEachPersian} visits it too.
   *
   * @param station the station whose texts are visited, not null
   * @param visitor what is called with each text, where it is in the station and whether it is
   *     Persian, not null
   */
  public static void forEachText(PollingStation station, StationTextVisitor visitor) {
    visit(station, visitor, true);
  }

  private static StationVisitor within(PollingStation station, int position, Visitor visitor) {
    String at = "/pollingStations/" + position;
    String subject = station.id();
    return (member, text) -> visitor.visit(at + member, subject, text);
  }

  /**
   * Visits a station's texts in the order and with the pointers the rewriting walk gives them,
   * without rebuilding the station as that walk does: a validator visits every station of an atlas
   * and changes none. The members are constants, so the walk itself builds no string.
   */
  private static void visit(PollingStation s, StationTextVisitor visitor, boolean allTexts) {
    visitName(visitor, allTexts, NAME, NAME_FA, NAME_EN, s.name());
    visitText(visitor, allTexts, ADDRESS, s.address());
    Optional<Settlement> settlement = s.settlement();
    if (settlement.isPresent()) {
      visitName(
          visitor,
          allTexts,
          SETTLEMENT_NAME,
          SETTLEMENT_NAME_FA,
          SETTLEMENT_NAME_EN,
          settlement.get().name());
    }
    Optional<Risk> risk = s.risk();
    if (risk.isPresent()) {
      visitText(visitor, allTexts, RISK_NOTE, risk.get().note());
    }
  }

  private static void visitName(
      StationTextVisitor visitor,
      boolean allTexts,
      String member,
      String memberFa,
      String memberEn,
      LocalizedName name) {
    if (allTexts) {
      name.forEach(
          (language, text) ->
              visitor.visit(
                  switch (language) {
                    case "fa" -> memberFa;
                    case "en" -> memberEn;
                    default -> member + "/" + language;
                  },
                  text,
                  language.equals("fa")));
    } else {
      visitor.visit(memberFa, name.fa(), true);
    }
  }

  private static void visitText(
      StationTextVisitor visitor, boolean allTexts, String member, Optional<String> text) {
    if (text.isPresent()) {
      boolean persian = isPersian(text.get());
      if (allTexts || persian) {
        visitor.visit(member, text.get(), persian);
      }
    }
  }

  private static Rewriter visiting(Visitor visitor) {
    return (pointer, subject, text) -> {
      visitor.visit(pointer, subject, text);
      return text;
    };
  }

  /**
   * {@return the atlas with each Persian text replaced by what the rewriter gives for it}
   *
   * @param atlas the atlas
   * @param rewriter the rewriter
   */
  public static Atlas rewrite(Atlas atlas, Rewriter rewriter) {
    return rewrite(atlas, new Walk(rewriter, false));
  }

  /**
   * {@return one polling station with each Persian text replaced by what the rewriter gives for it,
   * with the pointers {@link #rewrite(Atlas, Rewriter)} gives them when the station is at {@code
   * position}: for {@code atlas normalize} of an atlas read as a stream} The station itself when
   * nothing changed.
   *
   * @param station the station, not null
   * @param position the station's position in {@code pollingStations}, from 0
   * @param rewriter the rewriter, not null
   */
  public static PollingStation rewrite(PollingStation station, int position, Rewriter rewriter) {
    return station(new Walk(rewriter, false), "/pollingStations/" + position, station);
  }

  private static Atlas rewrite(Atlas atlas, Walk walk) {
    Election election = atlas.election();
    Election newElection =
        walk.changed(
            election,
            () ->
                Election.builder()
                    .from(election)
                    .name(walk.name("/election/name", election.id(), election.name()))
                    .build());
    List<Province> provinces = new ArrayList<>();
    for (int i = 0; i < atlas.provinces().size(); i++) {
      Province p = atlas.provinces().get(i);
      String at = "/provinces/" + i;
      provinces.add(
          walk.changed(
              p,
              () ->
                  Province.builder()
                      .from(p)
                      .name(walk.name(at + "/name", p.id(), p.name()))
                      .build()));
    }
    List<County> counties = new ArrayList<>();
    for (int i = 0; i < atlas.counties().size(); i++) {
      County c = atlas.counties().get(i);
      String at = "/counties/" + i;
      counties.add(
          walk.changed(
              c,
              () ->
                  County.builder()
                      .from(c)
                      .name(walk.name(at + "/name", c.id(), c.name()))
                      .build()));
    }
    List<Constituency> constituencies = new ArrayList<>();
    for (int i = 0; i < atlas.constituencies().size(); i++) {
      Constituency c = atlas.constituencies().get(i);
      String at = "/constituencies/" + i;
      constituencies.add(
          walk.changed(
              c,
              () ->
                  Constituency.builder()
                      .from(c)
                      .name(walk.name(at + "/name", c.id(), c.name()))
                      .build()));
    }
    List<PollingStation> stations = new ArrayList<>();
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      stations.add(station(walk, "/pollingStations/" + i, atlas.pollingStations().get(i)));
    }
    List<Body> bodies = new ArrayList<>();
    for (int i = 0; i < atlas.bodies().size(); i++) {
      bodies.add(body(walk, "/bodies/" + i, atlas.bodies().get(i)));
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < atlas.events().size(); i++) {
      events.add(event(walk, "/events/" + i, atlas.events().get(i)));
    }
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < atlas.issues().size(); i++) {
      Issue issue = atlas.issues().get(i);
      String at = "/issues/" + i;
      issues.add(
          walk.changed(
              issue,
              () ->
                  Issue.builder()
                      .from(issue)
                      .title(walk.name(at + "/title", issue.id(), issue.title()))
                      .mitigation(walk.name(at + "/mitigation", issue.id(), issue.mitigation()))
                      .build()));
    }
    List<Approval> approvals = new ArrayList<>();
    for (int i = 0; i < atlas.approvals().size(); i++) {
      Approval approval = atlas.approvals().get(i);
      String at = "/approvals/" + i;
      approvals.add(
          walk.changed(
              approval,
              () ->
                  Approval.builder()
                      .from(approval)
                      .settlements(
                          walk.names(at + "/settlements", approval.id(), approval.settlements()))
                      .note(walk.text(at + "/note", approval.id(), approval.note()))
                      .build()));
    }
    if (!walk.anyChange) {
      return atlas;
    }
    return Atlas.builder()
        .from(atlas)
        .election(newElection)
        .provinces(provinces)
        .counties(counties)
        .constituencies(constituencies)
        .pollingStations(stations)
        .bodies(bodies)
        .events(events)
        .issues(issues)
        .approvals(approvals)
        .build();
  }

  private static PollingStation station(Walk walk, String at, PollingStation s) {
    return walk.changed(
        s,
        () -> {
          PollingStation.Builder b =
              PollingStation.builder()
                  .from(s)
                  .name(walk.name(at + "/name", s.id(), s.name()))
                  .address(walk.text(at + "/address", s.id(), s.address()));
          if (s.settlement().isPresent()) {
            Settlement settlement = s.settlement().get();
            b.settlement(
                Settlement.builder()
                    .from(settlement)
                    .name(walk.name(at + "/settlement/name", s.id(), settlement.name()))
                    .build());
          }
          if (s.risk().isPresent()) {
            Risk risk = s.risk().get();
            b.risk(
                Risk.builder()
                    .from(risk)
                    .note(walk.text(at + "/risk/note", s.id(), risk.note()))
                    .build());
          }
          return b.build();
        });
  }

  private static Body body(Walk walk, String at, Body body) {
    return walk.changed(
        body,
        () -> {
          Body.Builder b =
              Body.builder().from(body).name(walk.name(at + "/name", body.id(), body.name()));
          if (body.head().isPresent()) {
            Head head = body.head().get();
            b.head(
                Head.builder()
                    .from(head)
                    .name(walk.name(at + "/head/name", body.id(), head.name()))
                    .title(walk.name(at + "/head/title", body.id(), head.title()))
                    .build());
          }
          return b.build();
        });
  }

  private static Event event(Walk walk, String at, Event event) {
    return walk.changed(
        event,
        () -> {
          List<Participant> participants = new ArrayList<>();
          for (int j = 0; j < event.participants().size(); j++) {
            Participant participant = event.participants().get(j);
            participants.add(
                Participant.builder()
                    .from(participant)
                    .role(
                        walk.name(
                            at + "/participants/" + j + "/role", event.id(), participant.role()))
                    .build());
          }
          return Event.builder()
              .from(event)
              .title(walk.name(at + "/title", event.id(), event.title()))
              .participants(participants)
              .topics(walk.names(at + "/topics", event.id(), event.topics()))
              .build();
        });
  }

  /** Carries the rewriter through the walk and notes whether any text changed. */
  private static final class Walk {
    private final Rewriter rewriter;
    // Visits every language and every free text; only for visitors, which change nothing.
    private final boolean allTexts;
    private boolean entityChanged;
    private boolean anyChange;

    Walk(Rewriter rewriter, boolean allTexts) {
      this.rewriter = rewriter;
      this.allTexts = allTexts;
    }

    /** The rebuilt entity when one of its texts changed, else the entity itself. */
    <T> T changed(T original, java.util.function.Supplier<T> rebuild) {
      entityChanged = false;
      T rebuilt = rebuild.get();
      if (!entityChanged) {
        return original;
      }
      anyChange = true;
      return rebuilt;
    }

    LocalizedName name(String pointer, String subject, LocalizedName name) {
      if (allTexts) {
        name.forEach((language, text) -> rewriter.rewrite(pointer + "/" + language, subject, text));
        return name;
      }
      String fa = rewriter.rewrite(pointer + "/fa", subject, name.fa());
      if (fa.equals(name.fa())) {
        return name;
      }
      entityChanged = true;
      Map<String, String> values = new LinkedHashMap<>(name.values());
      values.put("fa", fa);
      return LocalizedName.of(values);
    }

    Optional<LocalizedName> name(String pointer, String subject, Optional<LocalizedName> name) {
      return name.map(present -> name(pointer, subject, present));
    }

    List<LocalizedName> names(String pointer, String subject, List<LocalizedName> names) {
      List<LocalizedName> rewritten = new ArrayList<>(names.size());
      for (int j = 0; j < names.size(); j++) {
        rewritten.add(name(pointer + "/" + j, subject, names.get(j)));
      }
      return rewritten;
    }

    /** A free text, passed on only when it is written in Arabic script (Persian). */
    Optional<String> text(String pointer, String subject, Optional<String> text) {
      if (text.isEmpty() || !(allTexts || isPersian(text.get()))) {
        return text;
      }
      String rewritten = rewriter.rewrite(pointer, subject, text.get());
      if (!rewritten.equals(text.get())) {
        entityChanged = true;
      }
      return Optional.of(rewritten);
    }
  }

  private static boolean isPersian(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      // The letters of the Persian alphabet answer at once: a Persian address starts with one.
      if ((c >= 0x0621 && c <= 0x063A)
          || (c >= 0x0641 && c <= 0x064A)
          || c == 0x06CC
          || c == 0x06A9) {
        return true;
      }
      // Below U+0600 no letter is in the Arabic script: ASCII addresses need no lookup.
      if (c >= 0x0600
          && Character.isLetter(c)
          && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
