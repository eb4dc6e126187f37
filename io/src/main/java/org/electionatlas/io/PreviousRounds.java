package org.electionatlas.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.validation.PreviousRound;
import org.electionatlas.validation.SourceLocation;

/**
 * Builds the {@link PreviousRound} that {@code atlas validate NEW --previous OLD} compares with:
 * the previous atlas's frame, a fingerprint of each station, and where each entity stands in the
 * previous document, so that a finding about a station or issue the new atlas dropped is located in
 * the old file. Of the frame's locations only the entities' own are kept (one per entity, a map of
 * a few thousand entries at most), not the document they were found in.
 */
final class PreviousRounds {

  private PreviousRounds() {}

  /** The previous round of an atlas read whole, with the locations of its entities. */
  static PreviousRound of(ParsedAtlas parsed) {
    Atlas atlas = parsed.atlas();
    SourceMap map = parsed.sourceMap();
    Atlas frame = Atlas.builder().from(atlas).pollingStations(List.of()).build();
    PreviousRound.Builder builder =
        PreviousRound.builder(frame, map.source())
            .locateFrameBy(frameLocations(frame, map::locate));
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      builder.station(
          atlas.pollingStations().get(i), map.locate(EntityKind.POLLING_STATION.pointer(i)));
    }
    return builder.build(action -> atlas.pollingStations().forEach(action));
  }

  /**
   * The previous round of an atlas read as a stream: one station at a time, each kept compactly
   * with where it starts, so that a previous round of a million stations is read in a small heap;
   * the file is read a second time at the end of a validation, for the stations whose id changed.
   */
  static PreviousRound of(StationStream stream, Reopen reopen) throws IOException {
    Atlas frame = stream.frame();
    PreviousRound.Builder builder =
        PreviousRound.builder(frame, stream.source())
            .locateFrameBy(frameLocations(frame, stream::locate));
    stream.forEachStation(
        streamed ->
            builder.station(
                streamed.station(),
                streamed.locate(EntityKind.POLLING_STATION.pointer(streamed.index()))));
    return builder.build(
        action -> {
          try (StationStream again = reopen.open()) {
            again.forEachStation(streamed -> action.accept(streamed.station()));
          } catch (IOException e) {
            throw new UncheckedIOException(
                "cannot read the previous round " + stream.source() + " again: " + e.getMessage(),
                e);
          }
        });
  }

  /** Opens the previous round's file again, for the second read. */
  @FunctionalInterface
  interface Reopen {
    StationStream open() throws IOException;
  }

  /**
   * The locations of the frame's entities ({@code /counties/3}, {@code /issues/0}, ...), looked up
   * once and kept without the map: a pointer inside an entity is located at the entity.
   */
  static Function<String, Optional<SourceLocation>> frameLocations(
      Atlas frame, Function<String, Optional<SourceLocation>> map) {
    Map<String, SourceLocation> located = new HashMap<>();
    for (EntityKind kind : EntityKind.values()) {
      int size = kind.entitiesOf(frame).size();
      for (int i = 0; i < size; i++) {
        String pointer = kind.pointer(i);
        map.apply(pointer).ifPresent(at -> located.put(pointer, at));
      }
    }
    return pointer -> {
      String p = pointer;
      while (!p.isEmpty()) {
        SourceLocation at = located.get(p);
        if (at != null) {
          return Optional.of(at);
        }
        p = p.substring(0, p.lastIndexOf('/'));
      }
      return Optional.empty();
    };
  }
}
