package org.electionatlas.calendar;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The serialized form of the calendar's values, as java.time and ThreeTen-Extra do it: a value
 * writes this proxy in its place, which stores a type byte and the value's fields in a compact,
 * versionable form and turns back into the value when read. The fields of the value classes are
 * then free to change without breaking serialized data.
 *
 * <p>The format of a {@link JalaliDate} is the byte {@code 1}, the year as an int, then the month
 * and the day as bytes.
 */
final class Ser implements Externalizable {

  private static final long serialVersionUID = 1L;

  /** The type byte of a {@link JalaliDate}. */
  static final byte JALALI_DATE = 1;

  private byte type;
  private @Nullable Object object;

  /** For serialization only: {@link Externalizable} needs a public no-argument constructor. */
  public Ser() {}

  Ser(byte type, Object object) {
    this.type = type;
    this.object = object;
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    out.writeByte(type);
    if (type == JALALI_DATE) {
      JalaliDate date = (JalaliDate) Objects.requireNonNull(object, "object");
      out.writeInt(date.getYear());
      out.writeByte(date.getMonthValue());
      out.writeByte(date.getDayOfMonth());
    } else {
      throw new InvalidClassException("Unknown serialized type " + type);
    }
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    type = in.readByte();
    if (type != JALALI_DATE) {
      throw new StreamCorruptedException("Unknown serialized type " + type);
    }
    int year = in.readInt();
    int month = in.readByte();
    int day = in.readByte();
    try {
      object = JalaliDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      StreamCorruptedException corrupt =
          new StreamCorruptedException("Not a Jalali date: " + e.getMessage());
      corrupt.initCause(e);
      throw corrupt;
    }
  }

  /** Returns the value that was read. */
  private Object readResolve() {
    return Objects.requireNonNull(object, "object");
  }
}
