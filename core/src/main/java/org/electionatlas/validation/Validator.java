package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.electionatlas.model.Atlas;
import org.jspecify.annotations.Nullable;

/**
 * Validates atlases: the entry point of validation.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(atlas);
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * <p>Every rule runs and every violation is collected; validation does not stop at the first. A
 * validator is built once and used for many atlases.
 *
 * <p>This class is immutable and thread-safe when its rules are.
 */
public final class Validator {

  private static final Validator STANDARD = builder().build();

  private final ImmutableList<Rule> rules;
  private final ValidationPolicy policy;
  private final @Nullable PreviousRound previous;

  private Validator(List<Rule> rules, ValidationPolicy policy, @Nullable PreviousRound previous) {
    this.rules = ImmutableList.copyOf(rules);
    this.policy = policy;
    this.previous = previous;
  }

  /** {@return a validator of the standard catalogue with the default policy} */
  public static Validator standard() {
    return STANDARD;
  }

  /** {@return a builder that starts from the standard catalogue and the default policy} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rules of the standard catalogue, ordered by id} */
  public static List<Rule> standardRules() {
    return Catalogue.RULES;
  }

  /**
   * {@return the rules this validator runs (those the policy turned off included), ordered by id}
   */
  public List<Rule> rules() {
    return rules;
  }

  /** {@return the policy this validator applies} */
  public ValidationPolicy policy() {
    return policy;
  }

  /**
   * {@return the previous round this validator compares atlases with, if it was given one; without
   * it the rules that {@linkplain RuleInfo#needsPreviousRound() need one} do not run}
   */
  public Optional<PreviousRound> previous() {
    return Optional.ofNullable(previous);
  }

  /**
   * Runs every rule the policy leaves on over the atlas and reports all that they find.
   *
   * @param atlas the atlas to check, with all of its polling stations
   * @return every violation found; a bad atlas gives violations, never an exception
   * @throws IllegalStateException if a rule throws: a mistake in the rule, named in the message
   */
  public ValidationReport validate(Atlas atlas) {
    requireNonNull(atlas, "atlas");
    ValidationSession session = ValidationSession.inMemory(rules, policy, previous, atlas);
    atlas.pollingStations().forEach(session::station);
    return session.finish();
  }

  /**
   * Starts validating an atlas whose polling stations will arrive one at a time, such as one read
   * from a file too large for memory: give the session each station, then finish it. The report is
   * the one {@link #validate(Atlas)} gives for the whole atlas.
   *
   * @param frame the atlas without its polling stations
   * @return the session, to be given each station in document order and then finished
   * @throws IllegalArgumentException if the frame has stations, or if a rule of this validator that
   *     the policy leaves on is a {@link WholeAtlasRule}
   */
  public ValidationSession session(Atlas frame) {
    return ValidationSession.streaming(rules, policy, previous, frame, null);
  }

  /**
   * Starts validating an atlas whose stations arrive one at a time, handing each finding to the
   * listener as soon as its rule reports it and keeping none, so that a million findings need not
   * be held at once: with {@link ValidationReport#collector(int)} as the listener, what is kept is
   * the first findings of each rule, and every finding is counted.
   *
   * @param frame the atlas without its polling stations
   * @param listener receives every finding, those of the rules' ends when the session finishes
   * @return the session, to be given each station in document order and then finished; its {@link
   *     ValidationSession#finish()} gives a report that counts the findings and holds none
   * @throws IllegalArgumentException if the frame has stations, or if a rule of this validator that
   *     the policy leaves on is a {@link WholeAtlasRule}
   */
  public ValidationSession session(Atlas frame, ViolationListener listener) {
    return ValidationSession.streaming(
        rules, policy, previous, frame, requireNonNull(listener, "listener"));
  }

  /**
   * Builds validators: the standard catalogue plus rules of one's own, with a policy.
   *
   * <p>{@link #build()} fails when two rules share an id or the policy names a rule that does not
   * exist, so that a misspelt id in a policy file does not go unnoticed.
   */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private ValidationPolicy policy = ValidationPolicy.defaults();
    private final ValidationPolicy.Builder changes = ValidationPolicy.builder();
    private boolean changed;
    private @Nullable PreviousRound previous;

    private Builder() {
      Catalogue.RULES.forEach(rule -> rules.put(rule.info().id(), rule));
    }

    /**
     * Uses the policy in place of the default one; later {@link #disable} and {@link #severity}
     * calls add to it, whether they come before or after this call.
     *
     * @param policy the thresholds, disabled rules and severity overrides to apply
     * @return this builder
     */
    public Builder policy(ValidationPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Compares each atlas with the previous round, so that the rules that {@linkplain
     * RuleInfo#needsPreviousRound() need it} run too: stations removed, moved or changed, counties
     * that lost stations, issues dropped.
     *
     * @param previous the previous round's atlas, compactly
     * @return this builder
     */
    public Builder previous(PreviousRound previous) {
      this.previous = requireNonNull(previous, "previous");
      return this;
    }

    /**
     * Adds a rule of one's own.
     *
     * @param rule the rule, whose id must differ from every rule of the standard catalogue and
     *     every one added before
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id is already there
     */
    public Builder addRule(Rule rule) {
      requireNonNull(rule, "rule");
      String id = requireNonNull(rule.info(), "rule.info()").id();
      if (rules.putIfAbsent(id, rule) != null) {
        throw new IllegalArgumentException("a rule with id " + id + " is already there");
      }
      return this;
    }

    /**
     * Turns a rule off.
     *
     * @param ruleId the id of a rule of the catalogue or one added, such as {@code
     *     station-number-gap}; {@link #build()} refuses an id no rule has
     * @return this builder
     */
    public Builder disable(String ruleId) {
      changes.addDisabledRule(ruleId);
      changed = true;
      return this;
    }

    /**
     * Gives a rule's findings another severity.
     *
     * @param ruleId the id of a rule of the catalogue or one added, such as {@code
     *     station-observer-missing}; {@link #build()} refuses an id no rule has
     * @param severity the severity its findings carry in place of its default one
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      changes.putSeverityOverride(ruleId, severity);
      changed = true;
      return this;
    }

    /**
     * The validator.
     *
     * @return a validator of every rule given, ordered by id, with the policy and its changes
     * @throws IllegalArgumentException if the policy names a rule that does not exist
     */
    public Validator build() {
      ValidationPolicy effective = policy;
      if (changed) {
        ValidationPolicy extra = changes.build();
        effective =
            ValidationPolicy.builder()
                .from(policy)
                .addAllDisabledRules(extra.disabledRules())
                .putAllSeverityOverrides(extra.severityOverrides())
                .build();
      }
      Set<String> unknown = new TreeSet<>(effective.disabledRules());
      unknown.addAll(effective.severityOverrides().keySet());
      unknown.removeAll(rules.keySet());
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("the policy names rules that do not exist: " + unknown);
      }
      List<Rule> ordered = new ArrayList<>(rules.values());
      ordered.sort((a, b) -> a.info().id().compareTo(b.info().id()));
      return new Validator(ordered, effective, previous);
    }
  }
}
