package org.electionatlas.validation;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Station ids in pages of characters with an open-addressing hash table over them: about two bytes
 * a character and twenty-four bytes an id, where a {@code HashMap<String, Integer>} takes about a
 * hundred bytes an id. The characters are kept in pages of at most {@value #PAGE} rather than one
 * array, because doubling one array of a million ids holds both copies at once: 100 MB of a 256 MB
 * heap at the moment a streaming validation against a previous round needs it most.
 */
final class IdTable {

  private static final int EMPTY = -1;

  private static final int PAGE = 1 << 16;

  private char[][] pages = new char[4][];
  private int pageCount;

  /** Characters used of the last page. */
  private int pageUsed;

  /** The page, start and length of each added id. */
  private int[] pageOf = new int[1 << 8];

  private int[] startOf = new int[1 << 8];
  private int[] lengthOf = new int[1 << 8];

  /**
   * The string hash of each added id: a probe compares it before the characters, and a rehash reads
   * it rather than hashing every id's characters again (four bytes an id).
   */
  private int[] hashOf = new int[1 << 8];

  private int size;

  /** Slots of the hash table: the index of the first station with an id, or {@link #EMPTY}. */
  private int[] slots = emptySlots(1 << 9);

  /**
   * The id last looked up and not found, and the empty slot its probe ended at: the session looks
   * each station's id up (for duplicates) just before it adds it, and the add then needs no second
   * probe. Forgotten when any id is put into a slot.
   */
  private @Nullable String missedId;

  private int missedSlot;

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
    int hash = id.hashCode();
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int index = slots[slot];
      if (index == EMPTY) {
        missedId = id;
        missedSlot = slot;
        return EMPTY;
      }
      if (hashOf[index] == hash && idEquals(index, id)) {
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
    return new String(pages[pageOf[index]], startOf[index], lengthOf[index]);
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
    if (size == pageOf.length) {
      pageOf = Arrays.copyOf(pageOf, size * 2);
      startOf = Arrays.copyOf(startOf, size * 2);
      lengthOf = Arrays.copyOf(lengthOf, size * 2);
      hashOf = Arrays.copyOf(hashOf, size * 2);
    }
    int length = id.length();
    if (pageCount == 0 || pageUsed + length > pages[pageCount - 1].length) {
      newPage(length);
    }
    char[] page = pages[pageCount - 1];
    id.getChars(0, length, page, pageUsed);
    pageOf[size] = pageCount - 1;
    startOf[size] = pageUsed;
    lengthOf[size] = length;
    hashOf[size] = id.hashCode();
    pageUsed += length;
    String missed = missedId;
    if ((missed != null && missed.equals(id)) || indexOf(id) == EMPTY) {
      slots[missedSlot] = size;
      missedId = null;
    }
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
  }

  /** A page twice the last, from 4,096 to {@value #PAGE} characters, and never less than needed. */
  private void newPage(int needed) {
    int last = pageCount == 0 ? 1 << 11 : pages[pageCount - 1].length;
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, pageCount * 2);
    }
    pages[pageCount++] = new char[Math.max(needed, Math.min(PAGE, last * 2))];
    pageUsed = 0;
  }

  private void insert(int index, int hash) {
    missedId = null;
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (slots[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = index;
  }

  private void rehash() {
    missedId = null;
    int[] old = slots;
    slots = emptySlots(old.length * 2);
    for (int index : old) {
      if (index != EMPTY) {
        insert(index, hashOf[index]);
      }
    }
  }

  private boolean idEquals(int index, String id) {
    if (lengthOf[index] != id.length()) {
      return false;
    }
    char[] page = pages[pageOf[index]];
    int start = startOf[index];
    for (int i = 0; i < id.length(); i++) {
      if (page[start + i] != id.charAt(i)) {
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
