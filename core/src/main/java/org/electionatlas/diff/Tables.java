package org.electionatlas.diff;

import java.util.Arrays;

/**
 * Open-addressing tables from a {@code long} key to station positions, over primitive arrays:
 * matching a million stations must not make a million boxed entries. The slots are kept in pages of
 * {@value #PAGE} (256 KiB of keys, 128 KiB of positions), never in one array of millions: in a
 * small heap G1 must find contiguous free regions for an array of more than half a region, and may
 * not find them even where the live heap is small.
 */
final class Tables {

  /** What {@link #get} gives for an absent key; positions are never negative. */
  static final int ABSENT = -1;

  /** What a key maps to when two positions claimed it: it matches neither. */
  static final int AMBIGUOUS = -2;

  private static final int SHIFT = 15;
  private static final int PAGE = 1 << SHIFT;
  private static final int IN_PAGE = PAGE - 1;

  private long[][] keys;
  private int[][] values;
  private long mask;
  private int size;

  Tables(int expected) {
    allocate(Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1);
  }

  private void allocate(int capacity) {
    int pages = Math.max(1, capacity >>> SHIFT);
    int length = Math.min(capacity, PAGE);
    keys = new long[pages][length];
    values = new int[pages][length];
    for (int[] page : values) {
      Arrays.fill(page, ABSENT);
    }
    mask = capacity - 1;
  }

  /** The key's position, {@link #ABSENT} or {@link #AMBIGUOUS}. */
  int get(long key) {
    for (long slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      int value = values[page(slot)][(int) slot & IN_PAGE];
      if (value == ABSENT || keys[page(slot)][(int) slot & IN_PAGE] == key) {
        return value;
      }
    }
  }

  /** Maps the key to the position, or to {@link #AMBIGUOUS} if it had one already. */
  void putUnique(long key, int position) {
    long slot = mix(key) & mask;
    while (values[page(slot)][(int) slot & IN_PAGE] != ABSENT) {
      if (keys[page(slot)][(int) slot & IN_PAGE] == key) {
        values[page(slot)][(int) slot & IN_PAGE] = AMBIGUOUS;
        return;
      }
      slot = (slot + 1) & mask;
    }
    place(slot, key, position);
    if (++size * 2L > mask + 1) {
      grow();
    }
  }

  private void place(long slot, long key, int position) {
    keys[page(slot)][(int) slot & IN_PAGE] = key;
    values[page(slot)][(int) slot & IN_PAGE] = position;
  }

  private void grow() {
    long[][] oldKeys = keys;
    int[][] oldValues = values;
    allocate((int) (mask + 1) * 2);
    for (int p = 0; p < oldKeys.length; p++) {
      for (int k = 0; k < oldKeys[p].length; k++) {
        if (oldValues[p][k] != ABSENT) {
          long slot = mix(oldKeys[p][k]) & mask;
          while (values[page(slot)][(int) slot & IN_PAGE] != ABSENT) {
            slot = (slot + 1) & mask;
          }
          place(slot, oldKeys[p][k], oldValues[p][k]);
        }
      }
    }
  }

  private static int page(long slot) {
    return (int) (slot >>> SHIFT);
  }

  /** Spreads a key's bits over all of them (Stafford's mix 13). */
  static long mix(long key) {
    long h = key;
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
