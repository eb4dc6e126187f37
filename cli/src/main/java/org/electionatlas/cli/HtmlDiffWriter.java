package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.io.StationStream;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;

/**
 * {@code atlas diff --format html}: keeps the first {@link DiffMap#SHOWN} changes as they come and
 * counts the rest, then, at the end, reads both atlases' stations once more for those of the kept
 * changes (and the newer atlas's others, drawn in grey) and writes the page ({@link DiffMap}). What
 * it holds is bounded by the number of changes shown, not by the size of the atlases.
 */
final class HtmlDiffWriter implements DiffWriter {

  private final OutputStream out;
  private final MessageStyle style;
  private final StationStream before;
  private final StationStream after;
  private final List<EntityChange> kept = new ArrayList<>();
  private long total;
  private @Nullable Header header;

  HtmlDiffWriter(OutputStream out, MessageStyle style, StationStream before, StationStream after) {
    this.out = out;
    this.style = style;
    this.before = before;
    this.after = after;
  }

  @Override
  public void begin(Header header) {
    this.header = header;
  }

  @Override
  public void change(Located located) {
    total++;
    if (kept.size() < DiffMap.SHOWN) {
      kept.add(located.change());
    }
  }

  @Override
  public void end() throws IOException {
    Header header = Objects.requireNonNull(this.header, "begin() comes first");
    Set<Integer> wasWanted = new HashSet<>();
    Set<Integer> isWanted = new HashSet<>();
    for (EntityChange change : kept) {
      if (change.kind() == EntityKind.POLLING_STATION) {
        change.beforeIndex().ifPresent(wasWanted::add);
        change.afterIndex().ifPresent(isWanted::add);
      }
    }
    Map<Integer, PollingStation> was = read(before, wasWanted);
    Map<Integer, PollingStation> is = read(after, isWanted);
    DiffMap.Input input =
        new DiffMap.Input(
            before.frame(),
            after.frame(),
            header.before(),
            header.after(),
            total,
            kept,
            header.areas(),
            i -> Optional.ofNullable(was.get(i)),
            i -> Optional.ofNullable(is.get(i)),
            header.afterStations(),
            action -> after.forEachStation(station -> action.accept(station.station())));
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 64 * 1024);
    DiffMap.write(input, style, writer);
    writer.flush();
  }

  /** The stations of the given indices, read once more from the stream. */
  private static Map<Integer, PollingStation> read(StationStream stream, Set<Integer> wanted)
      throws IOException {
    Map<Integer, PollingStation> found = new HashMap<>();
    if (!wanted.isEmpty()) {
      stream.forEachStation(
          station -> {
            if (wanted.contains(station.index())) {
              found.put(station.index(), station.station());
            }
          });
    }
    return found;
  }
}
