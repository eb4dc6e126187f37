package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;
import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.electionatlas.diff.StationFingerprints;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.PollingStation;

/**
 * The previous round's atlas, kept compactly for the rules that compare an atlas with it ({@link
 * RuleInfo#needsPreviousRound()}): its frame (everything but its polling stations, which is small),
 * a fingerprint of each station (a few dozen bytes: id, county, number, place, name, expected
 * voters), and where each station and frame value stands in the previous round's document, so that
 * a finding about what that round had is located there. A million previous stations take tens of
 * megabytes, not the gigabyte their objects would.
 *
 * <pre>{@code
 * PreviousRound previous = PreviousRound.of(oldAtlas, "atlas-1398.json");
 * ValidationReport report = Validator.builder().previous(previous).build().validate(newAtlas);
 * }</pre>
 *
 * <p>A previous round too large for memory is built station by station: {@link #builder} with its
 * frame, then each station in document order. {@code AtlasJson.readPreviousRound} in the io module
 * does so from a file, with locations.
 *
 * <p>This class is immutable and thread-safe once built.
 */
public final class PreviousRound {

  private static final long NOWHERE = 0;

  private final Atlas frame;
  private final String sourceName;
  private final StationFingerprints stations;
  private final long[] locations;
  private final int[] countyStations;
  private final Function<String, Optional<SourceLocation>> frameLocations;

  private PreviousRound(Builder builder) {
    this.frame = builder.frame;
    this.sourceName = builder.sourceName;
    this.stations = builder.stations;
    this.locations = Arrays.copyOf(builder.locations, builder.stations.size());
    this.countyStations = builder.countyStations.clone();
    this.frameLocations = builder.frameLocations;
  }

  /**
   * {@return the previous round of an atlas held in memory, without locations}
   *
   * @param atlas the previous round's atlas, with all of its polling stations, not null
   * @param sourceName how findings name the previous round's document, such as its file path, not
   *     null
   */
  public static PreviousRound of(Atlas atlas, String sourceName) {
    requireNonNull(atlas, "atlas");
    Builder builder =
        builder(Atlas.builder().from(atlas).pollingStations(List.of()).build(), sourceName);
    atlas.pollingStations().forEach(station -> builder.station(station, Optional.empty()));
    return builder.build();
  }

  /**
   * {@return a builder of the previous round from its frame, to be given each station in document
   * order}
   *
   * @param frame the previous round's atlas without its polling stations, not null
   * @param sourceName how findings name the previous round's document, such as its file path, not
   *     null
   * @throws IllegalArgumentException if the frame has polling stations
   */
  public static Builder builder(Atlas frame, String sourceName) {
    return new Builder(frame, sourceName);
  }

  /** {@return the previous round's atlas without its polling stations} */
  public Atlas frame() {
    return frame;
  }

  /** {@return how findings name the previous round's document, such as its file path} */
  public String sourceName() {
    return sourceName;
  }

  /** {@return how many polling stations the previous round had} */
  public int stationCount() {
    return stations.size();
  }

  /**
   * {@return how many polling stations of the previous round named the county, by its position in
   * the previous frame's {@code counties}; 0 for a position out of range}
   *
   * @param county the county's position in {@code frame().counties()}
   */
  public int stationsOfCounty(int county) {
    return county >= 0 && county < countyStations.length ? countyStations[county] : 0;
  }

  /** {@return the fingerprints of the previous round's stations, in document order} */
  StationFingerprints stations() {
    return stations;
  }

  /**
   * Where a value of the previous round's document stands.
   *
   * @param pointer a pointer into the previous round's atlas: a station's, {@code
   *     /pollingStations/3} (a value inside a station is located at the station), or one of the
   *     frame
   */
  Optional<SourceLocation> locate(String pointer) {
    String stationsPrefix = "/pollingStations/";
    if (pointer.startsWith(stationsPrefix)) {
      int end = pointer.indexOf('/', stationsPrefix.length());
      String digits = pointer.substring(stationsPrefix.length(), end < 0 ? pointer.length() : end);
      try {
        int index = Integer.parseInt(digits);
        if (index >= 0 && index < locations.length && locations[index] != NOWHERE) {
          long at = locations[index];
          return Optional.of(new SourceLocation((int) (at >>> 32), (int) at));
        }
      } catch (NumberFormatException notAnIndex) {
        // Not a station's pointer after all; no location.
      }
      return Optional.empty();
    }
    return frameLocations.apply(pointer);
  }

  /**
   * Builds a {@link PreviousRound} from the frame and each station in document order, keeping of
   * each station only its fingerprint and its location.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final Atlas frame;
    private final String sourceName;
    private final AtlasIndex index;
    private final StationFingerprints stations = StationFingerprints.create();
    private long[] locations = new long[1 << 8];
    private final int[] countyStations;
    private Function<String, Optional<SourceLocation>> frameLocations = pointer -> Optional.empty();

    private Builder(Atlas frame, String sourceName) {
      this.frame = requireNonNull(frame, "frame");
      this.sourceName = requireNonNull(sourceName, "sourceName");
      if (!frame.pollingStations().isEmpty()) {
        throw new IllegalArgumentException(
            "the frame has polling stations; give them to station() one by one");
      }
      this.index = frame.index();
      this.countyStations = new int[frame.counties().size()];
    }

    /**
     * Says where the frame's values stand in the previous round's document.
     *
     * @param locator the location of a pointer into the frame, such as {@code /issues/2}, when it
     *     is known, not null
     * @return this builder
     */
    public Builder locateFrameBy(Function<String, Optional<SourceLocation>> locator) {
      this.frameLocations = requireNonNull(locator, "locator");
      return this;
    }

    /**
     * Adds the next station of the previous round.
     *
     * @param station the station that follows, in document order, those given before, not null
     * @param location where the station's object starts in the previous round's document, if known
     * @return this builder
     */
    public Builder station(PollingStation station, Optional<SourceLocation> location) {
      requireNonNull(station, "station");
      int i = stations.size();
      stations.accept(i, station);
      if (i == locations.length) {
        locations = Arrays.copyOf(locations, i * 2);
      }
      locations[i] =
          location
              .map(at -> ((long) at.line() << 32) | (at.column() & 0xffffffffL))
              .orElse(NOWHERE);
      int county = index.position(COUNTY, station.county()).orElse(-1);
      if (county >= 0) {
        countyStations[county]++;
      }
      return this;
    }

    /** {@return the previous round, of the frame and the stations given} */
    public PreviousRound build() {
      return new PreviousRound(this);
    }
  }
}
