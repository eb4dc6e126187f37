package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.LocalizedName;
import org.jspecify.annotations.Nullable;

/**
 * What the changes of polling stations add up to in one county or province: its stations before and
 * after, how many were added, removed, moved in from another county or out to one, and its expected
 * voters before and after.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AreaChange {

  private final EntityKind kind;
  private final String id;
  private final @Nullable LocalizedName name;
  private final long stationsBefore;
  private final long stationsAfter;
  private final long added;
  private final long removed;
  private final long movedIn;
  private final long movedOut;
  private final long votersBefore;
  private final long votersAfter;

  AreaChange(EntityKind kind, String id, @Nullable LocalizedName name, long[] counts) {
    this.kind = requireNonNull(kind, "kind");
    this.id = requireNonNull(id, "id");
    this.name = name;
    this.stationsBefore = counts[Counts.STATIONS_BEFORE];
    this.stationsAfter = counts[Counts.STATIONS_AFTER];
    this.added = counts[Counts.ADDED];
    this.removed = counts[Counts.REMOVED];
    this.movedIn = counts[Counts.MOVED_IN];
    this.movedOut = counts[Counts.MOVED_OUT];
    this.votersBefore = counts[Counts.VOTERS_BEFORE];
    this.votersAfter = counts[Counts.VOTERS_AFTER];
  }

  /** The positions of the figures in the arrays that are summed up. */
  static final class Counts {
    static final int STATIONS_BEFORE = 0;
    static final int STATIONS_AFTER = 1;
    static final int ADDED = 2;
    static final int REMOVED = 3;
    static final int MOVED_IN = 4;
    static final int MOVED_OUT = 5;
    static final int VOTERS_BEFORE = 6;
    static final int VOTERS_AFTER = 7;
    static final int SIZE = 8;

    private Counts() {}

    /** Whether stations came, went or moved, or the voters changed. */
    static boolean changed(long[] counts) {
      return counts[ADDED] != 0
          || counts[REMOVED] != 0
          || counts[MOVED_IN] != 0
          || counts[MOVED_OUT] != 0
          || counts[STATIONS_BEFORE] != counts[STATIONS_AFTER]
          || counts[VOTERS_BEFORE] != counts[VOTERS_AFTER];
    }
  }

  /** {@return {@link EntityKind#COUNTY} or {@link EntityKind#PROVINCE}} */
  public EntityKind kind() {
    return kind;
  }

  /** {@return the county's or province's id} */
  public String id() {
    return id;
  }

  /** {@return its name, from the newer atlas or else the older; empty if neither has it} */
  public Optional<LocalizedName> name() {
    return Optional.ofNullable(name);
  }

  /** {@return how many stations it had in the older atlas} */
  public long stationsBefore() {
    return stationsBefore;
  }

  /** {@return how many stations it has in the newer atlas} */
  public long stationsAfter() {
    return stationsAfter;
  }

  /** {@return how many of its stations are new} */
  public long added() {
    return added;
  }

  /** {@return how many of its stations were removed} */
  public long removed() {
    return removed;
  }

  /** {@return how many stations came from another county (for a province, another province)} */
  public long movedIn() {
    return movedIn;
  }

  /** {@return how many of its stations went to another county (or province)} */
  public long movedOut() {
    return movedOut;
  }

  /** {@return the expected voters of its stations in the older atlas} */
  public long votersBefore() {
    return votersBefore;
  }

  /** {@return the expected voters of its stations in the newer atlas} */
  public long votersAfter() {
    return votersAfter;
  }

  /** {@return the figures in a sentence} */
  public Message message() {
    return Wording.AREA
        .with("area", new Argument.Entity(kind, id, Optional.ofNullable(name)))
        .with("before", Argument.number(stationsBefore))
        .with("after", Argument.number(stationsAfter))
        .with("added", Argument.number(added))
        .with("removed", Argument.number(removed))
        .with("movedIn", Argument.number(movedIn))
        .with("movedOut", Argument.number(movedOut))
        .with("votersBefore", Argument.number(votersBefore))
        .with("votersAfter", Argument.number(votersAfter))
        .complete();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaChange that
        && kind == that.kind
        && id.equals(that.id)
        && Objects.equals(name, that.name)
        && stationsBefore == that.stationsBefore
        && stationsAfter == that.stationsAfter
        && added == that.added
        && removed == that.removed
        && movedIn == that.movedIn
        && movedOut == that.movedOut
        && votersBefore == that.votersBefore
        && votersAfter == that.votersAfter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, stationsBefore, stationsAfter, added, removed, votersAfter);
  }

  @Override
  public String toString() {
    return message().toString();
  }
}
