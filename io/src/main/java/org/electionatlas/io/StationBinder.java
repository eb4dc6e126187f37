package org.electionatlas.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.electionatlas.model.ExtensionValue;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.Staff;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds one polling station straight from the parser, token by token, into the model's builders:
 * what databind does through {@link ModelMixins} and {@link Codecs}, without its per-property
 * machinery. Used by the stream's one parser, where binding was as slow as all the rules together.
 *
 * <p>It accepts only the plain shape, in which every value it binds is the value databind binds
 * from the same tokens: the station's own keys, each once, each value of the one token type the
 * mapper reads for it without coercion (a string for a string, an integer that fits an int for an
 * int, a number for a double, {@code true} or {@code false} for a boolean, an enum constant's exact
 * name for an enum), and extension values that are not {@code null} at their top level. On anything
 * else it gives up on the station and says so by returning null, with the parser at the station's
 * end: the caller then binds the station's bytes with databind, which binds it or says what is
 * wrong exactly as before. So a station given up costs a second read of its bytes and nothing else;
 * a station accepted is equal to the one databind gives.
 *
 * <p>A key read twice in any object is given up here, so that the parser need not check for one
 * (its check, a set of names per object, cost a sixth of binding): the binder's own keys by a bit
 * each, names' tags and extension members by the map they go into, external ids and extensions by
 * the builders' maps, which refuse a key put twice when built. What the parser refuses (malformed
 * JSON, a string, name or number beyond the limits, nesting too deep, bytes that are not UTF-8) it
 * throws here as it would under databind.
 */
final class StationBinder {

  private StationBinder() {}

  /** Why a station is given up; one instance without a stack, since it is thrown often. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("not the plain shape", null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  /** The tags {@link Codecs}'s name reader takes besides {@code fa} and {@code en}. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /**
   * Binds the station whose {@code START_OBJECT} is the parser's current token.
   *
   * @param p the parser, at the station's {@code START_OBJECT}
   * @return the station, or null when it is not of the plain shape; either way the parser is left
   *     at the station's {@code END_OBJECT}
   */
  static @Nullable PollingStation bind(JsonParser p) {
    int depth = p.streamReadContext().getNestingDepth();
    try {
      return station(p);
    } catch (GiveUp | IllegalArgumentException | IllegalStateException e) {
      // A builder or a factory refused a value (a required one missing, a blank name), or the
      // shape is not the plain one: databind says what it makes of it.
      skipToEnd(p, depth);
      return null;
    }
  }

