package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Risk;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.Staff;

/**
 * The second look at the polling stations a {@link StationMatching} found removed, added or
 * changed: given those stations again, it says what changed in each, field by field, in a clerk's
 * words.
 *
 * <p>The stations of the older atlas are given one at a time ({@link #before}), each with a way to
 * fetch a station of the newer atlas by its index; it fetches only the one the station became and
 * the one now nearest to where it stands, and keeps nothing once it has answered. {@link #added}
 * says which stations of the newer atlas are new, and needs nothing else. A comparison holds no
 * station, so memory is the matching's whatever the atlases' size and however much changed; a
 * reader that can fetch a station by its index (a file read as a stream, whose stations' positions
 * were kept) reads each atlas a fixed number of times.
 *
 * <pre>{@code
 * StationComparison all = StationComparison.of(matching, beforeFrame, afterFrame);
 * beforeReader.forEachStation((i, s) -> all.before(i, s, afterReader::stationAt).ifPresent(report::add));
 * afterReader.forEachStation((j, s) -> all.added(j, s).ifPresent(report::add));
 * }</pre>
 *
 * <p>Immutable once made; thread-safe when the stations it is given are.
 */
public final class StationComparison {

  /** A move shorter than this, in metres, is worded as a changed location, not a direction. */
  private static final double TINY_MOVE_METERS = 0.5;

  private static final int DECIMALS = 6;

  private static final EntityKind STATION = EntityKind.POLLING_STATION;

  private final StationMatching matching;
  private final Atlas beforeFrame;
  private final Atlas afterFrame;

  private final List<Field<PollingStation>> simple =
      List.of(
          Field.required("name", Wording.NAME, PollingStation::name, Argument::name),
          Field.value("address", Wording.ADDRESS, PollingStation::address, Argument::text));

  private final List<Field<PollingStation>> ids =
      List.of(
          Field.externalIds(PollingStation::externalIds),
          Field.extensions("extensions", PollingStation::extensions));

  private StationComparison(StationMatching matching, Atlas beforeFrame, Atlas afterFrame) {
    this.matching = matching;
    this.beforeFrame = beforeFrame;
    this.afterFrame = afterFrame;
  }

  /**
   * {@return a comparison of all the stations the matching found different}
   *
   * @param matching the matching of the two atlases' stations, not null
   * @param beforeFrame the older atlas, of which only the entities other than stations are read (to
   *     name counties), not null
   * @param afterFrame the newer atlas, likewise, not null
   */
  public static StationComparison of(
      StationMatching matching, Atlas beforeFrame, Atlas afterFrame) {
    requireNonNull(matching, "matching");
    return new StationComparison(
        matching,
        requireNonNull(beforeFrame, "beforeFrame"),
        requireNonNull(afterFrame, "afterFrame"));
  }

  /**
   * Gives a station of the older atlas and says what happened to it: removed, changed, or nothing
   * (empty) when it is the same as the station it became.
   *
   * @param index the station's position in the older atlas
   * @param station the station, not null
   * @param newer gives the station of the newer atlas at an index; asked only for the station this
   *     one became ({@link StationMatching#afterIndexOf}) and, if it moved, the one now nearest to
   *     it ({@link StationMatching#landmarkOf}), and only when this one changed; what it throws
   *     passes through
   * @return the change, if it was removed or changed
   */
  public Optional<EntityChange> before(
      int index, PollingStation station, IntFunction<PollingStation> newer) {
    requireNonNull(station, "station");
    requireNonNull(newer, "newer");
    if (!matching.needsBefore(index)) {
      return Optional.empty();
    }
    int j = matching.afterIndexOf(index);
    if (j < 0) {
      return Optional.of(
          EntityChange.removed(
              STATION,
              index,
              station.id(),
              Wording.REMOVED.with("entity", Argument.entity(STATION, station)).complete()));
    }
    PollingStation now = requireNonNull(newer.apply(j), "the newer station");
    MatchKind how = matching.how(index).orElseThrow();
    Message message =
        switch (how) {
          case ID -> Wording.CHANGED.with("entity", Argument.entity(STATION, now));
          case COUNTY_AND_NUMBER ->
              Wording.RENAMED_BY_NUMBER
                  .with("before", Argument.entity(STATION, station))
                  .with("after", Argument.id(now.id()));
          case PLACE_AND_NAME ->
              Wording.RENAMED_BY_PLACE
                  .with("before", Argument.entity(STATION, station))
                  .with("after", Argument.id(now.id()));
        };
    int landmark = matching.landmarkOf(index);
    return Optional.of(
        EntityChange.changed(
            STATION,
            index,
            station.id(),
            j,
            now.id(),
            how,
            message.complete(),
            fields(
                station,
                now,
                () -> landmark < 0 ? Optional.empty() : Optional.of(newer.apply(landmark)))));
  }

