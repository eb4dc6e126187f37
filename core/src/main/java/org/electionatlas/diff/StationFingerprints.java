package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.electionatlas.model.ExtensionValue;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;

/**
 * A compact record of each polling station of one atlas, enough to match it with the stations of
 * another atlas and to tell whether it changed, without keeping the station: its id, county,
 * number, location, a hash of its name, expected voters, kind, voting method, accessibility and
 * risk level, and a 64-bit hash of everything it holds. About 60 bytes a station in primitive
 * arrays, so that the fingerprints of two million-station atlases fit in a small heap.
 *
 * <p>Stations are given one at a time with {@link #accept}, in document order, however they are
 * read: from an {@link org.electionatlas.model.Atlas} in memory ({@link #of}) or from a stream.
 *
 * <pre>{@code
 * StationFingerprints old = StationFingerprints.create();
 * reader.forEachStation(old::accept);  // however the stations are read
 * }</pre>
 *
 * <p>Two stations with equal fingerprint hashes are taken to be equal: a 64-bit hash of all their
 * fields makes a change go unseen with a chance of about one in 10^19 per matched pair.
 *
 * <p>Not thread-safe: it grows as stations are accepted. Once all are accepted it is only read.
 */
public final class StationFingerprints {

  /** Latitudes and longitudes are kept in units of 10^-7 degrees, about a centimetre. */
  private static final double UNITS = 1e7;

  /** The latitude of a station with no valid location. */
  private static final int NOWHERE = Integer.MIN_VALUE;

  private static final StationKind[] KINDS = StationKind.values();
  private static final VotingMethod[] METHODS = VotingMethod.values();
  private static final RiskLevel[] RISKS = RiskLevel.values();

  private final IdBytes ids = new IdBytes();
  private final List<String> countyIds = new ArrayList<>();
  private final Map<String, Integer> countyCodes = new HashMap<>();
  private int[] county = new int[1 << 8];
  private int[] number = new int[1 << 8];
  private int[] lat = new int[1 << 8];
  private int[] lon = new int[1 << 8];
  private int[] voters = new int[1 << 8];

  /** Kind, voting method, accessibility and risk level, a few bits each (see {@link #pack}). */
  private int[] packed = new int[1 << 8];

  private long[] nameHash = new long[1 << 8];
  private long[] contentHash = new long[1 << 8];
  private int size;

  private final StringBuilder canonical = new StringBuilder(512);

  private StationFingerprints() {}

  /** {@return fingerprints with no station yet, to be given each with {@link #accept}} */
  public static StationFingerprints create() {
    return new StationFingerprints();
  }

  /**
   * {@return the fingerprints of the stations, in order}
   *
   * @param stations the stations of one atlas, in document order, not null
   */
  public static StationFingerprints of(List<PollingStation> stations) {
    StationFingerprints fingerprints = create();
    for (int i = 0; i < stations.size(); i++) {
      fingerprints.accept(i, stations.get(i));
    }
    return fingerprints;
  }

  /**
   * Records the station at {@code index} of {@code pollingStations}. Stations come in document
   * order, each once, so that {@code index} is the number of stations accepted before it; the
   * signature is that of {@code RuleCheck.station}, so a validation can feed fingerprints too.
   *
   * @param index the station's position in the document, counting from 0
   * @param station the station, not null
   * @throws IllegalArgumentException if {@code index} is not {@link #size()}
   */
  public void accept(int index, PollingStation station) {
    requireNonNull(station, "station");
    if (index != size) {
      throw new IllegalArgumentException(
          "stations are fingerprinted in document order: expected index "
              + size
              + ", not "
              + index);
    }
    if (size == county.length) {
      grow();
    }
    ids.add(station.id());
    county[size] = countyCodes.computeIfAbsent(station.county(), this::newCounty);
    number[size] = station.number();
    Optional<Location> location = station.location().filter(Location::isValid);
    lat[size] = location.map(l -> (int) Math.round(l.lat() * UNITS)).orElse(NOWHERE);
    lon[size] = location.map(l -> (int) Math.round(l.lon() * UNITS)).orElse(0);
    voters[size] = station.expectedVoters();
    packed[size] = pack(station);
    nameHash[size] = nameHash(station.name());
    contentHash[size] = contentHash(station);
    size++;
  }

