package org.electionatlas.validation;

import java.util.Arrays;

/**
 * Station ids in one growing array of characters with an open-addressing hash table over it: about
 * two bytes a character and twelve bytes an id, where a {@code HashMap<String, Integer>} takes
 * about a hundred bytes an id.
 */
final class IdTable {

  private static final int EMPTY = -1;

  private char[] characters = new char[1 << 12];
  private int used;

  /** Where each added id starts in {@link #characters}; the next one's start is where it ends. */
  private int[] starts = new int[1 << 8];

  private int size;

  /** Slots of the hash table: the index of the first station with an id, or {@link #EMPTY}. */
  private int[] slots = emptySlots(1 << 9);

  private static int[] emptySlots(int length) {
    int[] slots = new int[length];
    Arrays.fill(slots, EMPTY);
    return slots;
  }

  int size() {
    return size;
  }

  int indexOf(String id) {
    int mask = slots.length - 1;
    for (int slot = mix(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int index = slots[slot];
      if (index == EMPTY || idEquals(index, id)) {
        return index;
      }
    }
  }

  /**
   * The id added at {@code index}, rebuilt from the characters: for a message naming an earlier
   * station, without anyone keeping its string.
   */
  String idAt(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("no id at " + index + " of " + size);
    }
    return new String(characters, starts[index], starts[index + 1] - starts[index]);
  }

  /**
   * The index of the id, adding it first when it is new: a small int for each distinct value, such
   * as a county id that stations name (a used table holds each value once).
   */
  int intern(String id) {
    int index = indexOf(id);
    if (index == EMPTY) {
      index = size;
      add(id);
    }
    return index;
  }

  /** Adds the next station's id; a repeated id keeps pointing at its first station. */
  void add(String id) {
    if (size == starts.length - 1) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    if (used + id.length() > characters.length) {
      characters = Arrays.copyOf(characters, Math.max(characters.length * 2, used + id.length()));
    }
    id.getChars(0, id.length(), characters, used);
    starts[size] = used;
    used += id.length();
    starts[size + 1] = used;
    if (indexOf(id) == EMPTY) {
      insert(size, id.hashCode());
    }
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
  }

  private void insert(int index, int hash) {
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (slots[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = index;
  }

  private void rehash() {
    int[] old = slots;
    slots = emptySlots(old.length * 2);
    for (int index : old) {
      if (index != EMPTY) {
        insert(index, hashOf(index));
      }
    }
  }

  private int hashOf(int index) {
    int hash = 0;
    for (int i = starts[index]; i < starts[index + 1]; i++) {
      hash = 31 * hash + characters[i];
    }
    return hash;
  }

  private boolean idEquals(int index, String id) {
    int start = starts[index];
    if (starts[index + 1] - start != id.length()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (characters[start + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Spreads the string hash's low bits, which are poor for ids differing only at the end. */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