  /**
   * {@return the addition of the station of the newer atlas at {@code index}, if it matches none of
   * the older; needs nothing given before}
   *
   * @param index the station's position in the newer atlas
   * @param station the station, not null
   */
  public Optional<EntityChange> added(int index, PollingStation station) {
    requireNonNull(station, "station");
    if (matching.beforeIndexOf(index) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        EntityChange.added(
            STATION,
            index,
            station.id(),
            Wording.ADDED.with("entity", Argument.entity(STATION, station)).complete()));
  }

  private List<FieldChange> fields(
      PollingStation was, PollingStation is, Supplier<Optional<PollingStation>> landmark) {
    Argument entity = Argument.entity(STATION, is);
    List<FieldChange> out = new ArrayList<>();
    if (!was.county().equals(is.county())) {
      out.add(
          FieldChange.of(
              "county",
              Wording.COUNTY
                  .with("entity", entity)
                  .with("before", county(beforeFrame, was.county()))
                  .with("after", county(afterFrame, is.county()))
                  .complete()));
    }
    if (was.number() != is.number()) {
      out.add(
          FieldChange.of(
              "number",
              Wording.RENUMBERED
                  .with("entity", entity)
                  .with("before", Argument.number(was.number()))
                  .with("after", Argument.number(is.number()))
                  .complete()));
    }
    simple.forEach(field -> field.compare(was, is, entity, out));
    settlement(was.settlement(), is.settlement(), entity, out);
    location(was.location(), is.location(), entity, landmark, out);
    if (was.kind() != is.kind()) {
      out.add(changed("kind", Wording.KIND, entity, value(was.kind()), value(is.kind())));
    }
    if (was.votingMethod() != is.votingMethod()) {
      out.add(
          changed(
              "votingMethod",
              Wording.VOTING_METHOD,
              entity,
              value(was.votingMethod()),
              value(is.votingMethod())));
    }
    voters(was.expectedVoters(), is.expectedVoters(), entity, out);
    if (!was.accessible().equals(is.accessible())) {
      out.add(
          changed(
              "accessible",
              Wording.ACCESSIBILITY,
              entity,
              accessibility(was.accessible()),
              accessibility(is.accessible())));
    }
    staff(was.staff(), is.staff(), entity, out);
    risk(was.risk(), is.risk(), entity, out);
    ids.forEach(field -> field.compare(was, is, entity, out));
    return out;
  }

  private static FieldChange changed(
      String member, Phrase field, Argument entity, Argument before, Argument after) {
    return FieldChange.of(
        member,
        Wording.FIELD_CHANGED
            .with("entity", entity)
            .with("field", Argument.phrase(field))
            .with("before", before)
            .with("after", after)
            .complete());
  }

  private static Argument value(Enum<?> value) {
    return Wording.value(value);
  }

  private static Argument county(Atlas frame, String id) {
    return frame
        .index()
        .county(id)
        .map(county -> Argument.entity(EntityKind.COUNTY, county))
        .orElseGet(() -> Argument.entity(EntityKind.COUNTY, id));
  }

  private static Argument accessibility(Optional<Boolean> accessible) {
    return Argument.phrase(
        accessible
            .map(a -> a ? Wording.STEP_FREE : Wording.NOT_STEP_FREE)
            .orElse(Wording.NOT_KNOWN));
  }

