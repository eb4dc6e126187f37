package org.electionatlas.validation;

import java.util.Set;
import java.util.regex.Pattern;
import org.electionatlas.message.Phrase;
import org.immutables.value.Value;

/**
 * What a rule is, apart from how it checks: its stable id, the severity of its findings unless a
 * policy says otherwise, a one-line summary and a rationale in English and Persian, a fragment of
 * an atlas that violates it and the same fragment corrected, and tags that group rules. The
 * catalogue documentation ({@code docs/rules.md}, {@code docs/rules.fa.md}, {@code atlas rules},
 * SARIF rule metadata) is made from these values, and the examples are run by the tests.
 *
 * <pre>{@code
 * RuleInfo info = RuleInfo.builder()
 *     .id("mobile-station-in-city")
 *     .defaultSeverity(Severity.WARNING)
 *     .summary(Phrase.english("Mobile stations serve villages, not cities"))
 *     .addTags("stations")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleInfo {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  RuleInfo() {}

  /** {@return the rule's stable id in kebab-case, such as {@code station-county-unknown}} */
  public abstract String id();

  /** {@return the severity of the rule's findings unless a policy says otherwise} */
  public abstract Severity defaultSeverity();

  /** {@return what the rule checks, in one line without a final period, like a compiler message} */
  public abstract Phrase summary();

  /**
   * {@return why the rule exists: what goes wrong in an election when the atlas has this defect;
   * empty unless set}
   */
  @Value.Default
  public Phrase rationale() {
    return Phrase.empty();
  }

  /**
   * {@return a fragment of an atlas document (top-level members, without the braces) that this rule
   * reports; empty when there is none}
   */
  @Value.Default
  public String violatingExample() {
    return "";
  }

  /**
   * {@return the violating example corrected, so that the rule reports nothing; empty when there is
   * none}
   */
  @Value.Default
  public String passingExample() {
    return "";
  }

  /**
   * {@return whether the rule compares the atlas with the previous round's ({@link
   * RuleContext#previous()}); such a rule runs only when a validator is given the previous round,
   * and is skipped otherwise. False unless set}
   */
  @Value.Default
  public boolean needsPreviousRound() {
    return false;
  }

  /**
   * {@return a fragment of the previous round's atlas (top-level members, without the braces) that
   * the violating and the passing examples are both compared with; empty when there is none, as for
   * every rule that does not {@linkplain #needsPreviousRound() need the previous round}}
   */
  @Value.Default
  public String previousExample() {
    return "";
  }

  /** {@return words that group rules, such as {@code stations} or {@code references}} */
  public abstract Set<String> tags();

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "a rule id is kebab-case, such as station-county-unknown; not '" + id() + "'");
    }
    if (summary().en().isBlank()) {
      throw new IllegalArgumentException("rule " + id() + " has no summary");
    }
    if (violatingExample().isEmpty() != passingExample().isEmpty()) {
      throw new IllegalArgumentException(
          "rule " + id() + " has a violating example or a passing one, but not both");
    }
    if (!previousExample().isEmpty() && !needsPreviousRound()) {
      throw new IllegalArgumentException(
          "rule " + id() + " has an example of the previous round but does not need one");
    }
    if (needsPreviousRound() && !violatingExample().isEmpty() && previousExample().isEmpty()) {
      throw new IllegalArgumentException(
          "rule " + id() + " needs the previous round, so its examples need one too");
    }
  }

  @Override
  public String toString() {
    return id();
  }

  /**
   * {@return an empty builder; id, default severity and summary must be set before {@code build()},
   * which throws {@link IllegalArgumentException} for a malformed id, a blank summary, only one of
   * the two examples, or a previous round's example that does not match {@link
   * #needsPreviousRound()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleInfo} values. */
  public static final class Builder extends ImmutableRuleInfo.Builder {
    Builder() {}
  }
}
