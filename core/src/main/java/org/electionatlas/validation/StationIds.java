package org.electionatlas.validation;

/**
 * The ids of the polling stations a validation has seen so far, in document order, kept once for
 * every rule and compactly (a table of characters, not a map of strings): a million ids take tens
 * of megabytes, not hundreds. During a station's check it holds the stations before it; at {@link
 * RuleCheck#end()}, all of them.
 *
 * <p>Not thread-safe: it grows as the validation goes on.
 */
public final class StationIds {

  private final IdTable table = new IdTable();

  StationIds() {}

  /** {@return how many stations have been seen} */
  public int size() {
    return table.size();
  }

  /**
   * {@return the position of the first station seen with this id, or -1 if none has it; like {@link
   * java.util.List#indexOf}}
   *
   * @param id a polling station id as the data writes it, such as {@code kerman-0001}; compared
   *     exactly
   */
  public int indexOf(String id) {
    return table.indexOf(id);
  }

  /**
   * The id of the station at the position.
   *
   * @param index the station's position in document order, counted from 0, as in the pointer {@code
   *     /pollingStations/3}
   * @return the station's id
   * @throws IndexOutOfBoundsException if no station seen has that position
   */
  public String idAt(int index) {
    if (index < 0 || index >= table.size()) {
      throw new IndexOutOfBoundsException(index);
    }
    return table.idAt(index);
  }

  void add(String id) {
    table.add(id);
  }
}
