package org.electionatlas.validation;

import java.util.Arrays;

/**
 * A map from {@code long} keys to non-negative {@code int} values (station positions), by open
 * addressing over two primitive arrays: at most 48 bytes an entry and usually about 24, where a
 * {@code HashMap<Long, Integer>} takes about 80.
 */
final class LongIntTable {

  /** What {@link #get} returns for a key that is absent; values are never negative. */
  static final int ABSENT = -1;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntTable() {
    keys = new long[1 << 8];
    values = new int[1 << 8];
    Arrays.fill(values, ABSENT);
  }

  int size() {
    return size;
  }

  /** The key's value, or {@link #ABSENT}. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      if (values[slot] == ABSENT || keys[slot] == key) {
        return values[slot];
      }
    }
  }

  /**
   * Maps the key to the value unless it has one already.
   *
   * @return the value the key already had, or {@link #ABSENT} when it has just been given this one
   */
  int putIfAbsent(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values are not negative: " + value);
    }
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (values[slot] != ABSENT) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return ABSENT;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, ABSENT);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != ABSENT) {
        int slot = mix(oldKeys[i]) & mask;
        while (values[slot] != ABSENT) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** Spreads the key's bits over the low ones, which pick the slot (Stafford's mix 13). */
  private static int mix(long key) {
    long h = key;
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return (int) (h ^ (h >>> 31));
  }
}
