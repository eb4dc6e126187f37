package org.electionatlas.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.ExtensionValue;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The (de)serializers for the values whose JSON shape is not a plain object of properties: names in
 * several languages, dates, time zones, event times, free-form extensions, and the document's root,
 * which starts with the format marker and version.
 */
final class Codecs {

  static final String FORMAT = "election-atlas";

  private Codecs() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("election-atlas");
    module.addDeserializer(LocalizedName.class, new LocalizedNameDeserializer());
    module.addSerializer(LocalizedName.class, new LocalizedNameSerializer());
    module.addDeserializer(EventTime.class, new EventTimeDeserializer());
    module.addSerializer(EventTime.class, new DateSerializer<>(EventTime.class));
    module.addDeserializer(LocalDate.class, new LocalDateDeserializer());
    module.addSerializer(LocalDate.class, new DateSerializer<>(LocalDate.class));
    module.addDeserializer(ZoneId.class, new ZoneIdDeserializer());
    module.addSerializer(ZoneId.class, new ZoneSerializer());
    module.addDeserializer(double.class, new FiniteDoubleDeserializer(double.class));
    module.addDeserializer(Double.class, new FiniteDoubleDeserializer(Double.class));
    module.addSerializer(double.class, new FiniteDoubleSerializer(double.class));
    module.addSerializer(Double.class, new FiniteDoubleSerializer(Double.class));
    module.addKeySerializer(String.class, new NameSerializer());
    module.addDeserializer(ExtensionValue.class, new ExtensionValueDeserializer());
    module.addSerializer(ExtensionValue.class, new ExtensionValueSerializer());
    module.addSerializer(Atlas.class, new AtlasSerializer());
    module.addDeserializer(Severity.class, new SeverityDeserializer());
    module.setDeserializerModifier(
        new ValueDeserializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public ValueDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription.Supplier description,
              ValueDeserializer<?> deserializer) {
            Class<?> raw = type.getRawClass();
            return raw.getPackageName().equals(PollingStation.class.getPackageName())
                ? new ExactEnumDeserializer(raw)
                : deserializer;
          }
        });
    return module;
  }

  /**
   * An enum's constants by their exact names, the one spelling the format takes for each: what
   * {@link ExactEnumDeserializer} reads through databind and {@link StationBinder} reads by hand.
   */
  static final class EnumNames<E extends Enum<?>> {
    private final Map<String, E> byName;

    EnumNames(E[] constants) {
      Map<String, E> names = new HashMap<>();
      for (E constant : constants) {
        names.put(constant.name(), constant);
      }
      byName = Map.copyOf(names);
    }

    /** {@return the constant of this name exactly, or null: no index, case or white space} */
    @Nullable E find(String name) {
      return byName.get(name);
    }
  }

  /**
   * The model's enums by their exact constant names. Jackson's own deserializer also takes a
   * constant's index ({@code "kind": 0}) and a name with white space around it ({@code "FIXED "}),
   * so that a typo or a spreadsheet's number became a valid value without a word; here both are
   * refused as every other misspelling is.
   */
  static final class ExactEnumDeserializer extends StdDeserializer<Object> {
    private final EnumNames<Enum<?>> names;

    ExactEnumDeserializer(Class<?> enumType) {
      super(enumType);
      names = new EnumNames<>((Enum<?>[]) enumType.getEnumConstants());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String name = p.getString();
        Object constant = names.find(name);
        return constant != null
            ? constant
            : ctxt.handleWeirdStringValue(handledType(), name, "not one of the enum's names");
      }
      return ctxt.handleUnexpectedToken(handledType(), p);
    }
  }

  /**
   * A problem whose message was written for the user here, so {@link Problems} shows it as it is
   * rather than rephrasing Jackson's.
   */
  static final class FormatProblem extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    FormatProblem(JsonParser parser, String message) {
      super(parser, message);
    }
  }

  static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private static String expectString(JsonParser p, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new FormatProblem(p, "expected " + what + " but found " + describe(p.currentToken()));
    }
    return p.getString();
  }

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /** Whether a name's key is a language tag; the two of nearly every name are known without one. */
  private static boolean isLanguageTag(String tag) {
    return tag.equals("fa") || tag.equals("en") || LANGUAGE_TAG.matcher(tag).matches();
  }

  private static final class LocalizedNameDeserializer extends StdDeserializer<LocalizedName> {
    LocalizedNameDeserializer() {
      super(LocalizedName.class);
    }

    @Override
    public LocalizedName deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new FormatProblem(
            p,
            "expected a name as an object of texts by language, like {\"fa\": \"کرمان\", \"en\":"
                + " \"Kerman\"}, but found "
                + describe(p.currentToken()));
      }
      // Nearly every name holds "fa" and perhaps "en", once each: those stay in locals, and the
      // texts by tag, in document order, become a map only when another tag comes (or an error).
      String fa = null;
      String en = null;
      boolean enFirst = false;
      Map<String, String> values = null;
      for (String tag = p.nextName(); tag != null; tag = p.nextName()) {
        p.nextToken();
        try {
          if (!isLanguageTag(tag)) {
            throw new FormatProblem(
                p,
                "\""
                    + tag
                    + "\" is not a language tag; a name holds texts by language, like \"fa\""
                    + " or \"en\"");
          }
          String text = expectString(p, "the " + tag + " text of a name");
          if (tag.equals("fa") && text.isBlank()) {
            throw new FormatProblem(p, "the Persian text of a name (\"fa\") is blank");
          }
          if (values == null && fa == null && tag.equals("fa")) {
            fa = text;
          } else if (values == null && en == null && tag.equals("en")) {
            en = text;
            enFirst = fa == null;
          } else {
            if (values == null) {
              values = textsByTag(fa, en, enFirst);
            }
            values.put(tag, text);
          }
        } catch (FormatProblem problem) {
          throw (FormatProblem)
              problem.prependPath(values != null ? values : textsByTag(fa, en, enFirst), tag);
        }
      }
      if (values != null) {
        fa = values.get("fa");
      }
      if (fa == null) {
        throw new FormatProblem(p, "a name needs its Persian text: property \"fa\" is missing");
      }
      if (values != null) {
        return LocalizedName.of(values);
      }
      return en == null ? LocalizedName.of(fa) : LocalizedName.of(fa, en);
    }

    /** The texts read so far, by tag in document order, when only "fa" and "en" were read. */
    private static Map<String, String> textsByTag(
        @Nullable String fa, @Nullable String en, boolean enFirst) {
      Map<String, String> values = new LinkedHashMap<>();
      if (en != null && enFirst) {
        values.put("en", en);
      }
      if (fa != null) {
        values.put("fa", fa);
      }
      if (en != null && !enFirst) {
        values.put("en", en);
      }
      return values;
    }
  }

  private static final class LocalizedNameSerializer extends StdSerializer<LocalizedName> {
    LocalizedNameSerializer() {
      super(LocalizedName.class);
    }

    @Override
    public void serialize(LocalizedName name, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(name);
      name.forEach(gen::writeStringProperty);
      gen.writeEndObject();
    }
  }

  private static final class EventTimeDeserializer extends StdDeserializer<EventTime> {
    EventTimeDeserializer() {
      super(EventTime.class);
    }

    @Override
    public EventTime deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = expectString(p, "a date like 2023-07-12 or a local time like 2023-07-12T09:00");
      try {
        return EventTime.parse(fourDigitYear(p, text));
      } catch (DateTimeParseException e) {
        throw new FormatProblem(
            p,
            "\""
                + text
                + "\" is not a date like 2023-07-12 or a local time like 2023-07-12T09:00"
                + reason(e));
      }
    }
  }

  private static final class LocalDateDeserializer extends StdDeserializer<LocalDate> {
    LocalDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = expectString(p, "a Gregorian date like 2024-03-01");
      try {
        return LocalDate.parse(fourDigitYear(p, text));
      } catch (DateTimeParseException e) {
        throw new FormatProblem(
            p, "\"" + text + "\" is not a Gregorian date like 2024-03-01" + reason(e));
      }
    }
  }

  /**
   * The text, when its year has four digits, as the format and the schema say; java.time alone
   * would also read {@code +10000-03-01}, a year the schema refuses and no election has.
   */
  private static String fourDigitYear(JsonParser p, String text) {
    if (EXPANDED_YEAR.matcher(text).lookingAt()) {
      throw new FormatProblem(
          p,
          SafeText.quoted(text)
              + " has a year written with a sign or more than four digits; a date is from"
              + " 0000-01-01 to 9999-12-31, like 2024-03-01");
    }
    return text;
  }

  /** The years java.time reads beyond ISO 8601's four digits: a sign, then more digits. */
  static final Pattern EXPANDED_YEAR = Pattern.compile("[+-][0-9]+-|[0-9]{5,}-");

  /** The ids of the time zone database's zones: the IANA names the format takes. */
  static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

  private static boolean isOffset(String text) {
    try {
      ZoneId.of(text);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The part of a date-time parse failure that tells a person more than "could not parse". */
  private static String reason(DateTimeParseException e) {
    Throwable cause = e.getCause();
    return cause instanceof DateTimeException && cause.getMessage() != null
        ? " (" + cause.getMessage() + ")"
        : "";
  }

  private static final class ZoneIdDeserializer extends StdDeserializer<ZoneId> {
    ZoneIdDeserializer() {
      super(ZoneId.class);
    }

    @Override
    public ZoneId deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = expectString(p, "a time zone like Asia/Tehran");
      if (!ZONES.contains(text)) {
        // ZoneId.of also reads offsets (+03:30, UTC+3), which have no daylight-saving rules and
        // so give wrong local times for half the year in a zone that has them.
        throw new FormatProblem(
            p,
            SafeText.quoted(text)
                + " is not a time zone like Asia/Tehran"
                + (isOffset(text)
                    ? "; an offset is not a zone, which has the rules of its summer time"
                    : ""));
      }
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw new FormatProblem(p, "\"" + text + "\" is not a time zone like Asia/Tehran");
      }
    }
  }

  /**
   * Reads a severity of a policy in any case: {@code "info"} as reports and {@code --fail-on} write
   * it, or {@code "INFO"} as the enum is named. Only policies have severities; the atlas format's
   * own enums stay upper case, its one canonical spelling.
   */
  private static final class SeverityDeserializer extends StdDeserializer<Severity> {
    SeverityDeserializer() {
      super(Severity.class);
    }

    @Override
    public Severity deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = expectString(p, "a severity: error, warning or info");
      for (Severity severity : Severity.values()) {
        if (severity.name().equalsIgnoreCase(text)) {
          return severity;
        }
      }
      throw new FormatProblem(
          p, "\"" + text + "\" is not a severity; expected error, warning or info (in any case)");
    }
  }

  /**
   * Reads a share given in percent, as reports and {@code atlas stats} show it ({@code 80} is 80
   * %), as the fraction the policy holds. A number above 0 and below 2 is refused rather than
   * guessed: it is almost surely a fraction ({@code 0.8}) written for 80 %, which read as percent
   * would make the check pass for every county.
   */
  static final class PercentDeserializer extends StdDeserializer<Double> {
    PercentDeserializer() {
      super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new FormatProblem(p, "expected a percentage such as 80 but found " + describe(token));
      }
      double percent = p.getDoubleValue();
      String name = String.valueOf(p.currentName());
      if (percent < 0) {
        throw new FormatProblem(
            p, name + " is a percentage of at least 0, such as 80, but is " + p.getString());
      }
      if (percent > 0 && percent < 2) {
        String asPercent =
            new BigDecimal(p.getString()).movePointRight(2).stripTrailingZeros().toPlainString();
        throw new FormatProblem(
            p,
            name
                + " is a percentage, so "
                + p.getString()
                + " would mean "
                + p.getString()
                + " %; write "
                + asPercent
                + " for "
                + asPercent
                + " %");
      }
      return percent / 100;
    }
  }

  /**
   * Reads a number as a double, refusing one too large for it: Jackson would read {@code 1e400} as
   * infinity, which JSON cannot write back.
   */
  private static final class FiniteDoubleDeserializer extends StdDeserializer<Double> {
    FiniteDoubleDeserializer(Class<Double> type) {
      super(type);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new FormatProblem(p, "expected a number but found " + describe(token));
      }
      double value = p.getDoubleValue();
      if (Double.isInfinite(value)) {
        throw new FormatProblem(
            p,
            "the number "
                + p.getString()
                + " is out of range for a decimal number (at most about 1.8e308)");
      }
      return value;
    }
  }

  /**
   * Writes a double, refusing NaN and the infinities: JSON has no such numbers, and Jackson would
   * write them as strings that the reader refuses.
   */
  private static final class FiniteDoubleSerializer extends StdSerializer<Double> {
    FiniteDoubleSerializer(Class<Double> type) {
      super(type);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializationContext ctxt) {
      if (!Double.isFinite(value)) {
        throw new NotWritable(
            gen,
            value
                + " at "
                + gen.streamWriteContext().pathAsPointer()
                + " is not a number JSON can hold");
      }
      gen.writeNumber(value);
    }
  }

  /**
   * Writes the keys of maps (extensions, external ids) as property names, refusing a name with half
   * of a surrogate pair: a JSON value may hold one as an escape, but a reader, this library's
   * included, refuses one in a name.
   */
  private static final class NameSerializer extends StdSerializer<String> {
    NameSerializer() {
      super(String.class);
    }

    @Override
    public void serialize(String name, JsonGenerator gen, SerializationContext ctxt) {
      writeName(gen, name);
    }
  }

  private static void writeName(JsonGenerator gen, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < name.length() && Character.isLowSurrogate(name.charAt(++i))
              : !Character.isLowSurrogate(c);
      if (!paired) {
        throw new NotWritable(
            gen,
            "the property name \""
                + name
                + "\" in "
                + gen.streamWriteContext().pathAsPointer()
                + " holds half of a surrogate pair, which a JSON reader refuses in a name");
      }
    }
    gen.writeName(name);
  }

  /** A value of the model that the format cannot hold, found while writing. */
  static final class NotWritable extends StreamWriteException {
    private static final long serialVersionUID = 1L;

    NotWritable(JsonGenerator gen, String message) {
      super(gen, message);
    }
  }

  /**
   * Writes a date or an event time, refusing one beyond the years 0000 to 9999 that the format and
   * the reader take: java.time would write {@code +10000-01-01}, which the reader refuses back.
   */
  private static final class DateSerializer<T> extends StdSerializer<T> {
    DateSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      String text = value.toString();
      if (EXPANDED_YEAR.matcher(text).lookingAt()) {
        throw new NotWritable(
            gen,
            "the date "
                + text
                + " at "
                + gen.streamWriteContext().pathAsPointer()
                + " is beyond the years 0000 to 9999 that the format holds");
      }
      gen.writeString(text);
    }
  }

  /** Writes a time zone, refusing an offset, which the reader refuses back ({@link #ZONES}). */
  private static final class ZoneSerializer extends StdSerializer<ZoneId> {
    ZoneSerializer() {
      super(ZoneId.class);
    }

    @Override
    public void serialize(ZoneId zone, JsonGenerator gen, SerializationContext ctxt) {
      if (!ZONES.contains(zone.getId())) {
        throw new NotWritable(
            gen,
            "the time zone "
                + zone.getId()
                + " at "
                + gen.streamWriteContext().pathAsPointer()
                + " is not an IANA zone like Asia/Tehran, which the format holds");
      }
      gen.writeString(zone.getId());
    }
  }

  private static final class ExtensionValueDeserializer extends StdDeserializer<ExtensionValue> {
    ExtensionValueDeserializer() {
      super(ExtensionValue.class);
    }

    @Override
    public ExtensionValue deserialize(JsonParser p, DeserializationContext ctxt) {
      return switch (p.currentToken()) {
        case START_OBJECT -> {
          Map<String, ExtensionValue> members = new LinkedHashMap<>();
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            members.put(name, deserialize(p, ctxt));
          }
          yield new ExtensionValue.ObjectValue(members);
        }
        case START_ARRAY -> {
          List<ExtensionValue> elements = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.add(deserialize(p, ctxt));
          }
          yield new ExtensionValue.ArrayValue(elements);
        }
        case VALUE_STRING -> new ExtensionValue.StringValue(p.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ExtensionValue.NumberValue(p.getString());
        case VALUE_TRUE -> new ExtensionValue.BooleanValue(true);
        case VALUE_FALSE -> new ExtensionValue.BooleanValue(false);
        case VALUE_NULL -> ExtensionValue.NullValue.INSTANCE;
        default -> throw new FormatProblem(p, "unexpected " + describe(p.currentToken()));
      };
    }

    @Override
    public ExtensionValue getNullValue(DeserializationContext ctxt) {
      return ExtensionValue.NullValue.INSTANCE;
    }
  }

  private static final class ExtensionValueSerializer extends StdSerializer<ExtensionValue> {
    ExtensionValueSerializer() {
      super(ExtensionValue.class);
    }

    @Override
    public void serialize(ExtensionValue value, JsonGenerator gen, SerializationContext ctxt) {
      if (value instanceof ExtensionValue.ObjectValue object) {
        gen.writeStartObject(object);
        for (Map.Entry<String, ExtensionValue> member : object.members().entrySet()) {
          writeName(gen, member.getKey());
          serialize(member.getValue(), gen, ctxt);
        }
        gen.writeEndObject();
      } else if (value instanceof ExtensionValue.ArrayValue array) {
        gen.writeStartArray(array, array.elements().size());
        for (ExtensionValue element : array.elements()) {
          serialize(element, gen, ctxt);
        }
        gen.writeEndArray();
      } else if (value instanceof ExtensionValue.StringValue string) {
        gen.writeString(string.value());
      } else if (value instanceof ExtensionValue.NumberValue number) {
        gen.writeNumber(number.literal());
      } else if (value instanceof ExtensionValue.BooleanValue bool) {
        gen.writeBoolean(bool.value());
      } else {
        gen.writeNull();
      }
    }
  }

  /**
   * Writes the document's root: the format marker and version first, so that a reader (or a person)
   * knows what the document is before anything else, then the members in the format's order,
   * leaving out those that are empty. The atlas held in memory and the streamed one ({@link
   * StationWriter}) share {@link #writeHead} and {@link #writeTail}, so that there is one canonical
   * form whichever way an atlas is written.
   */
  private static final class AtlasSerializer extends StdSerializer<Atlas> {
    AtlasSerializer() {
      super(Atlas.class);
    }

    @Override
    public void serialize(Atlas atlas, JsonGenerator gen, SerializationContext ctxt) {
      writeHead(atlas, gen);
      if (!atlas.pollingStations().isEmpty()) {
        gen.writeName("pollingStations");
        gen.writeStartArray();
        for (PollingStation station : atlas.pollingStations()) {
          ctxt.writeValue(gen, station);
        }
        gen.writeEndArray();
      }
      writeTail(atlas, gen);
    }
  }

  /**
   * Writes the root's start and the members before the polling stations. With {@link #writeTail},
   * the one canonical form of the root, whether its stations come from a list, an iterator or a
   * {@link StationWriter}.
   */
  static void writeHead(Atlas atlas, JsonGenerator gen) {
    gen.writeStartObject(atlas);
    gen.writeStringProperty("format", FORMAT);
    gen.writeNumberProperty("schemaVersion", atlas.schemaVersion());
    gen.writePOJOProperty("election", atlas.election());
    writeUnlessEmpty(gen, "provinces", atlas.provinces());
    writeUnlessEmpty(gen, "counties", atlas.counties());
    writeUnlessEmpty(gen, "constituencies", atlas.constituencies());
  }

  /** Writes the members after the polling stations and the root's end. */
  static void writeTail(Atlas atlas, JsonGenerator gen) {
    writeUnlessEmpty(gen, "bodies", atlas.bodies());
    writeUnlessEmpty(gen, "events", atlas.events());
    writeUnlessEmpty(gen, "issues", atlas.issues());
    writeUnlessEmpty(gen, "approvals", atlas.approvals());
    if (atlas.provenance().isPresent()) {
      gen.writePOJOProperty("provenance", atlas.provenance().get());
    }
    if (!atlas.extensions().isEmpty()) {
      gen.writePOJOProperty("extensions", atlas.extensions());
    }
    gen.writeEndObject();
  }

  private static void writeUnlessEmpty(JsonGenerator gen, String name, List<?> values) {
    if (!values.isEmpty()) {
      gen.writePOJOProperty(name, values);
    }
  }
}
