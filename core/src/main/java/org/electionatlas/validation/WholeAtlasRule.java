package org.electionatlas.validation;

import org.electionatlas.model.Atlas;

/**
 * The adapter for a rule that needs the whole atlas in memory at once, stations included, such as
 * one that compares every station with every other by a measure no compact state can keep. It runs
 * when an atlas is validated in memory ({@link Validator#validate(Atlas)}); a streaming validation
 * ({@link Validator#session(Atlas)}) refuses it before it starts, saying which rule to rewrite.
 * Prefer {@link Rule}: most checks need only what one station, the frame and a few numbers per
 * county tell.
 */
public abstract class WholeAtlasRule implements Rule {

  /** For subclasses. */
  protected WholeAtlasRule() {}

  /**
   * Checks the whole atlas and reports through the context; never throws for a bad atlas.
   *
   * @param atlas the atlas with all its stations, not null
   * @param context where findings go, not null
   */
  protected abstract void check(Atlas atlas, RuleContext context);

  /**
   * Checks the whole atlas at the end, once every station has been seen.
   *
   * @param frame the atlas without its polling stations; unused, as {@link #check} is given the
   *     whole atlas
   * @param context where findings go, which also holds the whole atlas when it is in memory
   * @return a check that does nothing for each station and runs {@link #check} from {@link
   *     RuleCheck#end()}
   * @throws IllegalStateException if the atlas is streamed rather than held in memory
   */
  @Override
  public final RuleCheck begin(Atlas frame, RuleContext context) {
    Atlas whole =
        context
            .whole()
            .orElseThrow(() -> new IllegalStateException(ValidationSession.refusal(info().id())));
    return new RuleCheck() {
      @Override
      public void station(int index, org.electionatlas.model.PollingStation station) {}

      @Override
      public void end() {
        check(whole, context);
      }
    };
  }
}
