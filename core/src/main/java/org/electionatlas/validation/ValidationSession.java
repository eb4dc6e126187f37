package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;

/**
 * One validation of one atlas by the one engine every rule runs in: each rule is begun with the
 * atlas's frame (everything but its stations), given each station in document order, and ended.
 * {@link Validator#validate(Atlas)} runs a session over an atlas's list; a streaming reader runs
 * one over stations as it reads them, keeping only compact state (the stations' ids, and what each
 * rule keeps), so a million stations validate in a small heap. Both report the same violations.
 *
 * <p>A session is not thread-safe and is used once.
 */
public final class ValidationSession {

  /** One rule being run: its check, and how many of its findings were already handed out. */
  private static final class Running {
    final String ruleId;
    final List<Violation> found = new ArrayList<>();
    @Nullable RuleCheck check;
    int handedOut;

    Running(String ruleId) {
      this.ruleId = ruleId;
    }
  }

  private final List<Running> running = new ArrayList<>();

  /**
   * The runs whose check looks at stations, in catalogue order: many rules of a catalogue say all
   * they have to say in {@code begin} ({@link RuleCheck#NONE}), and a million stations need not
   * pass each of them.
   */
  private final Running[] checkingStations;

  private final StationIds ids = new StationIds();
  private final StationTextWalk texts = new StationTextWalk();
  private final @Nullable ViolationListener listener;
  private final Map<String, int[]> handedToListener = new TreeMap<>();
  private final @Nullable RoundComparison comparison;
  private boolean finished;

