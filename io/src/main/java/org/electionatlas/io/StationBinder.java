package org.electionatlas.io;

import static java.util.Objects.requireNonNull;
import static org.electionatlas.io.PlainShape.END;
import static org.electionatlas.io.PlainShape.GIVE_UP;
import static org.electionatlas.io.PlainShape.bool;
import static org.electionatlas.io.PlainShape.constant;
import static org.electionatlas.io.PlainShape.decimal;
import static org.electionatlas.io.PlainShape.endObject;
import static org.electionatlas.io.PlainShape.extensions;
import static org.electionatlas.io.PlainShape.integer;
import static org.electionatlas.io.PlainShape.keys;
import static org.electionatlas.io.PlainShape.name;
import static org.electionatlas.io.PlainShape.nextKey;
import static org.electionatlas.io.PlainShape.once;
import static org.electionatlas.io.PlainShape.startObject;
import static org.electionatlas.io.PlainShape.string;
import static org.electionatlas.io.PlainShape.strings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.electionatlas.io.PlainShape.GiveUp;
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
import tools.jackson.core.sym.PropertyNameMatcher;

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

  /**
   * Binds the station whose {@code START_OBJECT} is the parser's current token.
   *
   * @param p the parser, at the station's {@code START_OBJECT}
   * @return the station, or null when it is not of the plain shape; either way the parser is left
   *     at the station's {@code END_OBJECT}
   */
  static @Nullable PollingStation bind(JsonParser p) {
    return bind(p, Map.of());
  }

  /**
   * Binds the station as {@link #bind(JsonParser)} does, giving it the very string of {@code
   * counties} that equals its county id, when one does. The stream's reading thread passes the
   * frame's county ids: the rules look every station's county up among the frame's counties, and an
   * id that is the key itself is found without reading a string the other thread has just made,
   * whose characters are in the other core's cache.
   *
   * @param counties county ids, each mapped to itself
   */
  static @Nullable PollingStation bind(JsonParser p, Map<String, String> counties) {
    int depth = p.streamReadContext().getNestingDepth();
    try {
      return station(p, counties);
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

  // The station's keys by their index in the order the writer writes them, which the mix-in's
  // @JsonPropertyOrder gives (one list of the station's keys); a key's bit in `seen` is 1 << its
  // index. Were the two to disagree, a key would bind into another field, and every test that
  // compares a bound station with databind's would fail.
  private static final int ID = 0;
  private static final int COUNTY = 1;
  private static final int NUMBER = 2;
  private static final int NAME = 3;
  private static final int ADDRESS = 4;
  private static final int SETTLEMENT = 5;
  private static final int LOCATION = 6;
  private static final int KIND = 7;
  private static final int VOTING_METHOD = 8;
  private static final int EXPECTED_VOTERS = 9;
  private static final int ACCESSIBLE = 10;
  private static final int STAFF = 11;
  private static final int RISK = 12;
  private static final int EXTERNAL_IDS = 13;
  private static final int EXTENSIONS = 14;

  private static final PropertyNameMatcher STATION_KEYS =
      keys(
          requireNonNull(
                  ModelMixins.PollingStationMixin.class.getAnnotation(JsonPropertyOrder.class),
                  "the station mix-in's property order")
              .value());

  private static PollingStation station(JsonParser p, Map<String, String> counties) throws GiveUp {
    PollingStation.Builder station = PollingStation.builder();
    int seen = 0;
    for (int key = nextKey(p, STATION_KEYS); key != END; key = nextKey(p, STATION_KEYS)) {
      seen = once(seen, 1 << key);
      JsonToken token = p.nextToken();
      switch (key) {
        case ID -> station.id(string(p, token));
        case COUNTY -> {
          String county = string(p, token);
          station.county(counties.getOrDefault(county, county));
        }
        case NUMBER -> station.number(integer(p, token));
        case NAME -> station.name(name(p, token));
        case ADDRESS -> station.address(string(p, token));
        case SETTLEMENT -> station.settlement(settlement(p, token));
        case LOCATION -> station.location(location(p, token));
        case KIND -> station.kind(constant(STATION_KINDS, p, token));
        case VOTING_METHOD -> station.votingMethod(constant(VOTING_METHODS, p, token));
        case EXPECTED_VOTERS -> station.expectedVoters(integer(p, token));
        case ACCESSIBLE -> station.accessible(bool(token));
        case STAFF -> station.staff(staff(p, token));
        case RISK -> station.risk(risk(p, token));
        case EXTERNAL_IDS -> strings(p, token, station::putExternalId);
        case EXTENSIONS -> extensions(p, token, station::putExtension);
        default -> throw GIVE_UP;
      }
    }
    endObject(p);
    return station.build();
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

  private static final PropertyNameMatcher SETTLEMENT_KEYS = keys("name", "kind", "extensions");

  private static Settlement settlement(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Settlement.Builder settlement = Settlement.builder();
    int seen = 0;
    for (int key = nextKey(p, SETTLEMENT_KEYS); key != END; key = nextKey(p, SETTLEMENT_KEYS)) {
      seen = once(seen, 1 << key);
      JsonToken value = p.nextToken();
      switch (key) {
        case 0 -> settlement.name(name(p, value));
        case 1 -> settlement.kind(constant(SETTLEMENT_KINDS, p, value));
        default -> extensions(p, value, settlement::putExtension);
      }
    }
    endObject(p);
    return settlement.build();
  }

  private static final PropertyNameMatcher LOCATION_KEYS = keys("lat", "lon", "extensions");

  private static Location location(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    double lat = 0;
    double lon = 0;
    Location.@Nullable Builder extended = null;
    int seen = 0;
    for (int key = nextKey(p, LOCATION_KEYS); key != END; key = nextKey(p, LOCATION_KEYS)) {
      seen = once(seen, 1 << key);
      JsonToken value = p.nextToken();
      switch (key) {
        case 0 -> lat = decimal(p, value);
        case 1 -> lon = decimal(p, value);
        default -> {
          Location.Builder withExtensions = Location.builder();
          extensions(p, value, withExtensions::putExtension);
          extended = withExtensions;
        }
      }
    }
    endObject(p);
    if ((seen & 3) != 3) {
      throw GIVE_UP;
    }
    return extended == null ? Location.of(lat, lon) : extended.lat(lat).lon(lon).build();
  }

  private static final PropertyNameMatcher STAFF_KEYS =
      keys("officials", "observers", "extensions");

  private static Staff staff(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    int officials = 0;
    int observers = 0;
    Staff.@Nullable Builder extended = null;
    int seen = 0;
    for (int key = nextKey(p, STAFF_KEYS); key != END; key = nextKey(p, STAFF_KEYS)) {
      seen = once(seen, 1 << key);
      JsonToken value = p.nextToken();
      switch (key) {
        case 0 -> officials = integer(p, value);
        case 1 -> observers = integer(p, value);
        default -> {
          Staff.Builder withExtensions = Staff.builder();
          extensions(p, value, withExtensions::putExtension);
          extended = withExtensions;
        }
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

  private static final PropertyNameMatcher RISK_KEYS = keys("level", "note", "extensions");

  private static Risk risk(JsonParser p, JsonToken token) throws GiveUp {
    startObject(token);
    Risk.Builder risk = Risk.builder();
    int seen = 0;
    for (int key = nextKey(p, RISK_KEYS); key != END; key = nextKey(p, RISK_KEYS)) {
      seen = once(seen, 1 << key);
      JsonToken value = p.nextToken();
      switch (key) {
        case 0 -> risk.level(constant(RISK_LEVELS, p, value));
        case 1 -> risk.note(string(p, value));
        default -> extensions(p, value, risk::putExtension);
      }
    }
    endObject(p);
    return risk.build();
  }
}
