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
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.electionatlas.io.internal.AtomicFiles;
import org.electionatlas.io.internal.InFlight;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.PreviousRound;
import org.electionatlas.validation.ValidationPolicy;
import org.electionatlas.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
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
 * <p>Reading has limits, so that a hostile or broken document fails with one message instead of
 * exhausting memory or the stack: nesting 64 deep, strings of 1,000,000 characters, documents of 1
 * GiB, numbers and property names of 1,000 characters. {@link #builder()} makes a reader with other
 * limits; the message of a document beyond one names the limit and how to raise it.
 *
 * <p>A UTF-8 byte order mark at the start of a document is accepted and ignored, as RFC 8259
 * allows; the writer never writes one.
 *
 * <p>Writing is canonical: properties in the format's order, empty collections and absent values
 * left out, 2-space indent, one value per line, a final newline. Reading a written atlas and
 * writing it again gives the same bytes, so atlases diff well.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasJson {

  private static final AtlasJson STANDARD = new AtlasJson(Limits.DEFAULTS);

  private final Limits limits;

  /**
   * Parsers within the limits that refuse a key repeated in an object, as the mapper's do (it is
   * built on this factory): what the walk that checks and locates a document reads with.
   */
  private final JsonFactory parsers;

  /**
   * The same without the check for repeated keys (a set of names per object): the hand binder makes
   * its own.
   */
  private final JsonFactory uncheckedParsers;

  /**
   * Made when first needed, as the two below: a valid atlas read whole is bound by hand ({@link
   * AtlasBinder}) and located with {@link #parsers}, and building a mapper with its mix-ins, then
   * its deserializers, takes longer than binding the bundled sample.
   */
  private @Nullable JsonMapper mapper;

  /** Made when first needed: most uses never validate a stream, and a mapper takes time. */
  private @Nullable JsonMapper stationMapper;

  /** The parsers of {@link #stationMapper}, made when first needed. */
  private @Nullable JsonFactory stationParsers;

  private @Nullable ObjectWriter writer;

  /** The limits this reader reads within. */
  Limits limits() {
    return limits;
  }

  private AtlasJson(Limits limits) {
    this.limits = limits;
    this.parsers = parsers(limits, true);
    this.uncheckedParsers = parsers(limits, false);
  }

  /** The mapper for documents read and written within these limits. */
  synchronized JsonMapper mapper() {
    if (mapper == null) {
      mapper = mapper(parsers);
    }
    return mapper;
  }

  /** The canonical writer: the format's order, 2-space indent, one value per line. */
  private synchronized ObjectWriter canonicalWriter() {
    if (writer == null) {
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
      writer = mapper().writer().with(printer);
    }
    return writer;
  }

  /**
   * The mapper for one station read on its own, which sits two levels less deep than in its atlas
   * (the top-level object and the array), so it allows two levels less.
   */
  synchronized JsonMapper stationMapper() {
    if (stationMapper == null) {
      stationMapper = mapper(stationParsers());
    }
    return stationMapper;
  }

  /**
   * Parsers that refuse a repeated key, within the limits less the two levels a station on its own
   * does not sit in: what checks and locates one station read on its own.
   */
  synchronized JsonFactory stationParsers() {
    if (stationParsers == null) {
      stationParsers =
          parsers(limits.withMaxNestingDepth(Math.max(1, limits.maxNestingDepth() - 2)), true);
    }
    return stationParsers;
  }

  /** Parsers within the limits that refuse a repeated key: the mapper's. */
  JsonFactory parsers() {
    return parsers;
  }

  /** Parsers within the limits that leave repeated keys to whoever reads from them. */
  JsonFactory uncheckedParsers() {
    return uncheckedParsers;
  }

  /**
   * Parsers within these limits; {@code checked}, they refuse a repeated key. The check is a
   * feature of the factory, not only of the mapper, so that a parser made without a mapper checks
   * the same.
   */
  private static JsonFactory parsers(Limits limits, boolean checked) {
    return JsonFactory.builder()
        .streamReadConstraints(limits.readConstraints())
        .streamWriteConstraints(limits.writeConstraints())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, checked)
        .build();
  }

  /** The mapper for documents read with these parsers. */
  private static JsonMapper mapper(JsonFactory parsers) {
    JsonInclude.Value leaveOutEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT);
    return JsonMapper.builder(parsers)
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
  }

  /**
   * {@return the reader and writer of the atlas format, version {@value Atlas#SCHEMA_VERSION}, with
   * the default limits}
   */
  public static AtlasJson standard() {
    return STANDARD;
  }

  /** {@return a builder of a reader and writer with other limits than {@link #standard()}'s} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads an atlas file.
   *
   * @param file the file
   * @throws IOException if the file cannot be read
   * @throws AtlasFormatException if it is not a valid atlas document, or is longer than the
   *     document limit (found before reading it)
   * @return the atlas, not null
   */
  public Atlas read(Path file) throws IOException {
    return parse(readDocument(file), file.toString()).atlas();
  }

  /**
   * Reads an atlas from a stream, to its end; does not close it.
   *
   * @param in the in
   * @param sourceName how messages name the stream, such as {@code -} for standard input
   * @throws IOException if the stream cannot be read
   * @throws AtlasFormatException if it is not a valid atlas document, or the stream goes on past
   *     the document limit (found as soon as it does)
   * @return the atlas, not null
   */
  public Atlas read(InputStream in, String sourceName) throws IOException {
    return parse(readDocument(in, sourceName), sourceName).atlas();
  }

  /**
   * {@return the bytes of a document file (an atlas or a policy), for {@link #parse} or {@link
   * #parsePolicy}} A file longer than the document limit is refused before it is read.
   *
   * @param file the file
   * @throws IOException if the file cannot be read
   * @throws AtlasFormatException if the file is longer than the document limit
   */
  public byte[] readDocument(Path file) throws IOException {
    // Only a regular file's size is known beforehand; a device or a pipe is read up to the limit.
    if (Files.isRegularFile(file) && Files.size(file) > limits.maxDocumentLength()) {
      throw tooLong(file.toString());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readDocument(in, file.toString());
    }
  }

  /**
   * {@return the bytes of a document read from a stream to its end, for {@link #parse} or {@link
   * #parsePolicy}; does not close the stream} Reading stops as soon as the stream goes past the
   * document limit, so an endless stream fails rather than filling memory.
   *
   * @param in the in
   * @param sourceName how messages name the stream, such as {@code -} for standard input
   * @throws IOException if the stream cannot be read
   * @throws AtlasFormatException if the stream is longer than the document limit, or longer than
   *     the memory the JVM has left
   */
  public byte[] readDocument(InputStream in, String sourceName) throws IOException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) limits.maxDocumentLength() + 1);
    } catch (OutOfMemoryError e) {
      // The buffers of this one read are all that filled the heap, and they are garbage now.
      throw new AtlasFormatException(
          sourceName,
          "",
          1,
          1,
          "the document does not fit in the memory left to the JVM ("
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MiB at most); give it more, as with JAVA_OPTS=-Xmx4g for the atlas command");
    }
    if (bytes.length > limits.maxDocumentLength()) {
      throw tooLong(sourceName);
    }
    return bytes;
  }

  private AtlasFormatException tooLong(String sourceName) {
    return new AtlasFormatException(sourceName, "", 1, 1, limits.documentTooLong());
  }

  /**
   * Checks an atlas file: reads it, validates it and locates every violation at its line and
   * column. The file is read as a stream, holding one station at a time and compact state, so an
   * atlas of a million stations checks in a heap of a few hundred megabytes; the report is the one
   * reading the whole file and validating it in memory gives. (A validator with a {@link
   * org.electionatlas.validation.WholeAtlasRule} makes the file be read whole.)
   *
   * <p>Never throws for a bad file: a file that is missing, unreadable or not an atlas is an {@link
   * CheckedSource.Unreadable} saying why and, where it can, where.
   *
   * @param file the atlas file, not null
   * @param validator the validator, not null
   * @return what checking gave, not null
   */
  public CheckedSource check(Path file, Validator validator) {
    return check(file, validator, CheckOptions.defaults());
  }

  /**
   * Checks an atlas file as {@link #check(Path, Validator)} does, with a cap on the findings the
   * report holds (every finding is still counted) and a listener of progress: with a cap, a file of
   * a million findings checks in a heap of a few hundred megabytes too.
   *
   * @param file the atlas file, not null
   * @param validator the validator, not null
   * @param options the cap and the progress listener, not null
   * @return what checking gave, not null
   */
  public CheckedSource check(Path file, Validator validator, CheckOptions options) {
    return guarded(
        file.toString(),
        () -> {
          if (Files.isDirectory(file)) {
            throw new NotReadable("it is a directory, not an atlas file");
          }
          return new StreamingValidation(this, limits)
              .validate(file, file.toString(), validator, options);
        });
  }

  /**
   * Checks an atlas read from a stream, as {@link #check(Path, Validator)} does: the stream is
   * copied once to a temporary file (deleted afterwards), which is then read as a stream. Does not
   * close the stream.
   *
   * @param in the stream, not null
   * @param sourceName how messages name the stream, such as {@code -} for standard input
   * @param validator the validator, not null
   * @return what checking gave; {@link CheckedSource.Unreadable} when the stream is not an atlas,
   *     goes on past the document limit, or cannot be read or spooled
   */
  public CheckedSource check(InputStream in, String sourceName, Validator validator) {
    return check(in, sourceName, validator, CheckOptions.defaults());
  }

  /**
   * Checks an atlas read from a stream as {@link #check(InputStream, String, Validator)} does, with
   * the options of {@link #check(Path, Validator, CheckOptions)}.
   *
   * @param in the stream, not null
   * @param sourceName how messages name the stream, such as {@code -} for standard input
   * @param validator the validator, not null
   * @param options the cap and the progress listener, not null
   * @return what checking gave, not null
   */
  public CheckedSource check(
      InputStream in, String sourceName, Validator validator, CheckOptions options) {
    return guarded(
        sourceName,
        () -> {
          Path copy = spool(in, sourceName);
          try {
            return new StreamingValidation(this, limits)
                .validate(copy, sourceName, validator, options);
          } finally {
            unspool(copy);
          }
        });
  }

  /**
   * Opens an atlas file as a stream: reads its frame (all but the polling stations) now, and its
   * stations one at a time when asked, so that an atlas of any size is read in little memory.
   *
   * @param file the atlas file, not null
   * @return the open stream; close it when done
   * @throws IOException if the file cannot be read
   * @throws AtlasFormatException if the frame is not a valid atlas document, or the file is longer
   *     than the document limit
   */
  public StationStream stream(Path file) throws IOException {
    return StationStream.open(this, limits, file, file.toString(), null);
  }

  /**
   * Opens an atlas read from a stream as {@link #stream(Path)} does: the stream is first copied to
   * a temporary file readable by its owner only, which closing the returned stream deletes. Does
   * not close {@code in}.
   *
   * @param in the stream, not null
   * @param sourceName how messages name the stream, such as {@code -} for standard input
   * @return the open stream; close it when done
   * @throws IOException if the stream cannot be read or copied
   * @throws AtlasFormatException if the frame is not a valid atlas document, or the stream goes on
   *     past the document limit
   */
  public StationStream stream(InputStream in, String sourceName) throws IOException {
    Path copy = spool(in, sourceName);
    try {
      return StationStream.open(
          this,
          limits,
          copy,
          sourceName,
          () -> {
            try {
              unspool(copy);
            } catch (IOException e) {
              // Left for the shutdown hook, which tries again.
            }
          });
    } catch (IOException | RuntimeException e) {
      unspool(copy);
      throw e;
    }
  }

  /**
   * Copies a stream to a new private temporary file, stopping at the document limit. Up to a GiB of
   * someone's standard input must not be left in the temporary directory when the process is
   * stopped with ^C or SIGTERM: the name is known to the shutdown hook before the file exists, so
   * that no signal finds it unregistered.
   */
  private Path spool(InputStream in, String sourceName) throws IOException {
    Path copy =
        Path.of(System.getProperty("java.io.tmpdir"))
            .resolve(
                "atlas-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".json");
    InFlight.add(copy);
    try {
      try (OutputStream out = createPrivate(copy)) {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
          copied += read;
          // Stops an endless stream at the limit rather than filling the disk.
          if (copied > limits.maxDocumentLength()) {
            throw tooLong(sourceName);
          }
          out.write(buffer, 0, read);
        }
      }
      return copy;
    } catch (IOException | RuntimeException e) {
      unspool(copy);
      throw e;
    }
  }

  private static void unspool(Path copy) throws IOException {
    try {
      Files.deleteIfExists(copy);
    } finally {
      InFlight.done(copy);
    }
  }

  /**
   * Creates the file readable by its owner only, as {@code Files.createTempFile} does, and opens it
   * in the same call: a shutdown hook that deletes the file between a creation and a later opening
   * would have the opening make it again, and leave it behind when the process ends.
   */
  private static OutputStream createPrivate(Path file) throws IOException {
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    SeekableByteChannel channel =
        file.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? Files.newByteChannel(
                file,
                options,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.newByteChannel(file, options);
    return Channels.newOutputStream(channel);
  }

  /**
   * Checks the bytes of an atlas document in memory: reads them, validates the atlas and locates
   * every violation at its line and column.
   *
   * @param document the UTF-8 document, not null
   * @param sourceName how messages name the document, such as its file path
   * @param validator the validator, not null
   * @return what checking gave; {@link CheckedSource.Unreadable} when it is not an atlas
   */
  public CheckedSource check(byte[] document, String sourceName, Validator validator) {
    return check(document, sourceName, validator, CheckOptions.defaults());
  }

  /**
   * Checks the bytes of an atlas document in memory as {@link #check(byte[], String, Validator)}
   * does, its report capped as the options say (there is nothing to read, so no progress).
   *
   * @param document the UTF-8 document, not null
   * @param sourceName how messages name the document, such as its file path
   * @param validator the validator, not null
   * @param options the cap, not null
   * @return what checking gave; {@link CheckedSource.Unreadable} when it is not an atlas
   */
  public CheckedSource check(
      byte[] document, String sourceName, Validator validator, CheckOptions options) {
    return guarded(
        sourceName,
        () -> StreamingValidation.checked(parse(document, sourceName), validator, options));
  }

  /** A check that reads a source and may fail to. */
  private interface Reading {
    CheckedSource run() throws IOException;
  }

  /** Why a source is not read, when the file system gave no exception to say it. */
  private static final class NotReadable extends IOException {
    private static final long serialVersionUID = 1L;

    NotReadable(String why) {
      super(why);
    }
  }

  private static CheckedSource guarded(String source, Reading reading) {
    try {
      return reading.run();
    } catch (AtlasFormatException e) {
      return new CheckedSource.Unreadable(source, CheckedSource.ReadFailure.of(e));
    } catch (java.nio.file.NoSuchFileException e) {
      return unreadable(source, "no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      return unreadable(source, "permission denied");
    } catch (IOException e) {
      return unreadable(source, String.valueOf(e.getMessage()));
    }
  }

  private static CheckedSource unreadable(String source, String why) {
    return new CheckedSource.Unreadable(
        source, CheckedSource.ReadFailure.of("cannot read the file: " + why));
  }

  /**
   * Reads an atlas from JSON text.
   *
   * @param json the json
   * @throws AtlasFormatException if it is not a valid atlas document
   * @return the atlas, not null
   */
  public Atlas read(String json) {
    return parse(json.getBytes(UTF_8), "<string>").atlas();
  }

  /**
   * Reads an atlas from the bytes of a UTF-8 document and keeps where each value was found.
   *
   * @param document the document
   * @param sourceName how messages name the document, such as its file path
   * @throws AtlasFormatException if it is not a valid atlas document
   * @return the atlas with where each of its values was found
   */
  public ParsedAtlas parse(byte[] document, String sourceName) {
    Optional<Atlas> bound = bindAlone(document);
    if (bound.isPresent()) {
      return new ParsedAtlas(
          bound.get(), DocumentScanner.unscanned(parsers, limits, document, sourceName));
    }
    SourceMap sourceMap = DocumentScanner.scan(parsers, limits, document, sourceName);
    try {
      return new ParsedAtlas(mapper().readValue(document, Atlas.class), sourceMap);
    } catch (JacksonException e) {
      throw Problems.translate(e, sourceMap, limits);
    }
  }

  /**
   * The atlas, when binding alone is enough to know the document is one: binding reads every token
   * and refuses what the first walk refuses but for the encoding, the byte order of UTF-16, the
   * format marker and the version, and those are checked here cheaply (the marker and version where
   * the canonical writer puts them, first). Empty when any of that does not hold or binding fails:
   * the walk then reads the document first, as it always did, and says what is wrong with it, so
   * that errors are the same either way. A valid atlas is then tokenized once instead of twice.
   */
  private Optional<Atlas> bindAlone(byte[] document) {
    if (document.length > limits.maxDocumentLength()
        || document.length < 2
        || document[0] == 0
        || document[1] == 0
        || document[0] == (byte) 0xFE
        || document[0] == (byte) 0xFF
        || Utf8.firstInvalid(document, Utf8.startsWithBom(document) ? Utf8.BOM_LENGTH : 0) >= 0
        || !startsWithHeader(document)) {
      return Optional.empty();
    }
    // What the hand binder gives up on, databind reads as it always did.
    Optional<Atlas> bound = bindByHand(document);
    if (bound.isPresent()) {
      return bound;
    }
    try {
      return Optional.of(mapper().readValue(document, Atlas.class));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /**
   * The atlas the hand binder ({@link AtlasBinder}) makes of a document, on a parser without the
   * check for repeated keys (a set of names per object), since it makes its own; empty when it
   * gives up or the parser refuses the document, which databind must then read and explain. A
   * document it accepts is the one databind binds.
   */
  Optional<Atlas> bindByHand(byte[] document) {
    try (JsonParser p = uncheckedParsers.createParser(ObjectReadContext.empty(), document)) {
      return AtlasBinder.bind(p);
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return what databind alone binds from the document}, without the hand binder: what the tests
   * hold {@link AtlasBinder} and {@link StationBinder} to.
   *
   * @throws JacksonException when databind refuses the document
   */
  Atlas bindWithDatabind(byte[] document) {
    return mapper().readValue(document, Atlas.class);
  }

  /**
   * Reads the previous round's atlas for {@link Validator.Builder#previous}: its frame, a compact
   * fingerprint of each station and where each station and entity stands in the file, so that
   * findings about what the previous round had are located there. The file is read as a stream, one
   * station at a time, so a previous round of a million stations is read in a small heap.
   *
   * @param file the previous round's atlas file, not null
   * @return the previous round, named by the file's path
   * @throws IOException if the file cannot be read
   * @throws AtlasFormatException if it is not a valid atlas document
   */
  public PreviousRound readPreviousRound(Path file) throws IOException {
    try (StationStream stream = stream(file)) {
      return PreviousRounds.of(stream, () -> stream(file));
    }
  }

  /**
   * Whether the document's first two members are the format marker and the version this library
   * reads, in that order; once it binds, duplicate detection rules out a second of either.
   */
  private boolean startsWithHeader(byte[] document) {
    try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), document)) {
      return p.nextToken() == JsonToken.START_OBJECT
          && p.nextToken() == JsonToken.PROPERTY_NAME
          && "format".equals(p.currentName())
          && p.nextToken() == JsonToken.VALUE_STRING
          && Codecs.FORMAT.equals(p.getString())
          && p.nextToken() == JsonToken.PROPERTY_NAME
          && "schemaVersion".equals(p.currentName())
          && p.nextToken() == JsonToken.VALUE_NUMBER_INT
          && String.valueOf(Atlas.SCHEMA_VERSION).equals(p.getString());
    } catch (JacksonException e) {
      return false;
    }
  }

  /**
   * Reads the previous round's atlas from a stream to its end, as {@link #readPreviousRound(Path)}
   * does from a file, but holding the document in memory (it is read again at the end of a
   * validation): for a previous round of a million stations give a file. Does not close {@code in}.
   *
   * @param in the stream, not null
   * @param sourceName how findings name the stream, such as {@code -} for standard input
   * @return the previous round
   * @throws IOException if the stream cannot be read or copied
   * @throws AtlasFormatException if it is not a valid atlas document
   */
  public PreviousRound readPreviousRound(InputStream in, String sourceName) throws IOException {
    return readPreviousRound(readDocument(in, sourceName), sourceName);
  }

  /**
   * Reads the previous round's atlas from a document in memory, as {@link #readPreviousRound(Path)}
   * does from a file.
   *
   * @param document the previous round's atlas document, not null
   * @param sourceName how findings name the document, such as its file path, not null
   * @return the previous round
   * @throws AtlasFormatException if it is not a valid atlas document
   */
  public PreviousRound readPreviousRound(byte[] document, String sourceName) {
    return PreviousRounds.of(parse(document, sourceName));
  }

  /**
   * Reads a validation policy: a JSON object with any of {@code maxExpectedVoters}, {@code
   * minOfficials}, {@code minObservers}, {@code minCoverage} and {@code maxCoverage} (in percent:
   * {@code 80} is 80 %), {@code disabledRules} (rule ids) and {@code severityOverrides} (rule id to
   * {@code error}, {@code warning} or {@code info}, in any case). Properties left out keep their
   * defaults; docs/policy.md has the details.
   *
   * @param document the document
   * @param sourceName how messages name the document, such as its file path
   * @throws AtlasFormatException if it is not a valid policy document
   * @return the policy, not null
   */
  public ValidationPolicy parsePolicy(byte[] document, String sourceName) {
    SourceMap sourceMap = DocumentScanner.scanOther(parsers, limits, document, sourceName);
    try {
      return mapper().readValue(document, ValidationPolicy.class);
    } catch (JacksonException e) {
      throw Problems.translate(e, sourceMap, limits);
    }
  }

  /**
   * {@return the atlas as a canonical document}
   *
   * @param atlas the atlas
   * @throws IllegalArgumentException if its extensions nest deeper than the nesting limit, or a
   *     number is NaN or infinite, so that the document could not be read back
   */
  public String write(Atlas atlas) {
    return new String(toBytes(atlas), UTF_8);
  }

  /**
   * Writes the atlas as a canonical UTF-8 document to the stream; does not close it.
   *
   * @param atlas the atlas
   * @param out the out
   * @throws IllegalArgumentException if its extensions nest deeper than the nesting limit, or a
   *     number is NaN or infinite
   * @throws IOException if the output cannot be written
   */
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
   * @param out the out
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
    StationWriter stations = writer(atlas, out);
    for (Iterator<? extends PollingStation> it = pollingStations.iterator(); it.hasNext(); ) {
      stations.write(it.next());
    }
    stations.finish();
  }

  /**
   * Opens a writer of a canonical atlas document whose stations are given one at a time, so that
   * memory stays bounded however many there are: it writes the frame's members before the stations
   * now, each station when given, and the rest when finished. The bytes are those {@link
   * #write(Atlas, OutputStream)} writes for the frame holding the same stations.
   *
   * @param frame everything but the stations; it has none of its own
   * @param out the stream, which the writer never closes
   * @return the writer, to be given each station and then {@linkplain StationWriter#finish
   *     finished}
   * @throws IllegalArgumentException if the frame has polling stations of its own
   * @throws IOException if the stream cannot be written
   */
  public StationWriter writer(Atlas frame, OutputStream out) throws IOException {
    return StationWriter.open(canonicalWriter(), limits, frame, out);
  }

  /**
   * Writes the atlas as a canonical document to the file, replacing it only once the whole document
   * is written: a failure leaves an existing file as it was.
   *
   * @param atlas the atlas
   * @param file the file
   * @throws IllegalArgumentException if its extensions nest deeper than the nesting limit, or a
   *     number is NaN or infinite
   * @throws IOException if the output cannot be written
   */
  public void write(Atlas atlas, Path file) throws IOException {
    AtomicFiles.write(file, toBytes(atlas));
  }

  /**
   * {@return a generator that writes JSON as the canonical writer does (two-space indent, one value
   * per line), for other documents of this library such as reports; closing it does not close the
   * stream}
   *
   * @param out the out
   */
  public JsonGenerator generator(OutputStream out) {
    return canonicalWriter().createGenerator(out);
  }

  private byte[] toBytes(Atlas atlas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      canonicalWriter().writeValue(out, atlas);
    } catch (StreamConstraintsException e) {
      throw new IllegalArgumentException("cannot write the atlas: " + limits.nestedTooDeep(), e);
    } catch (Codecs.NotWritable e) {
      throw new IllegalArgumentException("cannot write the atlas: " + e.getOriginalMessage(), e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Builds an {@link AtlasJson} with other limits than the defaults of {@link #standard()}. A limit
   * left unset keeps its default.
   *
   * <pre>{@code
   * AtlasJson json = AtlasJson.builder().maxNestingDepth(200).maxStringLength(50_000_000).build();
   * }</pre>
   */
  public static final class Builder {
    private int maxNestingDepth = Limits.DEFAULTS.maxNestingDepth();
    private int maxStringLength = Limits.DEFAULTS.maxStringLength();
    private long maxDocumentLength = Limits.DEFAULTS.maxDocumentLength();
    private int maxNumberLength = Limits.DEFAULTS.maxNumberLength();
    private int maxNameLength = Limits.DEFAULTS.maxNameLength();

    private Builder() {}

    /**
     * {@return how deep objects and arrays may nest, counting the document's own object as 1; 64 by
     * default, at most 500} An atlas's own objects nest 6 deep; the rest is for {@code extensions}.
     *
     * @param depth the depth
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * {@return the longest string, in characters; 1,000,000 by default}
     *
     * @param characters the characters
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = characters;
      return this;
    }

    /**
     * {@return the longest document, in bytes; 1 GiB (1,073,741,824) by default, at most
     * 2,147,483,639 (a document is read into one array)}
     *
     * @param bytes the bytes
     */
    public Builder maxDocumentLength(long bytes) {
      this.maxDocumentLength = bytes;
      return this;
    }

    /**
     * {@return the longest number literal, in characters; 1,000 by default}
     *
     * @param characters the characters
     */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = characters;
      return this;
    }

    /**
     * {@return the longest property name, in characters; 1,000 by default}
     *
     * @param characters the characters
     */
    public Builder maxNameLength(int characters) {
      this.maxNameLength = characters;
      return this;
    }

    /**
     * {@return the reader and writer with these limits}
     *
     * @throws IllegalArgumentException if a limit is below 1 or above its maximum; the message
     *     names it
     */
    public AtlasJson build() {
      return new AtlasJson(
          new Limits(
              maxNestingDepth, maxStringLength, maxDocumentLength, maxNumberLength, maxNameLength));
    }
  }
}
