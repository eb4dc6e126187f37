package org.electionatlas.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * How large a document {@link AtlasJson} reads, so that hostile or broken input fails with one
 * message instead of exhausting memory or the stack. Each limit has the name of its {@link
 * AtlasJson.Builder} method, which is also the name of the {@code atlas.…} system property the
 * command line reads, and the message for a document beyond it says how to raise it.
 */
record Limits(
    int maxNestingDepth,
    int maxStringLength,
    long maxDocumentLength,
    int maxNumberLength,
    int maxNameLength) {

  /** The limits of {@link AtlasJson#standard()}; docs/format.md explains each. */
  static final Limits DEFAULTS = new Limits(64, 1_000_000, 1L << 30, 1_000, 1_000);

  /**
   * The deepest nesting a reader may be configured for. Extension values are read, written,
   * compared, hashed and printed by recursion, once per level; at 500 levels all of that fits in
   * the default 1 MiB thread stack even before the JIT compiles it (comparing, the deepest, fails
   * past about 560 levels when interpreted).
   */
  static final int MAX_NESTING_DEPTH = 500;

  /** A document is read into one byte array, whose length is an int a little short of the max. */
  static final long MAX_DOCUMENT_LENGTH = Integer.MAX_VALUE - 8;

  private static final Pattern JACKSON_LIMIT =
      Pattern.compile("maximum allowed \\(\\d+, from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`");

  Limits {
    check("maxNestingDepth", maxNestingDepth, MAX_NESTING_DEPTH);
    check("maxStringLength", maxStringLength, Integer.MAX_VALUE);
    check("maxDocumentLength", maxDocumentLength, MAX_DOCUMENT_LENGTH);
    check("maxNumberLength", maxNumberLength, Integer.MAX_VALUE);
    check("maxNameLength", maxNameLength, Integer.MAX_VALUE);
  }

  private static void check(String name, long value, long max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(
          name + " must be from 1 to " + String.format(Locale.ROOT, "%,d", max) + ", not " + value);
    }
  }

  Limits withMaxNestingDepth(int depth) {
    return new Limits(depth, maxStringLength, maxDocumentLength, maxNumberLength, maxNameLength);
  }

  StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .build();
  }

  /** The writer nests no deeper than the reader reads, so whatever is written can be read back. */
  StreamWriteConstraints writeConstraints() {
    return StreamWriteConstraints.builder().maxNestingDepth(maxNestingDepth).build();
  }

  /** The problem of a document longer than {@link #maxDocumentLength}. */
  String documentTooLong() {
    return exceeded(
        "the document is longer than " + count(maxDocumentLength) + " bytes",
        "maxDocumentLength",
        maxDocumentLength);
  }

  /** The problem of an atlas nested deeper than {@link #maxNestingDepth}, when written. */
  String nestedTooDeep() {
    return exceeded(
        "objects and arrays nest more than " + count(maxNestingDepth) + " deep",
        "maxNestingDepth",
        maxNestingDepth);
  }

  /**
   * The problem of a CSV cell longer than {@link #maxStringLength}, which the atlas could not hold.
   */
  String cellTooLong(int length) {
    return exceeded(
        "the cell is "
            + count(length)
            + " characters long, and the atlas reader reads no string longer than "
            + count(maxStringLength),
        "maxStringLength",
        maxStringLength);
  }

  /** The problem Jackson reported as a broken constraint, said the way the other limits are. */
  String describe(StreamConstraintsException e) {
    Matcher limit = JACKSON_LIMIT.matcher(String.valueOf(e.getOriginalMessage()));
    String which = limit.find() ? limit.group(1) : "";
    return switch (which) {
      case "NestingDepth" -> nestedTooDeep();
      case "StringLength" ->
          exceeded(
              "a string is longer than " + count(maxStringLength) + " characters",
              "maxStringLength",
              maxStringLength);
      case "NumberLength" ->
          exceeded(
              "a number is longer than " + count(maxNumberLength) + " characters",
              "maxNumberLength",
              maxNumberLength);
      case "NameLength" ->
          exceeded(
              "a property name is longer than " + count(maxNameLength) + " characters",
              "maxNameLength",
              maxNameLength);
      case "DocumentLength" -> documentTooLong();
      // A constraint this library does not set (Jackson's own) keeps Jackson's words.
      default -> "the document is too large: " + e.getOriginalMessage();
    };
  }

  private static String exceeded(String what, String limit, long value) {
    return what
        + ", beyond the limit "
        + limit
        + " = "
        + value
        + "; raise it with AtlasJson.builder()."
        + limit
        + "(n) or, for the atlas command, JAVA_OPTS=-Datlas."
        + limit
        + "=n";
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
