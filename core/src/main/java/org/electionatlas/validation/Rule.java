package org.electionatlas.validation;

import org.electionatlas.model.Atlas;

/**
 * A named check of an atlas, for the standard catalogue and for embedders alike. A rule is begun
 * with the atlas's frame (the atlas without its polling stations, which is small), is shown each
 * station in document order, and is ended: so every rule checks an atlas held in memory and one
 * streamed from a file too large for memory, with the same findings.
 *
 * <pre>{@code
 * final class MobileStationInCity implements Rule {
 *   static final RuleInfo INFO = RuleInfo.builder()
 *       .id("mobile-station-in-city")
 *       .defaultSeverity(Severity.WARNING)
 *       .summary(Phrase.english("Mobile stations serve villages, not cities"))
 *       .build();
 *   static final MessageTemplate IN_CITY = MessageTemplate.english(
 *       "mobile-station-in-city", "{station} is mobile but stands in a city");
 *
 *   public RuleInfo info() { return INFO; }
 *
 *   public RuleCheck begin(Atlas frame, RuleContext context) {
 *     return (index, station) -> {
 *       if (station.kind() == StationKind.MOBILE && isUrban(station)) {
 *         context.report(EntityKind.POLLING_STATION.pointer(index), station.id(),
 *             IN_CITY.with("station", Argument.entity(EntityKind.POLLING_STATION, station)));
 *       }
 *     };
 *   }
 * }
 * }</pre>
 *
 * <p>A rule reports through its {@link RuleContext} and never throws for a bad atlas. It should
 * take time linear (or n log n) in the atlas's size: use {@link Atlas#index()} for lookups rather
 * than searching lists. A rule that cannot work without the whole atlas in memory extends {@link
 * WholeAtlasRule}; streaming validation refuses such rules.
 */
public interface Rule {

  /** {@return what the rule is: id, default severity, summary, rationale, examples and tags} */
  RuleInfo info();

  /**
   * Starts checking one atlas: reports what the frame alone shows and returns what checks each
   * station.
   *
   * @param frame the atlas without its polling stations, not null
   * @param context where findings go, the policy in force and the stations seen so far, not null
   * @return the check that each station is given, then ended; {@link RuleCheck#NONE} when the frame
   *     said everything
   */
  RuleCheck begin(Atlas frame, RuleContext context);
}