  private ValidationSession(
      List<Rule> rules,
      ValidationPolicy policy,
      @Nullable PreviousRound previous,
      Atlas frame,
      @Nullable Atlas whole,
      @Nullable ViolationListener listener) {
    this.listener = listener;
    this.comparison = previous == null ? null : new RoundComparison(previous);
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (policy.disabledRules().contains(info.id())
          || (info.needsPreviousRound() && previous == null)) {
        continue;
      }
      Severity severity =
          policy.severityOverrides().getOrDefault(info.id(), info.defaultSeverity());
      Running run = new Running(info.id());
      running.add(run);
      RuleContext context =
          new RuleContext(info.id(), severity, policy, ids, texts, run.found, whole, comparison);
      try {
        run.check = requireNonNull(rule.begin(frame, context), "the check begun");
      } catch (RuntimeException e) {
        throw failed(info.id(), e);
      }
      run.handedOut = run.found.size();
      handOver(run);
    }
    checkingStations =
        running.stream().filter(run -> run.check != RuleCheck.NONE).toArray(Running[]::new);
  }

  /**
   * Gives what the rule found so far to the listener, if there is one, and keeps none of it; counts
   * it by rule and severity for the report.
   */
  private void handOver(Running run) {
    ViolationListener to = listener;
    if (to == null || run.found.isEmpty()) {
      return;
    }
    for (Violation violation : run.found) {
      int[] counts =
          handedToListener.computeIfAbsent(
              violation.ruleId(), id -> new int[Severity.values().length]);
      counts[violation.severity().ordinal()]++;
      to.found(violation);
    }
    run.found.clear();
    run.handedOut = 0;
  }

  /** A session over an atlas in memory. */
  static ValidationSession inMemory(
      List<Rule> rules, ValidationPolicy policy, @Nullable PreviousRound previous, Atlas atlas) {
    Atlas frame =
        atlas.pollingStations().isEmpty()
            ? atlas
            : Atlas.builder().from(atlas).pollingStations(List.of()).build();
    return new ValidationSession(rules, policy, previous, frame, atlas, null);
  }

  /**
   * A streaming session, whose findings go to the listener when there is one; refuses rules that
   * need the whole atlas in memory.
   */
  static ValidationSession streaming(
      List<Rule> rules,
      ValidationPolicy policy,
      @Nullable PreviousRound previous,
      Atlas frame,
      @Nullable ViolationListener listener) {
    requireNonNull(frame, "frame");
    if (!frame.pollingStations().isEmpty()) {
      throw new IllegalArgumentException(
          "the frame has polling stations; give them to station() one by one");
    }
    for (Rule rule : rules) {
      if (rule instanceof WholeAtlasRule && !policy.disabledRules().contains(rule.info().id())) {
        throw new IllegalArgumentException(refusal(rule.info().id()));
      }
    }
    return new ValidationSession(rules, policy, previous, frame, null, listener);
  }

  /** Why a streaming validation cannot run a {@link WholeAtlasRule}, and what to do. */
  static String refusal(String ruleId) {
    return "rule "
        + ruleId
        + " needs the whole atlas in memory (it is a WholeAtlasRule), so it cannot check stations"
        + " as they stream from a file: validate the atlas in memory with Validator.validate, or"
        + " rewrite the rule as a Rule that keeps what it needs of each station as it passes";
  }

  /**
   * Checks the next station.
   *
   * @param station the station that follows, in document order, the ones given before; the first
   *     one given is {@code /pollingStations/0}
   * @return the violations found while checking it, mostly about it: the ones a streaming reader
   *     can locate at once, while it still holds the station's bytes; empty in a session with a
   *     {@link ViolationListener}, which was given them instead
   * @throws IllegalStateException if the session is finished, or a rule threw while checking the
   *     station (a mistake in the rule, named in the message)
   */
  public List<Violation> station(PollingStation station) {
    requireNonNull(station, "station");
    return check(station, texts.wanted() ? StationTexts.of(station) : null);
  }

  /**
   * Checks the next station, as {@link #station(PollingStation)} does, with its texts already
   * walked: a reader that binds stations on a thread of its own walks them there, while they are in
   * that core's cache (when {@link #wantsStationTexts()}), and the session does not walk them
   * again.
   *
   * @param station the station that follows the ones given before
   * @param texts the station's texts, {@link StationTexts#of} it
   * @return the violations found while checking it, as {@link #station(PollingStation)} returns
   * @throws IllegalArgumentException if the texts are of another station
   * @throws IllegalStateException if the session is finished, or a rule threw while checking the
   *     station
   */
  public List<Violation> station(PollingStation station, StationTexts texts) {
    requireNonNull(station, "station");
    if (texts.station() != station) {
      throw new IllegalArgumentException(
          "the texts are of station " + texts.station().id() + ", not of " + station.id());
    }
    return check(station, texts);
  }

  /**
   * {@return whether a rule of this session reads every station's texts} When false, a reader need
   * not walk them for {@link #station(PollingStation, StationTexts)}: the session would not use
   * them.
   */
  public boolean wantsStationTexts() {
    return texts.wanted();
  }

  private List<Violation> check(PollingStation station, @Nullable StationTexts walked) {
    if (finished) {
      throw new IllegalStateException("the session is finished");
    }
    int index = ids.size();
    if (comparison != null) {
      comparison.accept(index, station);
    }
    if (walked != null && texts.wanted()) {
      texts.use(walked);
    }
    List<Violation> found = List.of();
    for (Running run : checkingStations) {
      try {
        requireNonNull(run.check).station(index, station);
      } catch (RuntimeException e) {
        throw failed(run.ruleId, e);
      }
      if (run.found.size() > run.handedOut) {
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        found.addAll(run.found.subList(run.handedOut, run.found.size()));
        run.handedOut = run.found.size();
      }
      handOver(run);
    }
    if (listener != null) {
      found = List.of();
    }
    ids.add(station.id());
    return found;
  }

  /** {@return how many stations the session has checked} */
  public int stationCount() {
    return ids.size();
  }

  /**
   * Ends every check and returns the report of all that was found, in the report's order.
   *
   * @return every violation the session found, those already handed out by {@link #station}
   *     included; in a session with a {@link ViolationListener}, which was given each of them, a
   *     report that holds none but counts them all ({@link ValidationReport#omitted()})
   * @throws IllegalStateException if the session is already finished, or a rule threw while ending
   *     its check (a mistake in the rule, named in the message)
   */
  public ValidationReport finish() {
    if (finished) {
      throw new IllegalStateException("the session is finished");
    }
    finished = true;
    if (comparison != null) {
      comparison.end();
    }
    List<Violation> violations = new ArrayList<>();
    for (Running run : running) {
      try {
        requireNonNull(run.check).end();
      } catch (RuntimeException e) {
        throw failed(run.ruleId, e);
      }
      violations.addAll(run.found);
      handOver(run);
    }
    if (listener != null) {
      List<ValidationReport.Omitted> counted = new ArrayList<>();
      handedToListener.forEach(
          (ruleId, counts) -> {
            for (Severity severity : Severity.values()) {
              if (counts[severity.ordinal()] > 0) {
                counted.add(
                    new ValidationReport.Omitted(ruleId, severity, counts[severity.ordinal()]));
              }
            }
          });
      return ValidationReport.of(List.of(), counted);
    }
    return ValidationReport.of(violations);
  }

  private static IllegalStateException failed(String ruleId, RuntimeException e) {
    return new IllegalStateException("rule " + ruleId + " failed: " + e, e);
  }
}
