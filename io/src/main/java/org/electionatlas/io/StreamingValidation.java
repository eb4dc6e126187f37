package org.electionatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.ValidationSession;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.electionatlas.validation.WholeAtlasRule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an atlas file without holding its stations: a walk over the bytes finds the top-level
 * {@code pollingStations} array; the rest of the file (the frame, small) is read as a document of
 * its own; then each station is read from its bytes, given to a {@link ValidationSession} and
 * dropped. What is kept: the frame, the session's compact state, and the line and column of each
 * value a violation names.
 *
 * <p>Errors and violations name the same pointers, lines and columns as reading the whole file
 * would. A file the walk cannot cut (no stations array, a repeated or escaped key, a syntax error
 * between stations) is read whole, by the reader that explains what is wrong with it.
 */
final class StreamingValidation {

  private static final String STATIONS = "/pollingStations/";

  private final AtlasJson json;
  private final JsonMapper mapper;
  private final JsonMapper stationMapper;
  private final Limits limits;
  private final ObjectReader stationReader;

  StreamingValidation(AtlasJson json, JsonMapper mapper, JsonMapper stationMapper, Limits limits) {
    this.json = json;
    this.mapper = mapper;
    this.stationMapper = stationMapper;
    this.limits = limits;
    this.stationReader = stationMapper.readerFor(PollingStation.class);
  }

