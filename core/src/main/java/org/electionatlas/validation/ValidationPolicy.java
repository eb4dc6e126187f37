package org.electionatlas.validation;

import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The thresholds rules apply, and which rules are off or carry another severity. The defaults are
 * policy choices, not law: Iran's election law caps no station's voters, for example, and the
 * default of 2,500 is what keeps a day's queue manageable.
 *
 * <pre>{@code
 * ValidationPolicy policy = ValidationPolicy.builder()
 *     .maxExpectedVoters(3000)
 *     .addDisabledRule("station-number-gap")
 *     .putSeverityOverride("station-observer-missing", Severity.ERROR)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationPolicy {

  private static final ValidationPolicy DEFAULTS = builder().build();

  ValidationPolicy() {}

  /** {@return the most voters a station may expect; 2,500 unless set} */
  @Value.Default
  public int maxExpectedVoters() {
    return 2_500;
  }

  /**
   * {@return the fewest officials a station may have; 5 unless set (the Majlis election law, art.
   * 40)}
   */
  @Value.Default
  public int minOfficials() {
    return 5;
  }

  /** {@return the fewest observers a station may have; 1 unless set} */
  @Value.Default
  public int minObservers() {
    return 1;
  }

  /**
   * {@return the lowest share of a county's eligible voters that its stations should expect
   * together, as a fraction of one; 0.8 unless set} Below it, some voters have no station planned
   * for them.
   */
  @Value.Default
  public double minCoverage() {
    return 0.8;
  }

  /**
   * {@return the highest share of a county's eligible voters that its stations may expect together,
   * as a fraction of one; 1.1 unless set} Above it, voters are counted twice or the eligible count
   * is out of date.
   */
  @Value.Default
  public double maxCoverage() {
    return 1.1;
  }

  /**
   * {@return how far a station may move from one round to the next, in metres, before the move is
   * reported; 1,000 unless set} Farther than a walk across a neighbourhood, a move sends voters to
   * a place they do not know; it is for the clerk to confirm. Read only when the previous round is
   * given ({@link Validator.Builder#previous}).
   */
  @Value.Default
  public int maxStationMoveMetres() {
    return 1_000;
  }

  /**
   * {@return the largest change of a station's expected voters from one round to the next, as a
   * fraction of the previous round's count; 0.5 (50 %) unless set} Read only when the previous
   * round is given.
   */
  @Value.Default
  public double maxVotersChange() {
    return 0.5;
  }

  /**
   * {@return the largest share of its stations a county may lose from one round to the next, as a
   * fraction of the previous round's count; 0.2 (20 %) unless set} Read only when the previous
   * round is given.
   */
  @Value.Default
  public double maxCountyStationLoss() {
    return 0.2;
  }

  /** {@return the ids of rules that do not run, such as {@code station-number-gap}} */
  public abstract Set<String> disabledRules();

  /** {@return severities that replace rules' default severities, by rule id} */
  public abstract Map<String, Severity> severityOverrides();

  @Value.Check
  final void check() {
    if (maxExpectedVoters() < 1 || minOfficials() < 0 || minObservers() < 0) {
      throw new IllegalStateException(
          "maxExpectedVoters must be at least 1, minOfficials and minObservers at least 0");
    }
    if (!(minCoverage() >= 0 && minCoverage() <= maxCoverage())) {
      throw new IllegalStateException(
          "minCoverage must be at least 0 and at most maxCoverage, but is "
              + minCoverage()
              + " with maxCoverage "
              + maxCoverage());
    }
    if (maxStationMoveMetres() < 0) {
      throw new IllegalStateException(
          "maxStationMoveMetres must be at least 0, but is " + maxStationMoveMetres());
    }
    if (!(maxVotersChange() >= 0) || !(maxCountyStationLoss() >= 0)) {
      throw new IllegalStateException(
          "maxVotersChange and maxCountyStationLoss must be at least 0, but are "
              + maxVotersChange()
              + " and "
              + maxCountyStationLoss());
    }
    if (maxCountyStationLoss() > 1) {
      throw new IllegalStateException(
          "maxCountyStationLoss is a share of a county's stations, at most 1 (all of them), but is "
              + maxCountyStationLoss());
    }
  }

  /** {@return the default policy: every rule on, at its default severity} */
  public static ValidationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a builder that starts from the defaults; its {@code build()} throws {@link
   * IllegalStateException} for a threshold out of range}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ValidationPolicy} values. */
  public static final class Builder extends ImmutableValidationPolicy.Builder {
    Builder() {}
  }
}