  /**
   * Moves the parser to the end of the station object whose contents nest at {@code depth}, from
   * wherever inside it binding stopped.
   */
  private static void skipToEnd(JsonParser p, int depth) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
    while (p.streamReadContext().getNestingDepth() >= depth) {
      JsonToken next = p.nextToken();
      if (next == null) {
        // Only a parser at the end of its input has nothing more; the caller finds it so too.
        return;
      }
      if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
    }
  }

  // Bits of the station's keys seen, so that a key read twice is given up.
  private static final int ID = 1;
  private static final int COUNTY = 1 << 1;
  private static final int NUMBER = 1 << 2;
  private static final int NAME = 1 << 3;
  private static final int ADDRESS = 1 << 4;
  private static final int SETTLEMENT = 1 << 5;
  private static final int LOCATION = 1 << 6;
  private static final int KIND = 1 << 7;
  private static final int VOTING_METHOD = 1 << 8;
  private static final int EXPECTED_VOTERS = 1 << 9;
  private static final int ACCESSIBLE = 1 << 10;
  private static final int STAFF = 1 << 11;
  private static final int RISK = 1 << 12;
  private static final int EXTERNAL_IDS = 1 << 13;
  private static final int EXTENSIONS = 1 << 14;

  private static PollingStation station(JsonParser p) throws GiveUp {
    PollingStation.Builder station = PollingStation.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      int bit = bitOf(key);
      if ((seen & bit) != 0) {
        throw GIVE_UP;
      }
      seen |= bit;
      JsonToken token = p.nextToken();
      switch (bit) {
        case ID -> station.id(string(p, token));
        case COUNTY -> station.county(string(p, token));
        case NUMBER -> station.number(integer(p, token));
        case NAME -> station.name(name(p, token));
        case ADDRESS -> station.address(string(p, token));
        case SETTLEMENT -> station.settlement(settlement(p, token));
        case LOCATION -> station.location(location(p, token));
        case KIND -> station.kind(constant(STATION_KINDS, string(p, token)));
        case VOTING_METHOD -> station.votingMethod(constant(VOTING_METHODS, string(p, token)));
        case EXPECTED_VOTERS -> station.expectedVoters(integer(p, token));
        case ACCESSIBLE -> station.accessible(bool(token));
        case STAFF -> station.staff(staff(p, token));
        case RISK -> station.risk(risk(p, token));
        case EXTERNAL_IDS -> externalIds(p, token, station);
        case EXTENSIONS -> {
          startObject(token);
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            station.putExtension(name, topExtension(p));
          }
        }
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return station.build();
  }

  private static int bitOf(String key) throws GiveUp {
    return switch (key) {
      case "id" -> ID;
      case "county" -> COUNTY;
      case "number" -> NUMBER;
      case "name" -> NAME;
      case "address" -> ADDRESS;
      case "settlement" -> SETTLEMENT;
      case "location" -> LOCATION;
      case "kind" -> KIND;
      case "votingMethod" -> VOTING_METHOD;
      case "expectedVoters" -> EXPECTED_VOTERS;
      case "accessible" -> ACCESSIBLE;
      case "staff" -> STAFF;
      case "risk" -> RISK;
      case "externalIds" -> EXTERNAL_IDS;
      case "extensions" -> EXTENSIONS;
      default -> throw GIVE_UP;
    };
  }

  /** A loop over names ended on something else than the object's end: not the plain shape. */
  private static void endObject(JsonParser p) throws GiveUp {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw GIVE_UP;
    }
  }

  private static void startObject(JsonToken token) throws GiveUp {
    if (token != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
  }

  /** A string, as the mapper reads one: no number, boolean or null coerced into it. */
  private static String string(JsonParser p, JsonToken token) throws GiveUp {
    if (token != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    return p.getString();
  }

  /** An int, as the mapper reads one: an integer literal within an int, never a float. */
  private static int integer(JsonParser p, JsonToken token) throws GiveUp {
    if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw GIVE_UP;
    }
    return p.getIntValue();
  }

  /** A double, as {@link Codecs}'s finite reader reads one: any number but one beyond a double. */
  private static double decimal(JsonParser p, JsonToken token) throws GiveUp {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw GIVE_UP;
    }
    double value = p.getDoubleValue();
    if (Double.isInfinite(value)) {
      throw GIVE_UP;
    }
    return value;
  }

  private static boolean bool(JsonToken token) throws GiveUp {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GIVE_UP;
  }

  // Enums by their exact names, as databind reads them (no case folding, no index, no trimming).

  private static final Codecs.EnumNames<StationKind> STATION_KINDS =
      new Codecs.EnumNames<>(StationKind.values());
  private static final Codecs.EnumNames<VotingMethod> VOTING_METHODS =
      new Codecs.EnumNames<>(VotingMethod.values());
  private static final Codecs.EnumNames<SettlementKind> SETTLEMENT_KINDS =
      new Codecs.EnumNames<>(SettlementKind.values());
  private static final Codecs.EnumNames<RiskLevel> RISK_LEVELS =
      new Codecs.EnumNames<>(RiskLevel.values());

  /** The constant of exactly this name, as the mapper reads it; any other text is given up. */
  private static <E extends Enum<?>> E constant(Codecs.EnumNames<E> names, String text)
      throws GiveUp {
    E found = names.find(text);
    if (found == null) {
      throw GIVE_UP;
    }
    return found;
  }

  /**
   * A name as {@link Codecs}'s reader makes it: texts by language tag, a non-blank {@code fa} among
   * them, and the same factory for the same tags.
   */
  private static LocalizedName name(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    @Nullable String fa = null;
    @Nullable String en = null;
    @Nullable Map<String, String> others = null;
    for (String tag = p.nextName(); tag != null; tag = p.nextName()) {
      String text = string(p, p.nextToken());
      if (tag.equals("fa") && fa == null) {
        if (text.isBlank()) {
          throw GIVE_UP;
        }
        fa = text;
      } else if (tag.equals("en") && en == null) {
        en = text;
      } else if (!tag.equals("fa") && !tag.equals("en") && LANGUAGE_TAG.matcher(tag).matches()) {
        if (others == null) {
          others = new LinkedHashMap<>();
        }
        if (others.put(tag, text) != null) {
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

  private static Settlement settlement(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Settlement.Builder settlement = Settlement.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      JsonToken value = p.nextToken();
      switch (key) {
        case "name" -> {
          seen = once(seen, 1);
          settlement.name(name(p, value));
        }
        case "kind" -> {
          seen = once(seen, 2);
          settlement.kind(constant(SETTLEMENT_KINDS, string(p, value)));
        }
        case "extensions" -> {
          seen = once(seen, 4);
          startObject(value);
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            settlement.putExtension(name, topExtension(p));
          }
        }
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return settlement.build();
  }

  private static Location location(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    double lat = 0;
    double lon = 0;
    Location.@Nullable Builder extended = null;
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      JsonToken value = p.nextToken();
      switch (key) {
        case "lat" -> {
          seen = once(seen, 1);
          lat = decimal(p, value);
        }
        case "lon" -> {
          seen = once(seen, 2);
          lon = decimal(p, value);
        }
        case "extensions" -> {
          seen = once(seen, 4);
          startObject(value);
          extended = Location.builder();
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            extended.putExtension(name, topExtension(p));
          }
        }
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    if ((seen & 3) != 3) {
      throw GIVE_UP;
    }
    return extended == null ? Location.of(lat, lon) : extended.lat(lat).lon(lon).build();
  }

  private static Staff staff(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    int officials = 0;
    int observers = 0;
    Staff.@Nullable Builder extended = null;
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      JsonToken value = p.nextToken();
      switch (key) {
        case "officials" -> {
          seen = once(seen, 1);
          officials = integer(p, value);
        }
        case "observers" -> {
          seen = once(seen, 2);
          observers = integer(p, value);
        }
        case "extensions" -> {
          seen = once(seen, 4);
          startObject(value);
          extended = Staff.builder();
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            extended.putExtension(name, topExtension(p));
          }
        }
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    if ((seen & 3) != 3) {
      throw GIVE_UP;
    }
    return extended == null
        ? Staff.of(officials, observers)
        : extended.officials(officials).observers(observers).build();
  }

  private static Risk risk(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Risk.Builder risk = Risk.builder();
    int seen = 0;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      JsonToken value = p.nextToken();
      switch (key) {
        case "level" -> {
          seen = once(seen, 1);
          risk.level(constant(RISK_LEVELS, string(p, value)));
        }
        case "note" -> {
          seen = once(seen, 2);
          risk.note(string(p, value));
        }
        case "extensions" -> {
          seen = once(seen, 4);
          startObject(value);
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            risk.putExtension(name, topExtension(p));
          }
        }
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return risk.build();
  }

  private static void externalIds(JsonParser p, JsonToken token, PollingStation.Builder station)
      throws GiveUp {
    startObject(token);
    for (String scheme = p.nextName(); scheme != null; scheme = p.nextName()) {
      station.putExternalId(scheme, string(p, p.nextToken()));
    }
    endObject(p);
  }

  private static int once(int seen, int bit) throws GiveUp {
    if ((seen & bit) != 0) {
      throw GIVE_UP;
    }
    return seen | bit;
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
