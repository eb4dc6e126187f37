package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.electionatlas.model.PollingStation;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.TextTraits;

/**
 * The texts of one polling station, in every language, each walked once for its {@link TextTraits}:
 * what the validator's text rules read of every station. A session walks a station's texts itself
 * before its rules see it; a reader that binds stations on another thread can walk them there
 * instead, with {@link #of}, and give them with the station to {@link
 * ValidationSession#station(PollingStation, StationTexts)}. The walk is the first thing to read a
 * text's characters, and on the thread that has just made them it costs a fraction of what it costs
 * on a thread that must fetch them from the other core's cache.
 *
 * <p>The texts are those, and in the order, that {@link AtlasText#forEachText(PollingStation,
 * AtlasText.StationTextVisitor)} visits. This class is immutable and thread-safe.
 */
public final class StationTexts {

  private final PollingStation station;
  private final int count;
  private final String[] members;
  private final String[] texts;
  private final TextTraits[] traits;
  private final boolean[] persian;

  private StationTexts(Walk walk) {
    this.station = walk.station;
    this.count = walk.count;
    this.members = walk.members;
    this.texts = walk.texts;
    this.traits = walk.traits;
    this.persian = walk.persian;
  }

  /**
   * {@return the station's texts, each walked for its traits}
   *
   * @param station the station, not null
   */
  public static StationTexts of(PollingStation station) {
    Walk walk = new Walk(requireNonNull(station, "station"));
    AtlasText.forEachText(station, walk);
    return new StationTexts(walk);
  }

  /** {@return the station whose texts these are} */
  public PollingStation station() {
    return station;
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

  /** Collects the texts; its arrays become the value's, which never changes them. */
  private static final class Walk implements AtlasText.StationTextVisitor {
    // A station has five or six texts: two names in two languages, an address, perhaps a note.
    final PollingStation station;
    int count;
    String[] members = new String[6];
    String[] texts = new String[6];
    TextTraits[] traits = new TextTraits[6];
    boolean[] persian = new boolean[6];

    Walk(PollingStation station) {
      this.station = station;
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
  }
}
