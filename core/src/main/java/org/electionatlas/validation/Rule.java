package org.electionatlas.validation;

import org.electionatlas.model.Atlas;

/**
 * A named check of an atlas. The standard catalogue is a set of rules; embedders add their own by
 * implementing this interface and passing it to {@link Validator.Builder#addRule}.
 *
 * <p>A rule reports what it finds through {@link Findings} and never throws for a bad atlas. It
 * should take time linear (or n log n) in the atlas's size: use {@link Atlas#index()} for lookups
 * rather than searching lists. A rule that reads polling stations and should also check an atlas
 * validated as a stream (too large for memory) implements {@link StationRule} instead.
 *
 * <pre>{@code
 * final class NoMobileStationInCities implements Rule {
 *   public String id() { return "mobile-station-in-city"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public String summary() { return "Mobile stations serve villages, not cities"; }
 *   public void check(Atlas atlas, Findings findings) {
 *     for (int i = 0; i < atlas.pollingStations().size(); i++) { ... findings.report(...); }
 *   }
 * }
 * }</pre>
 */
public interface Rule {

  /** The rule's stable id in kebab-case, such as {@code station-county-unknown}. */
  String id();

  /** The severity of its findings unless a policy says otherwise. */
  Severity defaultSeverity();

  /** What the rule checks, in one line without a final period, like a compiler message. */
  String summary();

  /** Why the rule exists: what goes wrong in an election when the atlas has this defect. */
  default String rationale() {
    return "";
  }

  /**
   * A short fragment of an atlas document that this rule reports, for the catalogue's
   * documentation; empty when there is none.
   */
  default String violatingExample() {
    return "";
  }

  /** The same fragment corrected, so that the rule reports nothing; empty when there is none. */
  default String passingExample() {
    return "";
  }

  /** Checks the atlas and reports each violation found; never throws for a bad atlas. */
  void check(Atlas atlas, Findings findings);
}
