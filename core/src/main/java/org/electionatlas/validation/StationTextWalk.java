package org.electionatlas.validation;

import org.electionatlas.text.TextTraits;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the station being checked, shared by the rules of one session that look at every
 * station's texts: four rules asking the same station for its texts walk its names and addresses
 * once, not four times, and each runs its closer check only on the texts whose traits call for it.
 * The session walks each station before its rules see it, once a rule has asked for the walk
 * ({@link RuleContext#stationTexts()}), or takes the {@link StationTexts} a reader walked on its
 * own thread: one place that walks, so the compiler compiles the walk once rather than into each
 * rule.
 *
 * <p>Not thread-safe: a session checks its stations on one thread.
 */
final class StationTextWalk {

  private boolean wanted;

  /** The texts of the station being checked; none before the first. */
  private @Nullable StationTexts current;

  /** Asks that each station be walked before the rules see it. */
  void want() {
    wanted = true;
  }

  /** {@return whether a rule asked for the walk} */
  boolean wanted() {
    return wanted;
  }

  /** Makes these the texts of the station the rules see next. */
  void use(StationTexts texts) {
    current = texts;
  }

  int count() {
    StationTexts texts = current;
    return texts == null ? 0 : texts.count();
  }

  String member(int k) {
    return now().member(k);
  }

  String text(int k) {
    return now().text(k);
  }

  TextTraits traits(int k) {
    return now().traits(k);
  }

  boolean persian(int k) {
    return now().persian(k);
  }

  private StationTexts now() {
    StationTexts texts = current;
    if (texts == null) {
      throw new IllegalStateException("no station is being checked");
    }
    return texts;
  }
}