  private Integer newCounty(String id) {
    countyIds.add(id);
    return countyIds.size() - 1;
  }

  private void grow() {
    int capacity = size * 2;
    county = Arrays.copyOf(county, capacity);
    number = Arrays.copyOf(number, capacity);
    lat = Arrays.copyOf(lat, capacity);
    lon = Arrays.copyOf(lon, capacity);
    voters = Arrays.copyOf(voters, capacity);
    packed = Arrays.copyOf(packed, capacity);
    nameHash = Arrays.copyOf(nameHash, capacity);
    contentHash = Arrays.copyOf(contentHash, capacity);
  }

  /** {@return how many stations have been accepted} */
  public int size() {
    return size;
  }

  /**
   * {@return the id of the station at the index}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public String id(int index) {
    return ids.get(check(index));
  }

  /**
   * {@return the id of the county of the station at the index}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public String county(int index) {
    return countyIds.get(county[check(index)]);
  }

  /**
   * {@return the number of the station at the index, within its county}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public int number(int index) {
    return number[check(index)];
  }

  /**
   * {@return whether the station at the index has a valid location}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public boolean hasLocation(int index) {
    return lat[check(index)] != NOWHERE;
  }

  /**
   * {@return the latitude of the station at the index, to about a centimetre, or NaN if it has no
   * valid location}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public double latitude(int index) {
    return hasLocation(index) ? lat[index] / UNITS : Double.NaN;
  }

  /**
   * {@return the longitude of the station at the index, to about a centimetre, or NaN if it has no
   * valid location}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public double longitude(int index) {
    return hasLocation(index) ? lon[index] / UNITS : Double.NaN;
  }

  /**
   * {@return the expected voters of the station at the index}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public int expectedVoters(int index) {
    return voters[check(index)];
  }

  /**
   * {@return the kind of the station at the index}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public StationKind kind(int index) {
    return KINDS[packed[check(index)] & 0x3];
  }

  /**
   * {@return the voting method of the station at the index}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public VotingMethod votingMethod(int index) {
    return METHODS[(packed[check(index)] >>> 2) & 0x3];
  }

  /**
   * {@return whether the station at the index is step-free; empty when not known}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public Optional<Boolean> accessible(int index) {
    int bits = (packed[check(index)] >>> 4) & 0x3;
    return bits == 0 ? Optional.empty() : Optional.of(bits == 2);
  }

  /**
   * {@return the risk level of the station at the index; empty when not assessed}
   *
   * @param index the station's position in the document
   * @throws IndexOutOfBoundsException if no station was accepted at that index
   */
  public Optional<RiskLevel> riskLevel(int index) {
    int bits = (packed[check(index)] >>> 6) & 0x7;
    return bits == 0 ? Optional.empty() : Optional.of(RISKS[bits - 1]);
  }

  /**
   * {@return the distance in metres between the station at {@code index} and the one at {@code
   * otherIndex} of {@code other}, or NaN if either has no valid location}
   *
   * @param index the station's position in this atlas
   * @param other the fingerprints of the same or another atlas, not null
   * @param otherIndex the other station's position in its atlas
   * @throws IndexOutOfBoundsException if either index has no station
   */
  public double meters(int index, StationFingerprints other, int otherIndex) {
    if (!hasLocation(index) || !other.hasLocation(otherIndex)) {
      return Double.NaN;
    }
    return Earth.meters(
        latitude(index), longitude(index), other.latitude(otherIndex), other.longitude(otherIndex));
  }

  /**
   * {@return whether the station at {@code index} holds exactly what the one at {@code otherIndex}
   * of {@code other} holds, every field and extension alike (up to the hash, see the class doc)}
   *
   * @param index the station's position in this atlas
   * @param other the fingerprints of the same or another atlas, not null
   * @param otherIndex the other station's position in its atlas
   * @throws IndexOutOfBoundsException if either index has no station
   */
  public boolean sameContent(int index, StationFingerprints other, int otherIndex) {
    return contentHash[check(index)] == other.contentHash[other.check(otherIndex)];
  }

