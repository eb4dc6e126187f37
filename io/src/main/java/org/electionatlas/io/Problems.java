package org.electionatlas.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.electionatlas.validation.SourceLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what Jackson's binding reports into one sentence a person can act on, located by JSON
 * pointer, line and column. Jackson's own messages name Java classes and builders; ours name the
 * atlas's properties and say what was expected.
 */
final class Problems {

  private static final Pattern MISSING_REQUIRED =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  private Problems() {}

  static AtlasFormatException translate(JacksonException e, SourceMap map, Limits limits) {
    return translate(e, map, limits, "");
  }

  /**
   * Translates an exception from binding a value found at {@code base}, such as one station of a
   * streamed atlas at {@code /pollingStations/12}.
   */
  static AtlasFormatException translate(
      JacksonException e, SourceMap map, Limits limits, String base) {
    String pointer = base + pointerOf(e.getPath());
    // Strings are decoded only when bound, so a string beyond its limit is found here.
    String problem =
        e instanceof StreamConstraintsException limit ? limits.describe(limit) : describe(e);
    SourceLocation at =
        map.locate(pointer)
            .orElseGet(
                () ->
                    map.locationOf(
                        e.getLocation() == null
                            ? 0
                            : Math.max(0, e.getLocation().getByteOffset())));
    return new AtlasFormatException(map.source(), pointer, at.line(), at.column(), problem);
  }

  private static String pointerOf(List<JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      pointer.append('/');
      if (reference.getPropertyName() != null) {
        pointer.append(DocumentScanner.escape(reference.getPropertyName()));
      } else {
        pointer.append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String describe(JacksonException e) {
    if (e instanceof Codecs.FormatProblem) {
      return e.getOriginalMessage();
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknownProperty(unknown);
    }
    if (e instanceof InvalidNullException invalidNull) {
      return "null is not allowed for \""
          + invalidNull.getPropertyName()
          + "\"; leave the property out if it has no value";
    }
    if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
      return "\""
          + invalid.getValue()
          + "\" is not a valid "
          + nounOf(invalid.getTargetType())
          + "; expected one of "
          + constantsOf(invalid.getTargetType());
    }
    if (e instanceof ValueInstantiationException instantiation) {
      return instantiationProblem(instantiation);
    }
    if (e instanceof InputCoercionException coercion) {
      return "the number "
          + coercion.getOriginalMessage().replaceFirst("^Numeric value \\((.*)\\) out.*$", "$1")
          + " is out of range for "
          + expected(coercion.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      JsonToken found = mismatch.getCurrentToken();
      return "expected "
          + expected(mismatch.getTargetType())
          + (found == null ? "" : " but found " + Codecs.describe(found));
    }
    return String.valueOf(e.getOriginalMessage());
  }

  private static String unknownProperty(UnrecognizedPropertyException e) {
    String name = e.getPropertyName();
    Collection<Object> known = e.getKnownPropertyIds();
    String where = " in " + withArticle(nounOf(e.getReferringClass()));
    List<String> names =
        known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList();
    String nearest =
        names.stream()
            .min(Comparator.comparingInt((String candidate) -> distance(name, candidate)))
            .filter(candidate -> distance(name, candidate) <= Math.max(2, name.length() / 3))
            .orElse(null);
    if (nearest != null) {
      return "unknown property \"" + name + "\"" + where + "; did you mean \"" + nearest + "\"?";
    }
    return "unknown property \""
        + name
        + "\""
        + where
        + "; expected one of "
        + String.join(", ", names)
        + (names.contains("extensions") ? " (put your own data under \"extensions\")" : "");
  }

  private static String instantiationProblem(ValueInstantiationException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String message = String.valueOf(cause.getMessage());
    Matcher missing = MISSING_REQUIRED.matcher(message);
    if (missing.find()) {
      List<String> properties = Arrays.asList(missing.group(2).split(",\\s*"));
      String noun = withArticle(nounOf(missing.group(1)));
      return properties.size() == 1
          ? "missing required property \"" + properties.get(0) + "\" in " + noun
          : "missing required properties "
              + properties.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))
              + " in "
              + noun;
    }
    return message;
  }

  /** What a value of the type looks like in JSON, for "expected …" messages. */
  static String expected(Class<?> type) {
    if (type == String.class || type == CharSequence.class) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + constantsOf(type);
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return withArticle(nounOf(type)) + " object";
  }

  private static String constantsOf(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }

  /** {@code PollingStation} and its builder read as "polling station". */
  private static String nounOf(Class<?> type) {
    Class<?> named = type.getSimpleName().equals("Builder") ? type.getEnclosingClass() : type;
    return nounOf(named == null ? type.getSimpleName() : named.getSimpleName());
  }

  private static String nounOf(String simpleName) {
    return simpleName
        .replace("Immutable", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
  }

  private static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** Levenshtein distance, for "did you mean". Property names are short, so quadratic is fine. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution =
            previous[j - 1]
                + (Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1))
                    ? 0
                    : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
