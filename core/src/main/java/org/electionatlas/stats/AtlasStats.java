package org.electionatlas.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.Event;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;

/**
 * The figures of one atlas that election staff ask for first: stations and voters by province and
 * county, stations by kind, voting method and risk, coverage of eligible voters, and the events in
 * the order they happen. Computed in one pass over the stations, which may stream by ({@link
 * #accumulate}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasStats {

  /**
   * The figures of one province or county.
   *
   * @param id the area's id
   * @param name the area's name
   * @param counties the number of counties (1 for a county)
   * @param stations the number of polling stations
   * @param expectedVoters the voters the stations expect together
   * @param eligibleVoters the eligible voters, when every county of the area gives them
   */
  public record Area(
      String id,
      LocalizedName name,
      int counties,
      int stations,
      long expectedVoters,
      OptionalLong eligibleVoters) {

    /**
     * Checks that nothing is null.
     *
     * @param counties the counties
     * @param eligibleVoters the eligible voters
     * @param expectedVoters the expected voters
     * @param id the id
     * @param name the name
     * @param stations the stations
     */
    public Area {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(eligibleVoters, "eligibleVoters");
    }

    /**
     * Expected voters as a share of eligible voters, when those are known and not zero.
     *
     * @return the share, as a fraction (1.0 is all eligible voters), or empty
     */
    public OptionalDouble coverage() {
      return eligibleVoters.isPresent() && eligibleVoters.getAsLong() > 0
          ? OptionalDouble.of((double) expectedVoters / eligibleVoters.getAsLong())
          : OptionalDouble.empty();
    }
  }

  /**
   * An event in the timeline, with how deep it sits under its parents (0 for a top-level event).
   *
   * @param event the event
   * @param depth 0 for an event without parent, 1 for its sessions, and so on
   */
  public record TimelineEntry(Event event, int depth) {

    /**
     * Checks that the event is not null.
     *
     * @param depth the depth
     * @param event the event
     */
    public TimelineEntry {
      requireNonNull(event, "event");
    }
  }

  private final ImmutableList<Area> provinces;
  private final ImmutableList<Area> counties;
  private final Area total;
  private final ImmutableMap<StationKind, Integer> byKind;
  private final ImmutableMap<VotingMethod, Integer> byVotingMethod;
  private final ImmutableMap<RiskLevel, Integer> byRisk;
  private final int withoutRisk;
  private final ImmutableList<TimelineEntry> timeline;

  private AtlasStats(
      ImmutableList<Area> provinces,
      ImmutableList<Area> counties,
      Area total,
      ImmutableMap<StationKind, Integer> byKind,
      ImmutableMap<VotingMethod, Integer> byVotingMethod,
      ImmutableMap<RiskLevel, Integer> byRisk,
      int withoutRisk,
      ImmutableList<TimelineEntry> timeline) {
    this.provinces = provinces;
    this.counties = counties;
    this.total = total;
    this.byKind = byKind;
    this.byVotingMethod = byVotingMethod;
    this.byRisk = byRisk;
    this.withoutRisk = withoutRisk;
    this.timeline = timeline;
  }

  /**
   * {@return the figures of the atlas}
   *
   * @param atlas the atlas
   */
  public static AtlasStats of(Atlas atlas) {
    Accumulator accumulator = new Accumulator(requireNonNull(atlas, "atlas"));
    atlas.pollingStations().forEach(accumulator::accept);
    return accumulator.finish();
  }

  /**
   * Starts figures that are added up as the stations go by, for an atlas read as a stream: give the
   * accumulator each station, then {@linkplain Accumulator#finish finish} it. The figures are those
   * {@link #of} gives for the frame holding the same stations; what is kept meanwhile is a few
   * numbers per county, not the stations.
   *
   * @param frame the atlas without its stations (any it has are not counted)
   * @return the accumulator
   */
  public static Accumulator accumulate(Atlas frame) {
    return new Accumulator(requireNonNull(frame, "frame"));
  }

  /**
   * Adds up the figures of an atlas one station at a time, from {@link #accumulate}. Not
   * thread-safe; finished once.
   */
  public static final class Accumulator {
    private final Atlas frame;

    /** Stations and expected voters of each county id the frame has, by id. */
    private final Map<String, long[]> byCounty = new HashMap<>();

    private final Map<StationKind, Integer> kinds = zeros(StationKind.class);
    private final Map<VotingMethod, Integer> methods = zeros(VotingMethod.class);
    private final Map<RiskLevel, Integer> risks = zeros(RiskLevel.class);
    private int noRisk;
    private boolean finished;

    private Accumulator(Atlas frame) {
      this.frame = frame;
      for (County county : frame.counties()) {
        byCounty.putIfAbsent(county.id(), new long[2]);
      }
    }

    /**
     * Counts a station.
     *
     * @param station the next station, not null
     * @throws IllegalStateException if the figures are finished
     */
    public void accept(PollingStation station) {
      if (finished) {
        throw new IllegalStateException("the figures are finished");
      }
      long[] county = byCounty.get(station.county());
      if (county != null) {
        county[0]++;
        county[1] += station.expectedVoters();
      }
      kinds.merge(station.kind(), 1, Integer::sum);
      methods.merge(station.votingMethod(), 1, Integer::sum);
      if (station.risk().isPresent()) {
        risks.merge(station.risk().map(Risk::level).orElseThrow(), 1, Integer::sum);
      } else {
        noRisk++;
      }
    }

    /**
     * {@return the figures of the frame and the stations given}
     *
     * @throws IllegalStateException if the figures are already finished
     */
    public AtlasStats finish() {
      if (finished) {
        throw new IllegalStateException("the figures are finished");
      }
      finished = true;
      List<Area> countyAreas = new ArrayList<>();
      Map<String, List<Area>> countiesByProvince = new HashMap<>();
      for (County county : frame.counties()) {
        long[] counted = requireNonNull(byCounty.get(county.id()));
        Area area =
            new Area(
                county.id(),
                county.name(),
                1,
                Math.toIntExact(counted[0]),
                counted[1],
                county.eligibleVoters().isPresent()
                    ? OptionalLong.of(county.eligibleVoters().getAsInt())
                    : OptionalLong.empty());
        countyAreas.add(area);
        countiesByProvince.computeIfAbsent(county.province(), p -> new ArrayList<>()).add(area);
      }
      List<Area> provinceAreas = new ArrayList<>();
      for (Province province : frame.provinces()) {
        provinceAreas.add(
            sum(
                province.id(),
                province.name(),
                countiesByProvince.getOrDefault(province.id(), List.of())));
      }
      return new AtlasStats(
          ImmutableList.copyOf(provinceAreas),
          ImmutableList.copyOf(countyAreas),
          sum(frame.election().id(), frame.election().name(), countyAreas),
          ImmutableMap.copyOf(kinds),
          ImmutableMap.copyOf(methods),
          ImmutableMap.copyOf(risks),
          noRisk,
          timeline(frame, frame.index()));
    }
  }

  private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      counts.put(constant, 0);
    }
    return counts;
  }

  private static Area sum(String id, LocalizedName name, List<Area> parts) {
    boolean allEligible = parts.stream().allMatch(part -> part.eligibleVoters().isPresent());
    return new Area(
        id,
        name,
        parts.size(),
        parts.stream().mapToInt(Area::stations).sum(),
        parts.stream().mapToLong(Area::expectedVoters).sum(),
        allEligible && !parts.isEmpty()
            ? OptionalLong.of(parts.stream().mapToLong(p -> p.eligibleVoters().getAsLong()).sum())
            : OptionalLong.empty());
  }

  /**
   * Top-level events by start, each followed by its sessions by start. Events whose parent is
   * missing (or in a cycle, which the validator reports) are listed at the top level.
   */
  private static ImmutableList<TimelineEntry> timeline(Atlas atlas, AtlasIndex index) {
    Comparator<Event> byStart = Comparator.comparing(Event::start).thenComparing(Event::id);
    List<Event> roots = new ArrayList<>();
    for (Event event : atlas.events()) {
      if (event.parent().flatMap(index::event).isEmpty()) {
        roots.add(event);
      }
    }
    roots.sort(byStart);
    ImmutableList.Builder<TimelineEntry> entries = ImmutableList.builder();
    Set<String> listed = new HashSet<>();
    for (Event root : roots) {
      addWithChildren(root, 0, index, byStart, entries, listed);
    }
    for (Event event : atlas.events()) {
      if (!listed.contains(event.id())) {
        addWithChildren(event, 0, index, byStart, entries, listed);
      }
    }
    return entries.build();
  }

  private static void addWithChildren(
      Event event,
      int depth,
      AtlasIndex index,
      Comparator<Event> byStart,
      ImmutableList.Builder<TimelineEntry> entries,
      Set<String> listed) {
    if (!listed.add(event.id())) {
      return;
    }
    entries.add(new TimelineEntry(event, depth));
    List<Event> children = new ArrayList<>(index.childrenOf(event.id()));
    children.sort(byStart);
    for (Event child : children) {
      addWithChildren(child, depth + 1, index, byStart, entries, listed);
    }
  }

  /** {@return the figures of each province, in document order} */
  public List<Area> provinces() {
    return provinces;
  }

  /** {@return the figures of each county, in document order} */
  public List<Area> counties() {
    return counties;
  }

  /** {@return the figures of the whole atlas, named after its election} */
  public Area total() {
    return total;
  }

  /** {@return the number of stations of each kind; every kind is present, with 0 when none} */
  public Map<StationKind, Integer> stationsByKind() {
    return byKind;
  }

  /** {@return the number of stations of each voting method; every method is present} */
  public Map<VotingMethod, Integer> stationsByVotingMethod() {
    return byVotingMethod;
  }

  /** {@return the number of stations at each risk level; every level is present} */
  public Map<RiskLevel, Integer> stationsByRisk() {
    return byRisk;
  }

  /** {@return the number of stations whose risk was not assessed} */
  public int stationsWithoutRisk() {
    return withoutRisk;
  }

  /** {@return the events in the order they happen, each followed by its sessions} */
  public List<TimelineEntry> timeline() {
    return timeline;
  }
}