  // For matching, in this package.

  IdBytes ids() {
    return ids;
  }

  int countyCode(int index) {
    return county[index];
  }

  /** The code the county has in these fingerprints, or -1 if no station names it. */
  int countyCode(String countyId) {
    Integer code = countyCodes.get(countyId);
    return code == null ? -1 : code;
  }

  /** How many counties the stations name; each has a code below this. */
  int countyCount() {
    return countyIds.size();
  }

  /** The id of the county with the code. */
  String countyIdOf(int code) {
    return countyIds.get(code);
  }

  long nameHash(int index) {
    return nameHash[index];
  }

  int latUnits(int index) {
    return lat[index];
  }

  int lonUnits(int index) {
    return lon[index];
  }

  private int check(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "no station at index " + index + " of " + size + " fingerprinted");
    }
    return index;
  }

  private static int pack(PollingStation station) {
    int accessible = station.accessible().map(a -> a ? 2 : 1).orElse(0);
    int risk = station.risk().map(r -> r.level().ordinal() + 1).orElse(0);
    return station.kind().ordinal()
        | station.votingMethod().ordinal() << 2
        | accessible << 4
        | risk << 6;
  }

  private static long nameHash(LocalizedName name) {
    return Hashing.farmHashFingerprint64()
        .hashUnencodedChars(new TreeMap<>(name.values()).toString())
        .asLong();
  }

  /**
   * A hash of every field of the station, maps in key order so that, like {@code equals}, it does
   * not see the order in which members were written.
   */
  private long contentHash(PollingStation station) {
    StringBuilder out = canonical;
    out.setLength(0);
    out.append(station.id()).append('\0').append(station.county()).append('\0');
    out.append(station.number()).append('\0');
    out.append(new TreeMap<>(station.name().values())).append('\0');
    out.append(station.address().orElse("\1")).append('\0');
    station
        .settlement()
        .ifPresentOrElse(
            s -> {
              out.append(new TreeMap<>(s.name().values())).append(s.kind());
              extensions(out, s.extensions());
            },
            () -> out.append('\1'));
    out.append('\0');
    station
        .location()
        .ifPresentOrElse(
            l -> {
              out.append(l.lat()).append(',').append(l.lon());
              extensions(out, l.extensions());
            },
            () -> out.append('\1'));
    out.append('\0').append(station.kind()).append(station.votingMethod());
    out.append(station.expectedVoters()).append('\0');
    out.append(station.accessible().map(String::valueOf).orElse("\1")).append('\0');
    station
        .staff()
        .ifPresentOrElse(
            s -> {
              out.append(s.officials()).append(',').append(s.observers());
              extensions(out, s.extensions());
            },
            () -> out.append('\1'));
    out.append('\0');
    station
        .risk()
        .ifPresentOrElse(
            r -> {
              out.append(r.level()).append(r.note().orElse("\1"));
              extensions(out, r.extensions());
            },
            () -> out.append('\1'));
    out.append('\0').append(new TreeMap<>(station.externalIds())).append('\0');
    extensions(out, station.extensions());
    return Hashing.farmHashFingerprint64().hashUnencodedChars(out).asLong();
  }

  private static void extensions(StringBuilder out, Map<String, ExtensionValue> extensions) {
    out.append('{');
    new TreeMap<>(extensions)
        .forEach(
            (key, value) -> {
              out.append(key).append('\0');
              value(out, value);
            });
    out.append('}');
  }

  private static void value(StringBuilder out, ExtensionValue value) {
    if (value instanceof ExtensionValue.ObjectValue object) {
      extensions(out, object.members());
    } else if (value instanceof ExtensionValue.ArrayValue array) {
      out.append('[');
      array.elements().forEach(element -> value(out, element));
      out.append(']');
    } else {
      out.append(value).append('\0');
    }
  }
}
