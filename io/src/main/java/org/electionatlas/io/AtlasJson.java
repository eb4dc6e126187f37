package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.ValidationPolicy;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes atlas documents: the entry point of this module.
 *
 * <pre>{@code
 * Atlas atlas = AtlasJson.standard().read(Path.of("kerman.json"));
 * String json = AtlasJson.standard().write(atlas);
 * }</pre>
 *
 * <p>Reading is strict: an unknown property, a duplicate key, a value of the wrong type, a bad enum
 * constant or date, an unsupported {@code schemaVersion}, truncated or non-UTF-8 input each fail
 * with one {@link AtlasFormatException} that names the JSON pointer, line and column and what was
 * expected. Nothing is silently dropped or coerced: {@code "12"} is not read as the number 12, nor
 * {@code 1.5} as 1. {@code extensions} objects are kept as they were written.
 *
 * <p>Writing is canonical: properties in the format's order, empty collections and absent values
 * left out, 2-space indent, one value per line, a final newline. Reading a written atlas and
 * writing it again gives the same bytes, so atlases diff well.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasJson {

  private static final AtlasJson STANDARD = new AtlasJson();

  private final JsonMapper mapper;
  private final ObjectWriter writer;

  private AtlasJson() {
    JsonInclude.Value leaveOutEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT);
    this.mapper =
        JsonMapper.builder()
            .addModule(Codecs.module())
            .addMixIns(ModelMixins.all())
            // Only what the mix-ins declare is a property (see ModelMixins).
            .changeDefaultVisibility(
                checker ->
                    checker
                        .withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                        .withVisibility(
                            PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.NON_PRIVATE))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                LogicalType.Textual,
                config -> {
                  config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                  config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                  config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                })
            .withCoercionConfig(
                LogicalType.Integer,
                config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .changeDefaultNullHandling(
                ignored -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
            .changeDefaultPropertyInclusion(
                ignored ->
                    JsonInclude.Value.construct(
                        JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .withConfigOverride(List.class, o -> o.setInclude(leaveOutEmpty))
            .withConfigOverride(Map.class, o -> o.setInclude(leaveOutEmpty))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    this.writer = mapper.writer().with(printer);
  }

  /** The reader and writer of the atlas format, version {@value Atlas#SCHEMA_VERSION}. */
  public static AtlasJson standard() {
    return STANDARD;
  }

  /**
   * Reads an atlas file.
   *
   * @throws IOException if the file cannot be read
   * @throws AtlasFormatException if it is not a valid atlas document
   */
  public Atlas read(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString()).atlas();
  }

  /**
   * Reads an atlas from a stream, to its end; does not close it.
   *
   * @param sourceName how messages name the stream, such as {@code -} for standard input
   * @throws IOException if the stream cannot be read
   * @throws AtlasFormatException if it is not a valid atlas document
   */
  public Atlas read(InputStream in, String sourceName) throws IOException {
    return parse(in.readAllBytes(), sourceName).atlas();
  }

  /**
   * Reads an atlas from JSON text.
   *
   * @throws AtlasFormatException if it is not a valid atlas document
   */
  public Atlas read(String json) {
    return parse(json.getBytes(UTF_8), "<string>").atlas();
  }

  /**
   * Reads an atlas from the bytes of a UTF-8 document and keeps where each value was found.
   *
   * @param sourceName how messages name the document, such as its file path
   * @throws AtlasFormatException if it is not a valid atlas document
   */
  public ParsedAtlas parse(byte[] document, String sourceName) {
    SourceMap sourceMap = DocumentScanner.scan(mapper, document, sourceName);
    try {
      return new ParsedAtlas(mapper.readValue(document, Atlas.class), sourceMap);
    } catch (JacksonException e) {
      throw Problems.translate(e, sourceMap);
    }
  }

  /**
   * Reads a validation policy: a JSON object with any of {@code maxExpectedVoters}, {@code
   * minOfficials}, {@code minObservers}, {@code minCoverage}, {@code maxCoverage}, {@code
   * disabledRules} (rule ids) and {@code severityOverrides} (rule id to {@code ERROR}, {@code
   * WARNING} or {@code INFO}). Properties left out keep their defaults.
   *
   * @param sourceName how messages name the document, such as its file path
   * @throws AtlasFormatException if it is not a valid policy document
   */
  public ValidationPolicy parsePolicy(byte[] document, String sourceName) {
    SourceMap sourceMap = DocumentScanner.scanOther(mapper, document, sourceName);
    try {
      return mapper.readValue(document, ValidationPolicy.class);
    } catch (JacksonException e) {
      throw Problems.translate(e, sourceMap);
    }
  }

  /** The atlas as a canonical document. */
  public String write(Atlas atlas) {
    return new String(toBytes(atlas), UTF_8);
  }

  /** Writes the atlas as a canonical UTF-8 document to the stream; does not close it. */
  public void write(Atlas atlas, OutputStream out) throws IOException {
    out.write(toBytes(atlas));
  }

  /**
   * Writes the atlas with the given polling stations as a canonical UTF-8 document to the stream,
   * taking the stations one at a time as it writes them, so that memory stays bounded however many
   * there are; does not close the stream. The bytes are those {@link #write(Atlas, OutputStream)}
   * writes for the atlas holding those stations.
   *
   * <pre>{@code
   * AtlasGenerator generator = AtlasGenerator.of(1_000_000, 7);
   * AtlasJson.standard().write(generator.withoutStations(), generator.pollingStations(), out);
   * }</pre>
   *
   * @param atlas everything but the stations
   * @param pollingStations the stations, in document order; consumed once
   * @throws IllegalArgumentException if the atlas has polling stations of its own
   * @throws IOException if the stream cannot be written
   */
  public void write(Atlas atlas, Stream<? extends PollingStation> pollingStations, OutputStream out)
      throws IOException {
    if (!atlas.pollingStations().isEmpty()) {
      throw new IllegalArgumentException(
          "the atlas has polling stations of its own; give them all in the stream instead");
    }
    writer.writeValue(out, new StreamedAtlas(atlas, pollingStations.iterator()));
    out.write('\n');
  }

  /**
   * Writes the atlas as a canonical document to the file, replacing it only once the whole document
   * is written: a failure leaves an existing file as it was.
   */
  public void write(Atlas atlas, Path file) throws IOException {
    AtomicFiles.write(file, toBytes(atlas));
  }

  /**
   * A generator that writes JSON as the canonical writer does (two-space indent, one value per
   * line), for other documents of this library such as reports; closing it does not close the
   * stream.
   */
  public JsonGenerator generator(OutputStream out) {
    return writer.createGenerator(out);
  }

  private byte[] toBytes(Atlas atlas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    writer.writeValue(out, atlas);
    out.write('\n');
    return out.toByteArray();
  }
}