  private static void settlement(
      Optional<Settlement> was, Optional<Settlement> is, Argument entity, List<FieldChange> out) {
    if (was.equals(is)) {
      return;
    }
    Argument field = Argument.phrase(Wording.SETTLEMENT);
    if (was.isEmpty() || is.isEmpty()) {
      Message message =
          was.isEmpty()
              ? Wording.FIELD_ADDED.with("after", Argument.name(is.orElseThrow().name()))
              : Wording.FIELD_REMOVED.with("before", Argument.name(was.get().name()));
      out.add(
          FieldChange.of(
              "settlement", message.with("entity", entity).with("field", field).complete()));
      return;
    }
    Settlement old = was.get();
    Settlement now = is.get();
    if (!old.name().equals(now.name())) {
      out.add(
          changed(
              "settlement/name",
              Wording.SETTLEMENT,
              entity,
              Argument.name(old.name()),
              Argument.name(now.name())));
    }
    if (old.kind() != now.kind()) {
      out.add(
          FieldChange.of(
              "settlement/kind",
              Wording.SETTLEMENT_KIND
                  .with("entity", entity)
                  .with("settlement", Argument.name(now.name()))
                  .with("before", value(old.kind()))
                  .with("after", value(now.kind()))
                  .complete()));
    }
    if (!old.extensions().equals(now.extensions())) {
      out.add(
          FieldChange.of(
              "settlement/extensions", Wording.EXTENSIONS.with("entity", entity).complete()));
    }
  }

  private void location(
      Optional<Location> was,
      Optional<Location> is,
      Argument entity,
      Supplier<Optional<PollingStation>> landmark,
      List<FieldChange> out) {
    if (was.equals(is)) {
      return;
    }
    if (was.isEmpty()) {
      Location now = is.orElseThrow();
      out.add(
          FieldChange.of(
              "location",
              Wording.LOCATION_ADDED
                  .with("entity", entity)
                  .with("lat", degrees(now.lat()))
                  .with("lon", degrees(now.lon()))
                  .complete()));
      return;
    }
    Location old = was.get();
    if (is.isEmpty()) {
      out.add(
          FieldChange.of(
              "location",
              Wording.LOCATION_REMOVED
                  .with("entity", entity)
                  .with("beforeLat", degrees(old.lat()))
                  .with("beforeLon", degrees(old.lon()))
                  .complete()));
      return;
    }
    Location now = is.get();
    if (old.lat() == now.lat() && old.lon() == now.lon()) {
      out.add(
          FieldChange.of(
              "location/extensions", Wording.EXTENSIONS.with("entity", entity).complete()));
      return;
    }
    double meters =
        old.isValid() && now.isValid()
            ? Earth.meters(old.lat(), old.lon(), now.lat(), now.lon())
            : Double.NaN;
    if (!(meters >= TINY_MOVE_METERS)) {
      out.add(
          FieldChange.of(
              "location",
              Wording.LOCATION_CHANGED
                  .with("entity", entity)
                  .with("beforeLat", degrees(old.lat()))
                  .with("beforeLon", degrees(old.lon()))
                  .with("lat", degrees(now.lat()))
                  .with("lon", degrees(now.lon()))
                  .complete()));
      return;
    }
    Argument direction =
        Argument.phrase(
            Wording.direction(Earth.bearing(old.lat(), old.lon(), now.lat(), now.lon())));
    Optional<PollingStation> nearest = landmark.get();
    Optional<Location> near = nearest.flatMap(PollingStation::location).filter(Location::isValid);
    Message message =
        near.isPresent()
            ? Wording.MOVED_NEAR
                .with(
                    "near",
                    Argument.distance(
                        Earth.meters(now.lat(), now.lon(), near.get().lat(), near.get().lon())))
                .with("landmark", Argument.entity(STATION, nearest.orElseThrow()))
            : Wording.MOVED.message();
    out.add(
        FieldChange.of(
            "location",
            message
                .with("entity", entity)
                .with("distance", Argument.distance(meters))
                .with("direction", direction)
                .complete()));
  }

  private static Argument degrees(double degrees) {
    return Argument.decimal(degrees, DECIMALS);
  }

