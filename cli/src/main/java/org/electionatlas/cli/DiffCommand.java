package org.electionatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.electionatlas.diff.AreaSummary;
import org.electionatlas.diff.AtlasDiff;
import org.electionatlas.diff.ChangeType;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.diff.FieldChange;
import org.electionatlas.diff.StationComparison;
import org.electionatlas.diff.StationFingerprints;
import org.electionatlas.diff.StationMatching;
import org.electionatlas.io.AtlasFormatException;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.StationPositions;
import org.electionatlas.io.StationStream;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.EntityKind;
import org.electionatlas.validation.SourceLocation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atlas diff OLD NEW}: what changed from one atlas to another, entity by entity and field by
 * field, with summaries per county and province.
 *
 * <p>Both files are read as streams, never whole: first each station's compact fingerprint (and, of
 * the newer file, where each station starts), from which stations are matched and the summaries
 * made; then the older file once more, up to the last station that changed, each changed station
 * compared with the station of the newer file it became, read straight from where it starts ({@link
 * StationStream#stationAt}), as are the stations that are new. So each file is read twice at most
 * and the newer one's changed stations once more, whatever share of them changed: the time is
 * linear in the files' size. Two atlases of a million stations compare in {@code
 * JAVA_OPTS=-Xmx256m}.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Says what changed from the atlas OLD to the atlas NEW: each entity added, removed or",
      "changed, and in each changed one what changed, in words (a station moved 4.2 km north,",
      "renumbered, its expected voters up by 300), with the stations and voters of each county",
      "and province before and after. Stations whose id changed are found by county and number,",
      "or by place and name. The order of entities in either file is no change.",
      "Text lines read:",
      "  OLD:LINE:COL: NEW:LINE:COL: TYPE [MESSAGE-KEY] MESSAGE (at /JSON/POINTER)"
    },
    footer = {
      "",
      "Files are read as streams, about twice each whatever changed: two atlases of a million",
      "stations compare in JAVA_OPTS=-Xmx256m. docs/diff.md describes the JSON document.",
      "Exit codes, as diff's: 0 the atlases hold the same, 1 they differ,",
      "2 a file could not be read or is not an atlas, or a bad option."
    })
final class DiffCommand implements Callable<Integer> {

  /** The members of a station whose place a change may name; others are placed at an ancestor. */
  private static final List<String> MEMBERS =
      List.of(
          "county",
          "number",
          "name",
          "address",
          "settlement",
          "settlement/name",
          "settlement/kind",
          "settlement/extensions",
          "location",
          "location/extensions",
          "kind",
          "votingMethod",
          "expectedVoters",
          "accessible",
          "staff",
          "staff/officials",
          "staff/observers",
          "staff/extensions",
          "risk",
          "risk/level",
          "risk/note",
          "risk/extensions",
          "externalIds",
          "extensions");

  private static final Phrase FINGERPRINTING = Phrase.of("reading", "خواندن");
  private static final Phrase COMPARING = Phrase.of("comparing", "سنجیدن");

