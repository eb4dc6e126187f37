package org.electionatlas.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.electionatlas.model.ExtensionValue;
import org.electionatlas.model.LocalizedName;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The values the hand binders ({@link StationBinder}, {@link AtlasBinder}) read straight from the
 * parser, each exactly as databind reads it through {@link AtlasJson}'s mapper and {@link Codecs},
 * and only in the plain shape: the one token type the mapper reads without coercion, no {@code
 * null} where it would go through the mix-ins' null handling, every key once. Anything else throws
 * {@link GiveUp}, and the binder leaves the value to databind.
 */
final class PlainShape {

  private PlainShape() {}

  /** Why a value is given up; one instance without a stack, since it is thrown often. */
  static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super("not the plain shape", null, false, false);
    }
  }

  static final GiveUp GIVE_UP = new GiveUp();

  /** The tags {@link Codecs}'s name reader takes besides {@code fa} and {@code en}. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /** What {@link #nextKey} returns at the object's end. */
  static final int END = PropertyNameMatcher.MATCH_END_OBJECT;

  /**
   * {@return the keys a binder reads, each known by its index in the list} Matching names this way
   * compares the bytes the parser reads with the keys, where {@link JsonParser#nextName()} first
   * finds or makes the name's string in the parser's symbol table: a million stations have 25
   * million names.
   */
  static PropertyNameMatcher keys(String... names) {
    return BinaryNameMatcher.construct(List.of(names));
  }

  /**
   * {@return the index among the keys of the object's next name, or {@link #END} at its end}; a
   * name not among them, or no name, is given up
   */
  static int nextKey(JsonParser p, PropertyNameMatcher keys) throws GiveUp {
    int key = p.nextNameMatch(keys);
    if (key < END) {
      throw GIVE_UP;
    }
    return key;
  }

  /** A loop over names ended on something else than the object's end: not the plain shape. */
  static void endObject(JsonParser p) throws GiveUp {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw GIVE_UP;
    }
  }

  static void startObject(JsonToken token) throws GiveUp {
    if (token != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
  }

  /** {@return the bits seen with this one added}, giving up when it was seen already */
  static int once(int seen, int bit) throws GiveUp {
    if ((seen & bit) != 0) {
      throw GIVE_UP;
    }
    return seen | bit;
  }

  /** A string, as the mapper reads one: no number, boolean or null coerced into it. */
  static String string(JsonParser p, JsonToken token) throws GiveUp {
    if (token != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    return p.getString();
  }

  /** An int, as the mapper reads one: an integer literal within an int, never a float. */
  static int integer(JsonParser p, JsonToken token) throws GiveUp {
    if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw GIVE_UP;
    }
    return p.getIntValue();
  }

  /** A double, as {@link Codecs}'s finite reader reads one: any number but one beyond a double. */
  static double decimal(JsonParser p, JsonToken token) throws GiveUp {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw GIVE_UP;
    }
    double value = p.getDoubleValue();
    if (Double.isInfinite(value)) {
      throw GIVE_UP;
    }
    return value;
  }

  static boolean bool(JsonToken token) throws GiveUp {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GIVE_UP;
  }

  /**
   * The constant of exactly this name, as {@link Codecs.ExactEnumDeserializer} reads it (no case
   * folding, no index, no trimming); any other token or text is given up.
   */
  static <E extends Enum<?>> E constant(Codecs.EnumNames<E> names, JsonParser p, JsonToken token)
      throws GiveUp {
    E found = names.find(string(p, token));
    if (found == null) {
      throw GIVE_UP;
    }
    return found;
  }

  private static final int FA = 0;
  private static final int EN = 1;
  private static final PropertyNameMatcher TAGS = keys("fa", "en");

  /**
   * A name as {@link Codecs}'s reader makes it: texts by language tag, a non-blank {@code fa} among
   * them, and the same factory for the same tags.
   */
  static LocalizedName name(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    @Nullable String fa = null;
    @Nullable String en = null;
    @Nullable Map<String, String> others = null;
    for (int tag = p.nextNameMatch(TAGS); tag != END; tag = p.nextNameMatch(TAGS)) {
      String text = string(p, p.nextToken());
      if (tag == FA && fa == null) {
        if (text.isBlank()) {
          throw GIVE_UP;
        }
        fa = text;
      } else if (tag == EN && en == null) {
        en = text;
      } else if (tag == PropertyNameMatcher.MATCH_UNKNOWN_NAME
          && LANGUAGE_TAG.matcher(p.currentName()).matches()) {
        if (others == null) {
          others = new LinkedHashMap<>();
        }
        if (others.put(p.currentName(), text) != null) {
          throw GIVE_UP;
        }
      } else {
        throw GIVE_UP;
      }
    }
    endObject(p);
    if (fa == null) {
      throw GIVE_UP;
    }
    if (others == null) {
      return en == null ? LocalizedName.of(fa) : LocalizedName.of(fa, en);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("fa", fa);
    if (en != null) {
      values.put("en", en);
    }
    values.putAll(others);
    return LocalizedName.of(values);
  }

  /**
   * An object of strings by key, such as external ids, each put into a builder's map, which refuses
   * a key put twice when built.
   */
  static void strings(JsonParser p, JsonToken token, BiConsumer<String, String> into)
      throws GiveUp {
    startObject(token);
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      into.accept(key, string(p, p.nextToken()));
    }
    endObject(p);
  }

  /**
   * An {@code extensions} object, each member put into a builder's map, which refuses a key put
   * twice when built.
   */
  static void extensions(JsonParser p, JsonToken token, BiConsumer<String, ExtensionValue> into)
      throws GiveUp {
    startObject(token);
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      into.accept(name, topExtension(p));
    }
    endObject(p);
  }

  /**
   * A member of an {@code extensions} object. A {@code null} there goes through the mix-ins' null
   * handling rather than the extension reader, so it is given up; below the top level the extension
   * reader reads every value itself.
   */
  private static ExtensionValue topExtension(JsonParser p) throws GiveUp {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_NULL) {
      throw GIVE_UP;
    }
    return extension(p, token);
  }

  /** An extension value as {@link Codecs}'s extension reader makes it from the same tokens. */
  private static ExtensionValue extension(JsonParser p, JsonToken token) throws GiveUp {
    return switch (token) {
      case START_OBJECT -> {
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
          if (members.put(name, extension(p, p.nextToken())) != null) {
            throw GIVE_UP;
          }
        }
        endObject(p);
        yield new ExtensionValue.ObjectValue(members);
      }
      case START_ARRAY -> {
        List<ExtensionValue> elements = new ArrayList<>();
        for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
          if (next == null) {
            throw GIVE_UP;
          }
          elements.add(extension(p, next));
        }
        yield new ExtensionValue.ArrayValue(elements);
      }
      case VALUE_STRING -> new ExtensionValue.StringValue(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ExtensionValue.NumberValue(p.getString());
      case VALUE_TRUE -> new ExtensionValue.BooleanValue(true);
      case VALUE_FALSE -> new ExtensionValue.BooleanValue(false);
      case VALUE_NULL -> ExtensionValue.NullValue.INSTANCE;
      default -> throw GIVE_UP;
    };
  }
}