  private static void voters(int was, int is, Argument entity, List<FieldChange> out) {
    if (was == is) {
      return;
    }
    if (was <= 0) {
      out.add(
          changed(
              "expectedVoters",
              Wording.EXPECTED_VOTERS,
              entity,
              Argument.number(was),
              Argument.number(is)));
      return;
    }
    long delta = (long) is - was;
    out.add(
        FieldChange.of(
            "expectedVoters",
            (delta > 0 ? Wording.VOTERS_UP : Wording.VOTERS_DOWN)
                .with("entity", entity)
                .with("delta", Argument.number(Math.abs(delta)))
                .with("share", Argument.percent(Math.abs(delta) / (double) was))
                .with("before", Argument.number(was))
                .with("after", Argument.number(is))
                .complete()));
  }

  private static void staff(
      Optional<Staff> was, Optional<Staff> is, Argument entity, List<FieldChange> out) {
    if (was.equals(is)) {
      return;
    }
    Argument field = Argument.phrase(Wording.STAFF);
    if (was.isEmpty() || is.isEmpty()) {
      Message message =
          was.isEmpty()
              ? Wording.FIELD_ADDED.with("after", staffing(is.orElseThrow()))
              : Wording.FIELD_REMOVED.with("before", staffing(was.get()));
      out.add(
          FieldChange.of("staff", message.with("entity", entity).with("field", field).complete()));
      return;
    }
    Staff old = was.get();
    Staff now = is.get();
    if (old.officials() != now.officials()) {
      out.add(
          changed(
              "staff/officials",
              Wording.OFFICIALS,
              entity,
              Argument.number(old.officials()),
              Argument.number(now.officials())));
    }
    if (old.observers() != now.observers()) {
      out.add(
          changed(
              "staff/observers",
              Wording.OBSERVERS,
              entity,
              Argument.number(old.observers()),
              Argument.number(now.observers())));
    }
    if (!old.extensions().equals(now.extensions())) {
      out.add(
          FieldChange.of("staff/extensions", Wording.EXTENSIONS.with("entity", entity).complete()));
    }
  }

  private static Argument staffing(Staff staff) {
    return Argument.all(
        List.of(
            Argument.count(staff.officials(), Wording.OFFICIAL),
            Argument.count(staff.observers(), Wording.OBSERVER)));
  }

  private static void risk(
      Optional<Risk> was, Optional<Risk> is, Argument entity, List<FieldChange> out) {
    if (was.equals(is)) {
      return;
    }
    Optional<Enum<?>> oldLevel = was.map(Risk::level);
    Optional<Enum<?>> newLevel = is.map(Risk::level);
    if (!oldLevel.equals(newLevel)) {
      out.add(
          changed(
              was.isPresent() && is.isPresent() ? "risk/level" : "risk",
              Wording.RISK,
              entity,
              oldLevel.map(StationComparison::value).orElse(Argument.phrase(Wording.NOT_ASSESSED)),
              newLevel
                  .map(StationComparison::value)
                  .orElse(Argument.phrase(Wording.NOT_ASSESSED))));
    }
    Optional<String> oldNote = was.flatMap(Risk::note);
    Optional<String> newNote = is.flatMap(Risk::note);
    if (!oldNote.equals(newNote)) {
      Argument field = Argument.phrase(Wording.RISK_NOTE);
      Message message =
          oldNote.isEmpty()
              ? Wording.FIELD_ADDED.with("after", Argument.text(newNote.orElseThrow()))
              : newNote.isEmpty()
                  ? Wording.FIELD_REMOVED.with("before", Argument.text(oldNote.get()))
                  : Wording.FIELD_CHANGED
                      .with("before", Argument.text(oldNote.get()))
                      .with("after", Argument.text(newNote.get()));
      out.add(
          FieldChange.of(
              is.isPresent() && newNote.isPresent() ? "risk/note" : "risk",
              message.with("entity", entity).with("field", field).complete()));
    }
    if (was.isPresent()
        && is.isPresent()
        && !was.get().extensions().equals(is.get().extensions())) {
      out.add(
          FieldChange.of("risk/extensions", Wording.EXTENSIONS.with("entity", entity).complete()));
    }
  }
}
