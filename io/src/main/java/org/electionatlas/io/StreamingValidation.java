package org.electionatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.validation.SourceLocation;
import org.electionatlas.validation.StationTexts;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.ValidationSession;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.electionatlas.validation.WholeAtlasRule;

/**
 * Validates an atlas file without holding its stations: the file is read as a {@link
 * StationStream}, each station given to a {@link ValidationSession} and dropped. What is kept: the
 * frame, the session's compact state, and the line and column of each value a violation names.
 *
 * <p>Errors and violations name the same pointers, lines and columns as reading the whole file
 * would. A file the walk cannot cut (no stations array, a repeated or escaped key, a syntax error
 * between stations) is read whole, by the reader that explains what is wrong with it.
 */
final class StreamingValidation {

  private static final String STATIONS = "/pollingStations/";

  private final AtlasJson json;
  private final Limits limits;

  StreamingValidation(AtlasJson json, Limits limits) {
    this.json = json;
    this.limits = limits;
  }

  CheckedSource.Checked validate(
      Path file, String source, Validator validator, CheckOptions options) throws IOException {
    if (!Files.isRegularFile(file)
        || Files.size(file) > limits.maxDocumentLength()
        || validator.rules().stream().anyMatch(rule -> rule instanceof WholeAtlasRule)) {
      return whole(file, source, validator, options);
    }
    try {
      return streamed(file, source, validator, options, true);
    } catch (StationStream.RegionMisjudged e) {
      // The end of the file said where the stations end, and the stations said otherwise: what
      // the rules were given is dropped, and the file is cut by the walk over all of it.
      return streamed(file, source, validator, options, false);
    }
  }

  /**
   * Validates the file as a stream opened {@code quickly} (the stations not walked before they are
   * read, see {@link StationStream#open}) or not.
   */
  private CheckedSource.Checked streamed(
      Path file, String source, Validator validator, CheckOptions options, boolean quickly)
      throws IOException {
    try (StationStream stream = StationStream.open(json, limits, file, source, null, quickly)) {
      // Findings go to a collector as the rules report them: it keeps the first of each rule and
      // counts the rest, and only those it keeps are located, while their station's bytes are held.
      ValidationReport.Collector findings =
          ValidationReport.collector(options.maxFindingsPerRule());
      StationStream.StreamedStation[] current = {null};
      ValidationSession session =
          validator.session(
              stream.frame(),
              violation -> {
                StationStream.StreamedStation at = current[0];
                findings.found(
                    at != null && violation.document().isEmpty() && findings.keeps(violation)
                        ? at.locate(violation.pointer()).map(violation::at).orElse(violation)
                        : violation);
              });
      StationStream.StationVisitor visitor =
          station -> {
            current[0] = station;
            StationTexts texts =
                station instanceof StationStream.WithTexts walked ? walked.texts() : null;
            if (texts != null) {
              session.station(station.station(), texts);
            } else {
              session.station(station.station());
            }
            current[0] = null;
            options.progress().read(station.bytesRead(), stream.size(), station.index() + 1L);
          };
      if (session.wantsStationTexts()) {
        stream.forEachStationWalkingTexts(visitor);
      } else {
        stream.forEachStation(visitor);
      }
      session.finish();
      ValidationReport kept = findings.report();
      Map<String, SourceLocation> located = new HashMap<>();
      for (Violation violation : kept.violations()) {
        if (violation.document().isEmpty()) {
          violation.location().ifPresent(at -> located.put(violation.pointer(), at));
        }
      }
      relocate(stream, kept, located);
      List<Violation> violations = new ArrayList<>(kept.violations().size());
      for (Violation violation : kept.violations()) {
        if (violation.document().isPresent()) {
          // About the previous round's atlas, and located there by the rule that found it.
          violations.add(violation);
          continue;
        }
        SourceLocation at = located.get(violation.pointer());
        Optional<SourceLocation> where =
            at != null ? Optional.of(at) : stream.locate(violation.pointer());
        violations.add(where.map(violation::at).orElse(violation));
      }
      return new CheckedSource.Checked(
          source,
          ValidationReport.of(violations, kept.omitted()),
          session.stationCount(),
          stream.frame().counties().size());
    }
  }

  /**
   * Locates the violations about stations that were reported only after their stations had passed
   * (from a rule's {@code end()}): the stations are read once more and only those named are
   * located. Nothing is kept per station for this; the second read happens only when such
   * violations exist.
   */
  private static void relocate(
      StationStream stream, ValidationReport report, Map<String, SourceLocation> located)
      throws IOException {
    Map<Integer, List<String>> wanted = new HashMap<>();
    for (Violation violation : report.violations()) {
      String pointer = violation.pointer();
      if (pointer.startsWith(STATIONS)
          && !located.containsKey(pointer)
          && violation.document().isEmpty()) {
        int end = pointer.indexOf('/', STATIONS.length());
        String index = pointer.substring(STATIONS.length(), end < 0 ? pointer.length() : end);
        try {
          wanted.computeIfAbsent(Integer.parseInt(index), k -> new ArrayList<>()).add(pointer);
        } catch (NumberFormatException notAStation) {
          // A pointer no rule of ours makes; it is located in the frame or not at all.
        }
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    stream.forEachStation(
        station -> {
          List<String> pointers = wanted.get(station.index());
          if (pointers != null) {
            pointers.forEach(p -> station.locate(p).ifPresent(at -> located.put(p, at)));
          }
        });
  }

  private CheckedSource.Checked whole(
      Path file, String source, Validator validator, CheckOptions options) throws IOException {
    return checked(json.parse(json.readDocument(file), source), validator, options);
  }

  /** An atlas read whole, validated in memory and located; its report capped as the options say. */
  static CheckedSource.Checked checked(
      ParsedAtlas parsed, Validator validator, CheckOptions options) {
    ValidationReport report = parsed.validate(validator);
    if (options.maxFindingsPerRule() < Integer.MAX_VALUE) {
      ValidationReport.Collector findings =
          ValidationReport.collector(options.maxFindingsPerRule());
      report.violations().forEach(findings::found);
      report = findings.report();
    }
    return new CheckedSource.Checked(
        parsed.sourceMap().source(),
        report,
        parsed.atlas().pollingStations().size(),
        parsed.atlas().counties().size());
  }
}
