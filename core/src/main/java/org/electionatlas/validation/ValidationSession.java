package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/**
 * One validation of an atlas whose polling stations arrive one at a time, as a streaming reader
 * finds them: begun with the atlas's frame (everything but its stations), given each station in
 * document order, finished once. It keeps compact state only (the stations' ids, and what each
 * {@link StationRule} keeps), so a million stations validate in a small heap. {@link
 * Validator#validate(Atlas)} runs the same session over an atlas's list, so both report the same
 * violations.
 *
 * <p>A session is not thread-safe and is used once.
 */
public final class ValidationSession {

  /** One rule being run: where its findings go, and how many of them were already handed out. */
  private static final class Running {
    final String ruleId;
    final Findings findings;
    final StationCheck check;
    int handedOut;

    Running(String ruleId, Findings findings, StationCheck check) {
      this.ruleId = ruleId;
      this.findings = findings;
      this.check = check;
    }
  }

  private final List<Findings> all = new ArrayList<>();
  private final List<Running> running = new ArrayList<>();
  private final IdTable ids = new IdTable();
  private boolean finished;

  /**
   * @param plainAtlas what rules that are neither {@link StationRule}s nor the catalogue's check:
   *     the whole atlas in memory (a streaming session refuses such rules). The catalogue's plain
   *     rules check the frame either way, so that streaming cannot change what they report.
   */
  private ValidationSession(
      List<Rule> rules, ValidationPolicy policy, Atlas frame, Atlas plainAtlas) {
    for (Rule rule : rules) {
      if (policy.disabledRules().contains(rule.id())) {
        continue;
      }
      Severity severity =
          policy.severityOverrides().getOrDefault(rule.id(), rule.defaultSeverity());
      Findings findings = new Findings(rule.id(), severity, policy);
      all.add(findings);
      try {
        if (rule instanceof StationRule stationRule) {
          StationCheck check = stationRule.begin(frame, ids, findings);
          Running run = new Running(rule.id(), findings, check);
          run.handedOut = findings.violations().size();
          running.add(run);
        } else {
          rule.check(Catalogue.RULES.contains(rule) ? frame : plainAtlas, findings);
        }
      } catch (RuntimeException e) {
        throw failed(rule.id(), e);
      }
    }
  }

  /** A session over an atlas in memory, whose plain rules see all of it. */
  static ValidationSession inMemory(List<Rule> rules, ValidationPolicy policy, Atlas atlas) {
    return new ValidationSession(rules, policy, frameOf(atlas), atlas);
  }

  /** A streaming session; every rule must be able to check an atlas without its stations. */
  static ValidationSession streaming(List<Rule> rules, ValidationPolicy policy, Atlas frame) {
    requireNonNull(frame, "frame");
    if (!frame.pollingStations().isEmpty()) {
      throw new IllegalArgumentException(
          "the frame has polling stations; give them to station() one by one");
    }
    for (Rule rule : rules) {
      if (!(rule instanceof StationRule) && !Catalogue.RULES.contains(rule)) {
        throw new IllegalArgumentException(
            "rule "
                + rule.id()
                + " checks a whole atlas in memory (it is not a StationRule), so it cannot check"
                + " a stream of stations; validate the atlas in memory, or make it a"
                + " StationRule");
      }
    }
    return new ValidationSession(rules, policy, frame, frame);
  }

  /** Runs one station rule over an atlas in memory, for {@link StationRule#check}. */
  static void checkAlone(StationRule rule, Atlas atlas, Findings findings) {
    IdTable ids = new IdTable();
    StationCheck check = rule.begin(frameOf(atlas), ids, findings);
    List<PollingStation> stations = atlas.pollingStations();
    for (int i = 0; i < stations.size(); i++) {
      check.station(i, stations.get(i));
      ids.add(stations.get(i).id());
    }
    check.end();
  }

  private static Atlas frameOf(Atlas atlas) {
    return atlas.pollingStations().isEmpty()
        ? atlas
        : Atlas.builder().from(atlas).pollingStations(List.of()).build();
  }

  /**
   * Checks the next station.
   *
   * @return the violations found while checking it, mostly about it: the ones a streaming reader
   *     should locate now, while it still knows where this station's values are
   */
  public List<Violation> station(PollingStation station) {
    requireNonNull(station, "station");
    if (finished) {
      throw new IllegalStateException("the session is finished");
    }
    int index = ids.size();
    List<Violation> found = List.of();
    for (Running run : running) {
      try {
        run.check.station(index, station);
      } catch (RuntimeException e) {
        throw failed(run.ruleId, e);
      }
      List<Violation> violations = run.findings.violations();
      if (violations.size() > run.handedOut) {
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        found.addAll(violations.subList(run.handedOut, violations.size()));
        run.handedOut = violations.size();
      }
    }
    ids.add(station.id());
    return found;
  }

  /** How many stations the session has checked. */
  public int stationCount() {
    return ids.size();
  }

  /** Ends every check and returns the report of all that was found, in the report's order. */
  public ValidationReport finish() {
    if (finished) {
      throw new IllegalStateException("the session is finished");
    }
    finished = true;
    for (Running run : running) {
      try {
        run.check.end();
      } catch (RuntimeException e) {
        throw failed(run.ruleId, e);
      }
    }
    List<Violation> violations = new ArrayList<>();
    all.forEach(findings -> violations.addAll(findings.violations()));
    return ValidationReport.of(violations);
  }

  private static IllegalStateException failed(String ruleId, RuntimeException e) {
    return new IllegalStateException("rule " + ruleId + " failed: " + e, e);
  }
}