  CheckedSource.Checked validate(Path file, String source, Validator validator) throws IOException {
    if (!Files.isRegularFile(file)
        || Files.size(file) > limits.maxDocumentLength()
        || validator.rules().stream().anyMatch(rule -> rule instanceof WholeAtlasRule)) {
      return whole(file, source, validator);
    }
    Optional<StationRegion> found;
    try (InputStream in = Files.newInputStream(file)) {
      found = StationRegion.locate(in);
    }
    if (found.isEmpty()) {
      return whole(file, source, validator);
    }
    StationRegion region = found.get();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] frameBytes = frameOf(channel, region);
      SourceMap frameMap =
          DocumentScanner.scan(mapper, limits, frameBytes, source, aroundTheGap(region));
      Atlas frame;
      try {
        frame = mapper.readValue(frameBytes, Atlas.class);
      } catch (JacksonException e) {
        throw Problems.translate(e, frameMap, limits);
      }
      ValidationSession session = validator.session(frame);
      Map<String, SourceLocation> located = new HashMap<>();
      channel.position(region.start + 1);
      InputStream stations = Channels.newInputStream(channel);
      try {
        region.forEachElement(
            stations,
            (bytes, length, line, column) ->
                station(Arrays.copyOf(bytes, length), source, line, column, session, located));
      } catch (StationRegion.NotCuttable e) {
        return whole(file, source, validator);
      }
      ValidationReport report = session.finish();
      relocate(channel, region, source, report, located);
      List<Violation> violations = new ArrayList<>(report.violations().size());
      for (Violation violation : report.violations()) {
        SourceLocation at = located.get(violation.pointer());
        Optional<SourceLocation> where =
            at != null ? Optional.of(at) : frameMap.locate(violation.pointer());
        violations.add(where.map(violation::at).orElse(violation));
      }
      return new CheckedSource.Checked(
          source, ValidationReport.of(violations), session.stationCount(), frame.counties().size());
    }
  }

  /**
   * Locates the violations about stations that were reported only after their stations had passed
   * (from a rule's {@code end()}): the station region is walked once more and only the stations
   * named are read again. Nothing is kept per station for this; the second walk happens only when
   * such violations exist.
   */
  private void relocate(
      FileChannel channel,
      StationRegion region,
      String source,
      ValidationReport report,
      Map<String, SourceLocation> located)
      throws IOException {
    Map<Integer, List<String>> wanted = new HashMap<>();
    for (Violation violation : report.violations()) {
      String pointer = violation.pointer();
      if (pointer.startsWith(STATIONS) && !located.containsKey(pointer)) {
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
    channel.position(region.start + 1);
    int[] index = {0};
    try {
      region.forEachElement(
          Channels.newInputStream(channel),
          (bytes, length, line, column) -> {
            List<String> pointers = wanted.get(index[0]);
            if (pointers != null) {
              SourceMap map =
                  DocumentScanner.scanStation(
                      stationMapper,
                      limits,
                      Arrays.copyOf(bytes, length),
                      source,
                      index[0],
                      SourceMap.Placement.from(line, column));
              pointers.forEach(p -> map.locate(p).ifPresent(at -> located.put(p, at)));
            }
            index[0]++;
          });
    } catch (StationRegion.NotCuttable e) {
      // The first walk cut the same bytes; a file changed under us is located no further.
    }
  }

  private void station(
      byte[] element,
      String source,
      int line,
      int column,
      ValidationSession session,
      Map<String, SourceLocation> located) {
    int index = session.stationCount();
    SourceMap.Placement placement = SourceMap.Placement.from(line, column);
    PollingStation station;
    if (Utf8.firstInvalid(element, 0) >= 0) {
      // The scan says which byte is wrong, as reading the whole file would.
      DocumentScanner.scanStation(stationMapper, limits, element, source, index, placement);
    }
    try {
      station = stationReader.readValue(element);
    } catch (JacksonException e) {
      SourceMap map =
          DocumentScanner.scanStation(stationMapper, limits, element, source, index, placement);
      throw Problems.translate(e, map, limits, STATIONS + index);
    }
    List<Violation> violations = session.station(station);
    if (!violations.isEmpty()) {
      SourceMap map =
          DocumentScanner.scanStation(stationMapper, limits, element, source, index, placement);
      String here = STATIONS + index;
      for (Violation violation : violations) {
        String pointer = violation.pointer();
        if (pointer.equals(here) || pointer.startsWith(here + "/")) {
          map.locate(pointer).ifPresent(at -> located.put(pointer, at));
        }
      }
    }
  }

  /** The file without its stations: up to and with the {@code [}, then from the {@code ]} on. */
  private static byte[] frameOf(FileChannel channel, StationRegion region) throws IOException {
    long size = channel.size();
    long length = region.start + 1 + (size - region.end);
    if (length > Integer.MAX_VALUE - 8) {
      throw new IOException("the atlas's frame (all but its stations) is over 2 GiB");
    }
    ByteBuffer frame = ByteBuffer.allocate((int) length);
    readFully(channel, frame.limit((int) (region.start + 1)), 0);
    readFully(channel, frame.limit((int) length), region.end);
    return frame.array();
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long position)
      throws IOException {
    long at = position;
    while (into.hasRemaining()) {
      int read = channel.read(into, at);
      if (read < 0) {
        throw new IOException("the file got shorter while it was read");
      }
      at += read;
    }
  }

  /**
   * Lines and columns of the frame, in which the station array is {@code []}, as lines and columns
   * of the file: what follows the {@code ]} is as many lines further down as the stations took.
   */
  private static SourceMap.Placement aroundTheGap(StationRegion region) {
    int frameLine = region.firstLine;
    int frameColumn = region.firstColumn;
    long after = region.start + 1;
    return (line, column, offset) -> {
      if (offset < after) {
        return new SourceLocation(line, column);
      }
      if (line == frameLine) {
        return new SourceLocation(region.endLine, column - frameColumn + region.endColumn);
      }
      return new SourceLocation(line + region.endLine - frameLine, column);
    };
  }

  private CheckedSource.Checked whole(Path file, String source, Validator validator)
      throws IOException {
    return checked(json.parse(json.readDocument(file), source), validator);
  }

  /** An atlas read whole, validated in memory and located. */
  static CheckedSource.Checked checked(ParsedAtlas parsed, Validator validator) {
    return new CheckedSource.Checked(
        parsed.sourceMap().source(),
        parsed.validate(validator),
        parsed.atlas().pollingStations().size(),
        parsed.atlas().counties().size());
  }
}