  private final Terminal terminal;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The older atlas; - reads standard input.")
  String before = "";

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The newer atlas; - reads standard input.")
  String after = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default), json (for scripts, see docs/diff.md) or html (a page with a map of"
              + " what changed, see docs/exports.md).")
  DiffFormat format = DiffFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the diff to FILE (replaced only once it is complete), not standard output.")
  @Nullable Path output;

  @Mixin DateOptions dates = new DateOptions();

  DiffCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    MessageStyle style = dates.style();
    if (before.equals("-") && after.equals("-")) {
      throw new UserError("only one of OLD and NEW can be - (standard input)");
    }
    AtlasJson json = Inputs.json();
    try (StationStream was = open(json, before);
        StationStream is = open(json, after)) {
      StationFingerprints beforePrints = fingerprints(was, style, Optional.empty());
      StationPositions afterPositions = StationPositions.create();
      StationFingerprints afterPrints = fingerprints(is, style, Optional.of(afterPositions));
      StationMatching matching = StationMatching.between(beforePrints, afterPrints);
      List<EntityChange> frames = AtlasDiff.exceptStations(was.frame(), is.frame());
      AreaSummary areas = AreaSummary.of(was.frame(), is.frame(), matching);
      DiffWriter.Totals totals = totals(frames, matching);
      DiffWriter.Header header =
          new DiffWriter.Header(
              was.source(), is.source(), beforePrints.size(), afterPrints.size(), totals, areas);
      Stations stations = new Stations(was, is, matching, afterPositions);
      Outputs.write(output, terminal, out -> write(out, style, header, stations, frames));
      return totals.isSame() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }
  }

  private static DiffWriter.Totals totals(List<EntityChange> frames, StationMatching matching) {
    long added = matching.addedCount();
    long removed = matching.removedCount();
    long changed = matching.changedCount();
    long renamed = matching.renamedCount();
    for (EntityChange change : frames) {
      switch (change.type()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        case CHANGED -> changed++;
        case RENAMED -> {
          changed++;
          renamed++;
        }
      }
    }
    return new DiffWriter.Totals(added, removed, changed, renamed);
  }

  private void write(
      OutputStream out,
      MessageStyle style,
      DiffWriter.Header header,
      Stations stations,
      List<EntityChange> frames)
      throws IOException {
    StationStream was = stations.was;
    StationStream is = stations.is;
    DiffWriter writer = format.writer(out, style, was, is);
    writer.begin(header);
    for (EntityChange change : frames) {
      if (change.kind().ordinal() < EntityKind.POLLING_STATION.ordinal()) {
        writer.change(inFrames(change, was, is));
      }
    }
    if (!stations.matching.isSame()) {
      stations(writer, style, stations);
    }
    for (EntityChange change : frames) {
      if (change.kind().ordinal() > EntityKind.POLLING_STATION.ordinal()) {
        writer.change(inFrames(change, was, is));
      }
    }
    writer.end();
  }

  /** The two streams, how their stations match, and where the newer one's stations start. */
  private record Stations(
      StationStream was, StationStream is, StationMatching matching, StationPositions positions) {

    /** A station of the newer file read again, checked to be the one its fingerprint was. */
    StationStream.StreamedStation after(int index) {
      StationStream.StreamedStation station;
      try {
        station = is.stationAt(positions, index);
      } catch (AtlasFormatException e) {
        throw new UserError(e.getMessage());
      } catch (IOException e) {
        throw new UserError(
            "cannot read " + SafeText.terminal(is.source()) + " again: " + e.getMessage());
      }
      if (!station.station().id().equals(matching.after().id(index))) {
        throw changedWhileRead(is);
      }
      return station;
    }
  }

  /**
   * The changes of stations: one more read of the older file, up to its last station that changed,
   * each changed one compared with the station it became, read again from the newer file by where
   * it starts; then the stations that are new, read likewise, in the newer file's order.
   */
  private void stations(DiffWriter writer, MessageStyle style, Stations stations)
      throws IOException {
    StationStream was = stations.was;
    StationStream is = stations.is;
    StationMatching matching = stations.matching;
    StationComparison all = StationComparison.of(matching, was.frame(), is.frame());
    int n = matching.before().size();
    int last = n - 1;
    while (last >= 0 && !matching.needsBefore(last)) {
      last--;
    }
    read(
        was,
        style,
        n,
        last,
        station -> {
          int i = station.index();
          if (!matching.needsBefore(i)) {
            return;
          }
          if (!station.station().id().equals(matching.before().id(i))) {
            throw changedWhileRead(was);
          }
          int j = matching.afterIndexOf(i);
          Optional<StationStream.StreamedStation> now =
              j < 0 ? Optional.empty() : Optional.of(stations.after(j));
          Optional<EntityChange> change =
              all.before(
                  i,
                  station.station(),
                  k -> k == j ? now.orElseThrow().station() : stations.after(k).station());
          if (change.isPresent()) {
            writer.change(inStations(change.get(), station, now, was, is));
          }
        });
    if (matching.addedCount() == 0) {
      return;
    }
    int m = matching.after().size();
    try (Progress progress = Progress.of(terminal, style, COMPARING, is.source())) {
      for (int j = 0; j < m; j++) {
        if (matching.beforeIndexOf(j) < 0) {
          StationStream.StreamedStation station = stations.after(j);
          writer.change(added(all.added(j, station.station()).orElseThrow(), station, was));
          progress.at(station.bytesRead(), is.size(), j + 1L);
        }
      }
    }
  }

  /** The members whose places are kept, by position in a station's array of places. */
  private static final Map<String, Integer> MEMBER_POSITIONS = positions();

  private static Map<String, Integer> positions() {
    Map<String, Integer> positions = new HashMap<>();
    positions.put("", 0);
    for (int k = 0; k < MEMBERS.size(); k++) {
      positions.put(MEMBERS.get(k), k + 1);
    }
    return Map.copyOf(positions);
  }

  /**
   * Where the station and each member of it is in the newer file, as line and column in one long (0
   * where it has none).
   */
  private static long[] places(StationStream.StreamedStation station) {
    String base = EntityKind.POLLING_STATION.pointer(station.index());
    long[] places = new long[MEMBERS.size() + 1];
    station.locate(base).ifPresent(at -> places[0] = pack(at));
    for (int k = 0; k < MEMBERS.size(); k++) {
      int position = k + 1;
      station.locate(base + "/" + MEMBERS.get(k)).ifPresent(at -> places[position] = pack(at));
    }
    return places;
  }

  private static long pack(SourceLocation at) {
    return ((long) at.line() << 32) | at.column();
  }

  private static DiffWriter.Located inStations(
      EntityChange change,
      StationStream.StreamedStation station,
      Optional<StationStream.StreamedStation> now,
      StationStream was,
      StationStream is) {
    String beforeBase = change.beforePointer().orElseThrow();
    if (change.type() == ChangeType.REMOVED) {
      String arrayAfter = "/" + EntityKind.POLLING_STATION.member();
      return new DiffWriter.Located(
          change,
          new DiffWriter.Place(
              beforeBase, at(station.locate(beforeBase)), arrayAfter, at(is.locate(arrayAfter))),
          List.of());
    }
    String afterBase = change.afterPointer().orElseThrow();
    long[] places = now.map(DiffCommand::places).orElse(new long[0]);
    List<DiffWriter.Place> fields = new ArrayList<>();
    for (FieldChange field : change.fields()) {
      String member = field.member();
      fields.add(
          new DiffWriter.Place(
              beforeBase + "/" + member,
              at(station.locate(beforeBase + "/" + member)),
              afterBase + "/" + member,
              at(placeOf(places, member))));
    }
    return new DiffWriter.Located(
        change,
        new DiffWriter.Place(
            beforeBase, at(station.locate(beforeBase)), afterBase, at(placeOf(places, ""))),
        fields);
  }

  /** The place of a member, or of its nearest ancestor that has one. */
  private static Optional<SourceLocation> placeOf(long[] places, String member) {
    String m = member;
    while (true) {
      Integer position = MEMBER_POSITIONS.get(m);
      if (position != null && position < places.length && places[position] != 0) {
        long at = places[position];
        return Optional.of(new SourceLocation((int) (at >>> 32), (int) at));
      }
      if (m.isEmpty()) {
        return Optional.empty();
      }
      int slash = m.lastIndexOf('/');
      m = slash < 0 ? "" : m.substring(0, slash);
    }
  }

  private static DiffWriter.Located added(
      EntityChange change, StationStream.StreamedStation station, StationStream was) {
    String afterBase = change.afterPointer().orElseThrow();
    String arrayBefore = "/" + EntityKind.POLLING_STATION.member();
    return new DiffWriter.Located(
        change,
        new DiffWriter.Place(
            arrayBefore, at(was.locate(arrayBefore)), afterBase, at(station.locate(afterBase))),
        List.of());
  }

  /** A change of an entity other than a station, placed by the frames' maps. */
  private static DiffWriter.Located inFrames(
      EntityChange change, StationStream was, StationStream is) {
    String array = "/" + change.kind().member();
    String beforeBase = change.beforePointer().orElse(array);
    String afterBase = change.afterPointer().orElse(array);
    List<DiffWriter.Place> fields = new ArrayList<>();
    for (FieldChange field : change.fields()) {
      String beforePointer = beforeBase + "/" + field.member();
      String afterPointer = afterBase + "/" + field.member();
      fields.add(
          new DiffWriter.Place(
              beforePointer,
              at(was.locate(beforePointer)),
              afterPointer,
              at(is.locate(afterPointer))));
    }
    return new DiffWriter.Located(
        change,
        new DiffWriter.Place(
            beforeBase, at(was.locate(beforeBase)), afterBase, at(is.locate(afterBase))),
        fields);
  }

  /** A place to print: a value the file lacks altogether is placed at its start. */
  private static SourceLocation at(Optional<SourceLocation> place) {
    return place.orElse(new SourceLocation(1, 1));
  }

  /** The fingerprints of a file's stations, and where each starts when asked. */
  private StationFingerprints fingerprints(
      StationStream stream, MessageStyle style, Optional<StationPositions> positions)
      throws IOException {
    StationFingerprints prints = StationFingerprints.create();
    try (Progress progress = Progress.of(terminal, style, FINGERPRINTING, stream.source())) {
      readAll(
          stream,
          station -> {
            prints.accept(station.index(), station.station());
            if (positions.isPresent()) {
              positions.get().add(station);
            }
            progress.at(station.bytesRead(), stream.size(), station.index() + 1L);
          });
    }
    return prints;
  }

  /** Ends a read that has seen the last station it needs. */
  private static final class Enough extends IOException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("read no further");
    }

    /** Thrown once a read, where nobody looks at where from. */
    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /**
   * A second read, which must find the stations the first one found; it stops after {@code last}.
   */
  private void read(
      StationStream stream,
      MessageStyle style,
      int expected,
      int last,
      StationStream.StationVisitor visitor)
      throws IOException {
    if (last < 0) {
      return;
    }
    int read;
    try (Progress progress = Progress.of(terminal, style, COMPARING, stream.source())) {
      read =
          readAll(
              stream,
              station -> {
                if (station.index() >= expected) {
                  throw changedWhileRead(stream);
                }
                visitor.visit(station);
                progress.at(station.bytesRead(), stream.size(), station.index() + 1L);
                if (station.index() == last) {
                  throw new Enough();
                }
              });
    } catch (Enough enough) {
      return;
    }
    if (read != expected) {
      throw changedWhileRead(stream);
    }
  }

  private static UserError changedWhileRead(StationStream stream) {
    return new UserError(
        SafeText.terminal(stream.source())
            + " changed while it was being compared: its stations are not those read before");
  }

  private static int readAll(StationStream stream, StationStream.StationVisitor visitor)
      throws IOException {
    try {
      return stream.forEachStation(visitor);
    } catch (Enough enough) {
      throw enough;
    } catch (AtlasFormatException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw new UserError(
          "cannot read " + SafeText.terminal(stream.source()) + ": " + e.getMessage());
    }
  }

  /** Opens a file (or standard input) as a stream; a clear error when it is not an atlas. */
  private StationStream open(AtlasJson json, String name) {
    try {
      if (name.equals("-")) {
        return json.stream(terminal.in(), name);
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        throw cannotRead(name, "it is a directory, not an atlas file");
      }
      return json.stream(path);
    } catch (AtlasFormatException e) {
      throw new UserError(e.getMessage());
    } catch (NoSuchFileException e) {
      throw cannotRead(name, "no such file");
    } catch (AccessDeniedException e) {
      throw cannotRead(name, "permission denied");
    } catch (InvalidPathException e) {
      throw cannotRead(name, e.getReason());
    } catch (IOException e) {
      throw cannotRead(name, String.valueOf(e.getMessage()));
    }
  }

  private static UserError cannotRead(String name, String why) {
    return new UserError("cannot read " + SafeText.terminal(name) + ": " + why);
  }
}
