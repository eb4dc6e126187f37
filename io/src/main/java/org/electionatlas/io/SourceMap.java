package org.electionatlas.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.electionatlas.validation.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a document was found: JSON pointer to line and column. Lets a report say
 * {@code kerman.json:1042:17} for a finding at {@code /pollingStations/57/county}.
 *
 * <p>A pointer that was not recorded (the value is missing, for example) is located at its nearest
 * recorded ancestor, so every finding gets the most precise place the document offers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SourceMap {

  private final String source;
  private final byte[] document;
  private final Supplier<Map<String, Integer>> offsetSupplier;
  // Both made when a location is first asked for: most documents are read without any.
  private @Nullable Map<String, Integer> offsets;
  private int @Nullable [] lineStarts;
  private final Placement placement;

  /**
   * Where the bytes a map reads sit in the file they were cut from: a streaming validator reads an
   * atlas's frame and each of its stations as separate documents, and names lines and columns of
   * the whole file.
   */
  @FunctionalInterface
  interface Placement {
    /** Where the value at this line and column (and byte offset) of the piece is in the file. */
    SourceLocation place(int line, int column, int offset);

    Placement AS_IS = (line, column, offset) -> new SourceLocation(line, column);

    /** A piece that starts at this line and column of the file. */
    static Placement from(int firstLine, int firstColumn) {
      return (line, column, offset) ->
          line == 1
              ? new SourceLocation(firstLine, firstColumn + column - 1)
              : new SourceLocation(firstLine + line - 1, column);
    }
  }

  /**
   * @param offsets where each pointer's value starts, made on first use
   */
  SourceMap(
      String source, byte[] document, Supplier<Map<String, Integer>> offsets, Placement placement) {
    this.source = source;
    this.document = document;
    this.offsetSupplier = offsets;
    this.placement = placement;
  }

  /**
   * {@return the name of the document: a file path, {@code -} for standard input, or a given name}
   */
  public String source() {
    return source;
  }

  /** Where the value at the pointer starts, or where its nearest recorded ancestor starts. */
  public Optional<SourceLocation> locate(String pointer) {
    String p = pointer;
    while (true) {
      Integer offset = offsets().get(p);
      if (offset != null) {
        return Optional.of(locationOf(offset));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** The line and column of a byte offset into the document. */
  SourceLocation locationOf(long byteOffset) {
    // Jackson gives -1 for an offset it does not know.
    int[] lineStarts = lineStarts();
    int offset = (int) Math.max(lineStarts[0], Math.min(byteOffset, document.length));
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    int start = lineStarts[line];
    String prefix = new String(document, start, offset - start, StandardCharsets.UTF_8);
    return placement.place(line + 1, prefix.codePointCount(0, prefix.length()) + 1, offset);
  }

  private synchronized Map<String, Integer> offsets() {
    if (offsets == null) {
      offsets = offsetSupplier.get();
    }
    return offsets;
  }

  private synchronized int[] lineStarts() {
    if (lineStarts == null) {
      lineStarts = lineStarts(document);
    }
    return lineStarts;
  }

  private static int[] lineStarts(byte[] document) {
    int lines = 1;
    for (byte b : document) {
      if (b == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    // A byte order mark is not a character of the first line: columns count from after it.
    starts[0] = Utf8.startsWithBom(document) ? Utf8.BOM_LENGTH : 0;
    int line = 1;
    for (int i = 0; i < document.length; i++) {
      if (document[i] == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
