package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

/**
 * The common part of the standard catalogue's rules: the documentation every rule carries, given
 * once to the constructor, so that each rule class holds only what it documents and checks.
 */
abstract class CatalogueRule implements Rule {

  private final String id;
  private final Severity severity;
  private final String summary;
  private final String rationale;
  private final String violatingExample;
  private final String passingExample;

  CatalogueRule(
      String id,
      Severity severity,
      String summary,
      String rationale,
      String violatingExample,
      String passingExample) {
    this.id = requireNonNull(id, "id");
    this.severity = requireNonNull(severity, "severity");
    this.summary = requireNonNull(summary, "summary");
    this.rationale = requireNonNull(rationale, "rationale");
    this.violatingExample = requireNonNull(violatingExample, "violatingExample");
    this.passingExample = requireNonNull(passingExample, "passingExample");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final String rationale() {
    return rationale;
  }

  @Override
  public final String violatingExample() {
    return violatingExample;
  }

  @Override
  public final String passingExample() {
    return passingExample;
  }

  @Override
  public String toString() {
    return id;
  }
}
