package org.electionatlas.diff;

import java.util.Arrays;

/**
 * Open-addressing tables from a {@code long} key to station positions, over primitive arrays:
 * matching a million stations must not make a million boxed entries.
 */
final class Tables {

  /** What {@link #get} gives for an absent key; positions are never negative. */
  static final int ABSENT = -1;

  /** What a key maps to when two positions claimed it: it matches neither. */
  static final int AMBIGUOUS = -2;

  private long[] keys;
  private int[] values;
  private int size;

  Tables(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, ABSENT);
  }

  /** The key's position, {@link #ABSENT} or {@link #AMBIGUOUS}. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = (int) mix(key) & mask; ; slot = (slot + 1) & mask) {
      if (values[slot] == ABSENT || keys[slot] == key) {
        return values[slot];
      }
    }
  }

  /** Maps the key to the position, or to {@link #AMBIGUOUS} if it had one already. */
  void putUnique(long key, int position) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (values[slot] != ABSENT) {
      if (keys[slot] == key) {
        values[slot] = AMBIGUOUS;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = position;
    if (++size * 2 > keys.length) {
      grow();
    }
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
        int slot = (int) mix(oldKeys[i]) & mask;
        while (values[slot] != ABSENT) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** Spreads a key's bits over all of them (Stafford's mix 13). */
  static long mix(long key) {
    long h = key;
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
