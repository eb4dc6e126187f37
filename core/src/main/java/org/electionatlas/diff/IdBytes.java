package org.electionatlas.diff;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * Strings kept as their UTF-8 bytes end to end in one array, with where each ends: a million
 * station ids take about their length in bytes plus four, where a {@code List<String>} takes about
 * fifty more each.
 */
final class IdBytes {

  private byte[] bytes = new byte[1 << 12];
  private int[] ends = new int[1 << 8];
  private int size;

  int size() {
    return size;
  }

  void add(String id) {
    byte[] utf8 = id.getBytes(UTF_8);
    int start = size == 0 ? 0 : ends[size - 1];
    if (start + utf8.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + utf8.length));
    }
    System.arraycopy(utf8, 0, bytes, start, utf8.length);
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
    }
    ends[size++] = start + utf8.length;
  }

  String get(int i) {
    int start = start(i);
    return new String(bytes, start, ends[i] - start, UTF_8);
  }

  /** Whether the id at {@code i} has the same bytes as the id at {@code j} of {@code other}. */
  boolean same(int i, IdBytes other, int j) {
    return Arrays.equals(bytes, start(i), ends[i], other.bytes, other.start(j), other.ends[j]);
  }

  /** A hash of the id at {@code i}, the same for equal ids of any table. */
  long hash(int i) {
    long h = 0xcbf29ce484222325L;
    for (int k = start(i); k < ends[i]; k++) {
      h = (h ^ (bytes[k] & 0xff)) * 0x100000001b3L;
    }
    return Tables.mix(h);
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }
}
