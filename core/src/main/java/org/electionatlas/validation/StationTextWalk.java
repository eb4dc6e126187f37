package org.electionatlas.validation;

import java.util.Arrays;
import org.electionatlas.model.PollingStation;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.TextTraits;

/**
 * The texts of the station being checked, each walked once for its {@link TextTraits}, shared by
 * the rules of one session that look at every station's texts: four rules asking the same station
 * for its texts walk its names and addresses once, not four times, and each runs its closer check
 * only on the texts whose traits call for it. The session walks each station before its rules see
 * it, once a rule has asked for the walk ({@link RuleContext#stationTexts()}): one place that
 * walks, so the compiler compiles the walk once rather than into each rule.
 *
 * <p>The arrays are reused from station to station, so a station's texts cost no object. Not
 * thread-safe: a session checks its stations on one thread.
 */
final class StationTextWalk implements AtlasText.StationTextVisitor {

  private boolean wanted;
  private int count;
  private String[] members = new String[8];
  private String[] texts = new String[8];
  private TextTraits[] traits = new TextTraits[8];
  private boolean[] persian = new boolean[8];

  /** Asks that each station be walked before the rules see it. */
  void want() {
    wanted = true;
  }

  /** {@return whether a rule asked for the walk} */
  boolean wanted() {
    return wanted;
  }

  /** Makes these the texts of the station the rules see next. */
  void walk(PollingStation station) {
    count = 0;
    AtlasText.forEachText(station, this);
  }

  @Override
  public void visit(String member, String text, boolean isPersian) {
    if (count == texts.length) {
      int grown = count * 2;
      members = Arrays.copyOf(members, grown);
      texts = Arrays.copyOf(texts, grown);
      traits = Arrays.copyOf(traits, grown);
      persian = Arrays.copyOf(persian, grown);
    }
    members[count] = member;
    texts[count] = text;
    traits[count] = TextTraits.of(text);
    persian[count] = isPersian;
    count++;
  }

  /** {@return how many texts the station has, in every language} */
  int count() {
    return count;
  }

  /** {@return the JSON pointer of text {@code k} within the station, such as {@code /name/fa}} */
  String member(int k) {
    return members[k];
  }

  /** {@return text {@code k}} */
  String text(int k) {
    return texts[k];
  }

  /** {@return what one walk over text {@code k} found} */
  TextTraits traits(int k) {
    return traits[k];
  }

  /** {@return whether text {@code k} is one of the station's Persian texts} */
  boolean persian(int k) {
    return persian[k];
  }
}
