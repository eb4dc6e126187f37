package org.electionatlas.diff;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * Strings kept as their UTF-8 bytes end to end, with where each ends: a million station ids take
 * about their length in bytes plus four, where a {@code List<String>} takes about fifty more each.
 *
 * <p>The bytes are kept in pages of {@value #PAGE} bytes, never in one array grown by doubling,
 * which in a small heap wasted up to half its length and made G1 find contiguous room for tens of
 * megabytes. Positions run on across pages as if they were one array; an id that would cross into
 * the next page starts at that page instead, so that only one longer than a page spans pages.
 */
final class IdBytes {

  private static final int SHIFT = 16;
  private static final int PAGE = 1 << SHIFT;

  private byte[][] pages = new byte[4][];
  private int[] ends = new int[1 << 8];
  private int size;

  int size() {
    return size;
  }

  void add(String id) {
    byte[] utf8 = id.getBytes(UTF_8);
    int previous = size == 0 ? 0 : ends[size - 1];
    int start = previous;
    if ((start & (PAGE - 1)) + utf8.length > PAGE) {
      start = roundUp(start);
    }
    int end = Math.addExact(start, utf8.length);
    for (int k = 0; k < utf8.length; ) {
      int at = start + k;
      byte[] page = page(at >>> SHIFT);
      int n = Math.min(utf8.length - k, PAGE - (at & (PAGE - 1)));
      System.arraycopy(utf8, k, page, at & (PAGE - 1), n);
      k += n;
    }
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
    }
    ends[size++] = end;
  }

  private byte[] page(int number) {
    if (number >= pages.length) {
      pages = Arrays.copyOf(pages, Math.max(pages.length * 2, number + 1));
    }
    byte[] page = pages[number];
    if (page == null) {
      page = new byte[PAGE];
      pages[number] = page;
    }
    return page;
  }

  String get(int i) {
    int start = start(i);
    byte[] utf8 = new byte[ends[i] - start];
    for (int k = 0; k < utf8.length; k++) {
      utf8[k] = at(start + k);
    }
    return new String(utf8, UTF_8);
  }

  /** Whether the id at {@code i} has the same bytes as the id at {@code j} of {@code other}. */
  boolean same(int i, IdBytes other, int j) {
    int start = start(i);
    int otherStart = other.start(j);
    int length = ends[i] - start;
    if (length != other.ends[j] - otherStart) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (at(start + k) != other.at(otherStart + k)) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the id at {@code i}, the same for equal ids of any table. */
  long hash(int i) {
    long h = 0xcbf29ce484222325L;
    for (int k = start(i); k < ends[i]; k++) {
      h = (h ^ (at(k) & 0xff)) * 0x100000001b3L;
    }
    return Tables.mix(h);
  }

  private byte at(int position) {
    return pages[position >>> SHIFT][position & (PAGE - 1)];
  }

  /**
   * Where the id at {@code i} starts: where the one before it ends, unless it was moved on to the
   * next page, which is so exactly when its last byte lies in a later page than that end.
   */
  private int start(int i) {
    int previous = i == 0 ? 0 : ends[i - 1];
    int end = ends[i];
    if (end == previous || (previous >>> SHIFT) == ((end - 1) >>> SHIFT)) {
      return previous;
    }
    return roundUp(previous);
  }

  private static int roundUp(int position) {
    return (position + PAGE - 1) & -PAGE;
  }
}
