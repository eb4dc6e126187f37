package org.electionatlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Strict UTF-8 (RFC 3629) checking. Jackson decodes the strings it is asked for and skips the
 * others, and it reads an overlong encoding ({@code C0 80} for U+0000) or an encoded surrogate as
 * if it were a character; the reader instead refuses any byte sequence that is not UTF-8, where it
 * is, before it can become text that cannot be written back.
 */
final class Utf8 {

  /** The UTF-8 byte order mark, which a document may start with and which is then ignored. */
  static final int BOM_LENGTH = 3;

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= BOM_LENGTH
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  /** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
  static int firstInvalid(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      // Eight bytes of ASCII at a time: a document's structure and its Latin text.
      if (i + Long.BYTES <= bytes.length && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i, bytes.length);
      if (length < 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /**
   * The length of the valid multi-byte sequence at the offset, ending before {@code end}, or -1.
   * The ranges of the second byte rule out overlong forms, surrogates and code points above
   * U+10FFFF (RFC 3629, section 4).
   */
  static int sequenceLength(byte[] bytes, int at, int end) {
    int lead = bytes[at] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) {
        low = 0xA0;
      } else if (lead == 0xED) {
        high = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) {
        low = 0x90;
      } else if (lead == 0xF4) {
        high = 0x8F;
      }
    } else {
      return -1;
    }
    if (at + length > end) {
      return -1;
    }
    int second = bytes[at + 1] & 0xFF;
    if (second < low || second > high) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      if ((bytes[at + k] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return length;
  }

  /**
   * Whether the bytes end in the middle of a character: a start byte at the offset followed only by
   * the continuation bytes there is room for, as when a file is cut short.
   */
  static boolean endsMidCharacter(byte[] bytes, int at) {
    int lead = bytes[at] & 0xFF;
    if (lead < 0xC2 || lead > 0xF4) {
      return false;
    }
    int length = lead <= 0xDF ? 2 : lead <= 0xEF ? 3 : 4;
    if (at + length <= bytes.length) {
      return false;
    }
    for (int k = at + 1; k < bytes.length; k++) {
      if ((bytes[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** What is wrong with the sequence at an offset {@link #firstInvalid} returned, in a phrase. */
  static String describe(byte[] bytes, int at) {
    int lead = bytes[at] & 0xFF;
    if (lead <= 0xBF) {
      return "continuation byte " + hex(lead) + " without a start byte";
    }
    if (lead > 0xF4) {
      return "start byte " + hex(lead);
    }
    int length = lead <= 0xDF ? 2 : lead <= 0xEF ? 3 : 4;
    StringBuilder sequence = new StringBuilder(hex(lead));
    for (int k = 1; k < length && at + k < bytes.length; k++) {
      sequence.append(' ').append(hex(bytes[at + k] & 0xFF));
    }
    if (at + length > bytes.length) {
      return "incomplete sequence " + sequence;
    }
    int second = bytes[at + 1] & 0xFF;
    boolean continued = (second & 0xC0) == 0x80;
    if (lead <= 0xC1
        || (continued && lead == 0xE0 && second < 0xA0)
        || (continued && lead == 0xF0 && second < 0x90)) {
      return "overlong sequence " + sequence;
    }
    if (continued && lead == 0xED && second > 0x9F) {
      return "surrogate encoded as " + sequence;
    }
    if (continued && lead == 0xF4 && second > 0x8F) {
      return "sequence " + sequence + " beyond U+10FFFF";
    }
    return "incomplete sequence " + sequence;
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02x", b);
  }

  /**
   * A stream that checks, as it is read, that its bytes are UTF-8 as {@link #firstInvalid} says,
   * sequences split between two reads included; the first read that meets a byte that is not fails
   * with a {@link NotUtf8}. It lets one parser read a million stations without a second pass over
   * their bytes, on the parser's own thread.
   */
  static final class Checked extends FilterInputStream {
    // Continuation bytes still due, and the range the next one must be in.
    private int due;
    private int low = 0x80;
    private int high = 0xBF;

    Checked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(new byte[] {(byte) b}, 0, 1);
      } else {
        ended();
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int read = super.read(bytes, offset, length);
      if (read > 0) {
        check(bytes, offset, read);
      } else if (read < 0) {
        ended();
      }
      return read;
    }

    /** The end of the input in the middle of a character is not UTF-8 either. */
    private void ended() throws NotUtf8 {
      if (due > 0) {
        throw new NotUtf8();
      }
    }

    private void check(byte[] bytes, int offset, int length) throws NotUtf8 {
      int end = offset + length;
      int i = offset;
      // A character the last read cut is finished first, byte by byte.
      while (due > 0 && i < end) {
        continuation(bytes[i++] & 0xFF);
      }
      while (i < end) {
        // ASCII, eight bytes at once.
        while (i + 8 <= end && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
          i += 8;
        }
        if (i == end) {
          break;
        }
        if (bytes[i] >= 0) {
          i++;
          continue;
        }
        // A whole character in this read is checked in one go, with no state kept: most of an
        // atlas's other characters are Persian letters, two bytes each.
        int sequence = sequenceLength(bytes, i, end);
        if (sequence > 0) {
          i += sequence;
          continue;
        }
        // Not UTF-8, or a character the end of this read cuts: the state machine says which.
        lead(bytes[i++] & 0xFF);
        while (due > 0 && i < end) {
          continuation(bytes[i++] & 0xFF);
        }
        if (due > 0) {
          break; // the rest of the character comes with the next read
        }
        throw new NotUtf8(); // the character was whole, so sequenceLength found it wrong
      }
    }

    /** Takes a byte due to continue a character. */
    private void continuation(int b) throws NotUtf8 {
      if (b < low || b > high) {
        throw new NotUtf8();
      }
      due--;
      low = 0x80;
      high = 0xBF;
    }

    /** Takes a start byte: how many continuation bytes follow, and the range of the first. */
    private void lead(int b) throws NotUtf8 {
      if (b >= 0xC2 && b <= 0xDF) {
        due = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        due = 2;
        if (b == 0xE0) {
          low = 0xA0;
        } else if (b == 0xED) {
          high = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        due = 3;
        if (b == 0xF0) {
          low = 0x90;
        } else if (b == 0xF4) {
          high = 0x8F;
        }
      } else {
        throw new NotUtf8();
      }
    }
  }

  /** Thrown by {@link Checked} at the first byte that is not UTF-8. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8() {
      super("not UTF-8");
    }
  }
}
