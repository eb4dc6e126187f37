package org.electionatlas.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.electionatlas.model.EntityKind.COUNTY;

import com.google.common.hash.Hashing;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;

/**
 * The previous round's atlas, kept compactly for the rules that compare an atlas with it ({@link
 * RuleInfo#needsPreviousRound()}): its frame (everything but its polling stations, which is small),
 * and of each station only what pairing it with a station of this round by id and judging the pair
 * takes (a hash of its id, its place, its expected voters, where it starts in the document), about
 * 40 bytes a station. Stations whose id changed are paired at the end from a second read of the
 * previous stations ({@link Builder#reread}), taking only those that found no station by id.
 *
 * <pre>{@code
 * PreviousRound previous = PreviousRound.of(oldAtlas, "atlas-1398.json");
 * ValidationReport report = Validator.builder().previous(previous).build().validate(newAtlas);
 * }</pre>
 *
 * <p>A previous round too large for memory is built station by station: {@link #builder} with its
 * frame, then each station in document order, and a way to read the stations again. {@code
 * AtlasJson.readPreviousRound} in the io module does so from a file, with locations.
 *
 * <p>Two ids are taken to be the same when their 64-bit hashes are: a pair of different ids is
 * mistaken for one with a chance of about one in 10^19.
 *
 * <p>This class is immutable and thread-safe once built, when its second read is.
 */
public final class PreviousRound {

  /** Reads the previous round's stations again, in document order, for pairing renamed ones. */
  @FunctionalInterface
  public interface Reread {

    /**
     * Gives each station of the previous round, in document order, to the action.
     *
     * @param action what receives each station
     * @throws java.io.UncheckedIOException if the stations cannot be read again
     */
    void forEachStation(Consumer<PollingStation> action);
  }

  private static final long NOWHERE = 0;
  private static final int NO_LOCATION = Integer.MIN_VALUE;
  private static final double UNITS = 1e7;

  private final Atlas frame;
  private final String sourceName;
  private final int size;
  private final LongIntTable ids;
  private final int[] lat;
  private final int[] lon;
  private final int[] voters;
  private final long[] locations;
  private final int[] countyStations;
  private final Function<String, Optional<SourceLocation>> frameLocations;
  private final Reread reread;

  private PreviousRound(Builder builder, Reread reread) {
    this.frame = builder.frame;
    this.sourceName = builder.sourceName;
    this.size = builder.size;
    this.ids = builder.ids;
    this.lat = Arrays.copyOf(builder.lat, size);
    this.lon = Arrays.copyOf(builder.lon, size);
    this.voters = Arrays.copyOf(builder.voters, size);
    this.locations = Arrays.copyOf(builder.locations, size);
    this.countyStations = builder.countyStations.clone();
    this.frameLocations = builder.frameLocations;
    this.reread = reread;
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
    return builder.build(action -> atlas.pollingStations().forEach(action));
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
    return size;
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

  /** The position of the first previous station with the id, or -1. */
  int indexOfId(String id) {
    return ids.get(hash(id));
  }

  int expectedVoters(int index) {
    return voters[index];
  }

  /** The distance in metres from the previous station to the point, or NaN without a location. */
  double metersTo(int index, Optional<Location> now) {
    if (lat[index] == NO_LOCATION || now.isEmpty() || !now.get().isValid()) {
      return Double.NaN;
    }
    return Location.metersBetween(
        lat[index] / UNITS,
        lon[index] / UNITS,
        Math.round(now.get().lat() * UNITS) / UNITS,
        Math.round(now.get().lon() * UNITS) / UNITS);
  }

  void reread(Consumer<PollingStation> action) {
    reread.forEachStation(action);
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
        if (index >= 0 && index < size && locations[index] != NOWHERE) {
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

  private static long hash(String id) {
    return Hashing.farmHashFingerprint64().hashString(id, UTF_8).asLong();
  }

  /**
   * Builds a {@link PreviousRound} from the frame and each station in document order, keeping of
   * each station only its id's hash, place, expected voters and location.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final Atlas frame;
    private final String sourceName;
    private final AtlasIndex index;
    private final LongIntTable ids = new LongIntTable();
    private int[] lat = new int[1 << 8];
    private int[] lon = new int[1 << 8];
    private int[] voters = new int[1 << 8];
    private long[] locations = new long[1 << 8];
    private int size;
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
      int i = size;
      if (i == lat.length) {
        int capacity = i * 2;
        lat = Arrays.copyOf(lat, capacity);
        lon = Arrays.copyOf(lon, capacity);
        voters = Arrays.copyOf(voters, capacity);
        locations = Arrays.copyOf(locations, capacity);
      }
      // The first station with an id is the one a station of this round with that id pairs with.
      ids.putIfAbsent(hash(station.id()), i);
      Optional<Location> at = station.location().filter(Location::isValid);
      lat[i] = at.map(l -> (int) Math.round(l.lat() * UNITS)).orElse(NO_LOCATION);
      lon[i] = at.map(l -> (int) Math.round(l.lon() * UNITS)).orElse(0);
      voters[i] = station.expectedVoters();
      locations[i] =
          location.map(l -> ((long) l.line() << 32) | (l.column() & 0xffffffffL)).orElse(NOWHERE);
      int county = index.position(COUNTY, station.county()).orElse(-1);
      if (county >= 0) {
        countyStations[county]++;
      }
      size++;
      return this;
    }

    /**
     * {@return the previous round, of the frame and the stations given}
     *
     * @param reread reads the same stations again, in the same order, at the end of a validation,
     *     for pairing those whose id changed; not null
     */
    public PreviousRound build(Reread reread) {
      return new PreviousRound(this, requireNonNull(reread, "reread"));
    }
  }
}
