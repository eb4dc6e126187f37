package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.model.Atlas;
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
import org.electionatlas.text.Folding;
import org.jspecify.annotations.Nullable;

/**
 * Polling stations as a spreadsheet: one row per station, for the people who keep station lists in
 * Excel or LibreOffice. docs/csv.md documents the columns.
 *
 * <p>{@link #write} writes every station of an atlas as UTF-8 with a byte order mark (so that Excel
 * opens Persian text correctly), CRLF line ends and RFC 4180 quoting, under the header {@link
 * #HEADER}. {@link #importInto} reads such a file back into an atlas: it adds the stations whose id
 * the atlas does not have and updates those it has. It reads the English header names or their
 * Persian equivalents, Persian and Arabic-Indic digits, a byte order mark or none, and comma or
 * semicolon separators. Every bad row is reported, with its line, and then nothing is imported.
 *
 * <p>A column the file does not have leaves that value of an updated station as it was; an empty
 * cell clears an optional value. The CSV has no column for ids in other datasets, {@code
 * extensions} or names in languages other than Persian and English: an update keeps those, and
 * keeps a name's other languages as long as its Persian text is unchanged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StationCsv {

  /** The columns, in the order {@link #write} writes them. */
  public static final List<String> HEADER =
      Arrays.stream(Column.values()).map(column -> column.header).toList();

  /**
   * What an import did.
   *
   * @param atlas the atlas with the file's stations added or updated
   * @param added how many stations were new
   * @param updated how many stations replaced one of the same id and differ from it
   * @param unchanged how many rows named a station of the atlas and changed nothing in it
   */
  public record Imported(Atlas atlas, int added, int updated, int unchanged) {}

  /** The columns with their Persian names and the other names a spreadsheet may give them. */
  enum Column {
    ID("id", "شناسه"),
    COUNTY("county", "شهرستان"),
    NUMBER("number", "شماره شعبه", "شماره"),
    NAME_FA("name_fa", "نام", "نام فارسی"),
    NAME_EN("name_en", "نام انگلیسی"),
    ADDRESS("address", "نشانی", "آدرس"),
    SETTLEMENT_FA("settlement_fa", "آبادی", "شهر یا روستا"),
    SETTLEMENT_EN("settlement_en", "نام انگلیسی آبادی"),
    SETTLEMENT_KIND("settlement_kind", "نوع آبادی"),
    LAT("lat", "عرض جغرافیایی", "عرض", "latitude"),
    LON("lon", "طول جغرافیایی", "طول", "longitude"),
    KIND("kind", "نوع شعبه"),
    VOTING_METHOD("voting_method", "شیوه اخذ رأی", "روش رأی‌گیری"),
    EXPECTED_VOTERS("expected_voters", "رأی‌دهندگان پیش‌بینی‌شده", "تعداد رأی‌دهندگان"),
    ACCESSIBLE("accessible", "بدون پله", "دسترس‌پذیر"),
    OFFICIALS("officials", "عوامل اجرایی"),
    OBSERVERS("observers", "ناظران"),
    RISK("risk", "سطح خطر", "ریسک"),
    RISK_NOTE("risk_note", "توضیح خطر");

    final String header;
    final String persian;
    final List<String> aliases;

    Column(String header, String persian, String... aliases) {
      this.header = header;
      this.persian = persian;
      this.aliases = List.of(aliases);
    }
  }

  /** The columns a new station needs, because the model requires those values. */
  private static final List<Column> REQUIRED_FOR_NEW =
      List.of(
          Column.ID,
          Column.COUNTY,
          Column.NUMBER,
          Column.NAME_FA,
          Column.KIND,
          Column.VOTING_METHOD,
          Column.EXPECTED_VOTERS);

  private static final Map<String, Column> COLUMNS_BY_KEY = columnsByKey();

  private static final Map<String, StationKind> KINDS =
      words(StationKind.class, Map.of("ثابت", StationKind.FIXED, "سیار", StationKind.MOBILE));
  private static final Map<String, VotingMethod> METHODS =
      words(
          VotingMethod.class,
          Map.of(
              "کاغذی",
              VotingMethod.PAPER,
              "الکترونیکی",
              VotingMethod.ELECTRONIC,
              "الکترونیک",
              VotingMethod.ELECTRONIC));
  private static final Map<String, SettlementKind> SETTLEMENT_KINDS =
      words(
          SettlementKind.class,
          Map.of(
              "شهری", SettlementKind.URBAN,
              "شهر", SettlementKind.URBAN,
              "روستایی", SettlementKind.RURAL,
              "روستا", SettlementKind.RURAL));
  private static final Map<String, RiskLevel> RISK_LEVELS =
      words(
          RiskLevel.class,
          Map.of(
              "کم", RiskLevel.LOW,
              "پایین", RiskLevel.LOW,
              "متوسط", RiskLevel.MEDIUM,
              "زیاد", RiskLevel.HIGH,
              "بالا", RiskLevel.HIGH));
  private static final Map<String, Boolean> BOOLEANS =
      Map.of(
          "true", true, "yes", true, "بله", true, "بلی", true, "false", false, "no", false, "خیر",
          false);

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern GROUPED_INTEGER = Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[0-9]+,[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  /** U+FFFD in UTF-8. */
  private static final byte[] REPLACEMENT_CHARACTER = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private StationCsv() {}

  /**
   * Writes the atlas's stations, one row each in the atlas's order, as UTF-8 with a byte order mark
   * and CRLF line ends; does not close the stream.
   *
   * @param atlas the atlas
   * @param out the out
   * @throws IOException if the output cannot be written
   */
  public static void write(Atlas atlas, OutputStream out) throws IOException {
    RowWriter rows = writer(out);
    for (PollingStation station : atlas.pollingStations()) {
      rows.write(station);
    }
    rows.finish();
  }

  /**
   * Opens a writer of stations as CSV, one row each as they are given, for an atlas read as a
   * stream: the byte order mark and the header now, a row per {@link RowWriter#write}; the bytes
   * are those {@link #write} writes for the same stations.
   *
   * @param out the stream, which the writer never closes
   * @return the writer
   * @throws IOException if the stream cannot be written
   */
  public static RowWriter writer(OutputStream out) throws IOException {
    return new RowWriter(out);
  }

  /** Writes stations as CSV rows as they come; from {@link #writer}. Not thread-safe. */
  public static final class RowWriter {
    private final Writer writer;

    private RowWriter(OutputStream out) throws IOException {
      // UTF-8 cannot hold an unpaired surrogate: it becomes U+FFFD, visibly, where the default
      // encoder would write "?" (docs/csv.md).
      this.writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  requireNonNull(out, "out"),
                  UTF_8
                      .newEncoder()
                      .onMalformedInput(CodingErrorAction.REPLACE)
                      .onUnmappableCharacter(CodingErrorAction.REPLACE)
                      .replaceWith(REPLACEMENT_CHARACTER)));
      writer.write('\uFEFF');
      Csv.writeRow(writer, HEADER);
    }

    /**
     * Writes the station's row.
     *
     * @param station the station, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(PollingStation station) throws IOException {
      Csv.writeRow(writer, fields(station));
    }

    /**
     * Writes what is buffered to the stream and flushes it; does not close it.
     *
     * @throws IOException if the stream cannot be written
     */
    public void finish() throws IOException {
      writer.flush();
    }
  }

  /**
   * Adds the file's stations to the atlas, or updates those whose id it has; updated stations keep
   * their place and new ones follow the atlas's stations in the file's order.
   *
   * @param atlas the atlas
   * @param csv the bytes of the file
   * @param source how problems name the file, such as its path
   * @throws CsvImportException with every problem of the file when there is one; nothing is
   *     imported then
   * @return the atlas with the stations added or updated, and what changed
   */
  public static Imported importInto(Atlas atlas, byte[] csv, String source) {
    return importInto(atlas, csv, source, AtlasJson.standard());
  }

  /**
   * Imports as {@link #importInto(Atlas, byte[], String)} does, within the reader's limits: a cell
   * longer than the reader's {@code maxStringLength} is a problem of its row, so that the atlas
   * written from the import is one the reader reads back.
   *
   * @param atlas the atlas the stations go into, not null
   * @param csv the bytes of the CSV file, not null
   * @param source how messages name the CSV, such as its path
   * @param reader the reader whose limits apply, not null
   * @return the atlas with the stations added or updated, and what changed
   */
  public static Imported importInto(Atlas atlas, byte[] csv, String source, AtlasJson reader) {
    Importer.Plan plan;
    try {
      plan =
          new Importer(source, reader.limits())
              .plan(csv, consumer -> atlas.pollingStations().forEach(consumer));
    } catch (IOException e) {
      // The stations are in memory; looking through them reads nothing.
      throw new UncheckedIOException(e);
    }
    List<PollingStation> stations = new ArrayList<>(atlas.pollingStations().size());
    Map<String, PollingStation> replacing = new HashMap<>(plan.replaced);
    for (PollingStation station : atlas.pollingStations()) {
      PollingStation replacement = replacing.remove(station.id());
      stations.add(replacement != null ? replacement : station);
    }
    stations.addAll(plan.added);
    return new Imported(
        Atlas.builder().from(atlas).pollingStations(stations).build(),
        plan.added.size(),
        plan.updated,
        plan.unchanged);
  }

  /**
   * What an import into an atlas read as a stream did.
   *
   * @param added how many stations were new
   * @param updated how many stations replaced one of the same id and differ from it
   * @param unchanged how many rows named a station of the atlas and changed nothing in it
   */
  public record Summary(int added, int updated, int unchanged) {}

  /**
   * Imports as {@link #importInto(Atlas, byte[], String, AtlasJson)} does, for an atlas whose
   * stations are not in memory, and writes the canonical atlas with the file's stations to the
   * stream: the same bytes that writing the in-memory import's atlas gives. The stations are gone
   * through twice, first for those the file names, then to write each one; what is held is the CSV
   * file (the small side: a spreadsheet of stations) and, for each of its rows, the station it
   * names. Nothing is written when the file has a problem.
   *
   * @param frame the atlas without its stations, not null
   * @param stations the atlas's stations, gone through twice
   * @param csv the bytes of the CSV file, not null
   * @param source how messages name the CSV, such as its path
   * @param json the reader whose limits apply and the writer of the atlas, not null
   * @param out where the atlas is written; not closed
   * @return what changed
   * @throws CsvImportException with every problem of the file when there is one; nothing is written
   *     then
   * @throws IOException if the stations cannot be read or the stream written
   */
  public static Summary importInto(
      Atlas frame,
      StationSource stations,
      byte[] csv,
      String source,
      AtlasJson json,
      OutputStream out)
      throws IOException {
    Importer.Plan plan = new Importer(source, json.limits()).plan(csv, stations);
    StationWriter writer = json.writer(frame, out);
    Map<String, PollingStation> replacing = new HashMap<>(plan.replaced);
    IOException[] failed = {null};
    stations.forEach(
        station -> {
          if (failed[0] != null) {
            return;
          }
          PollingStation replacement = replacing.remove(station.id());
          try {
            writer.write(replacement != null ? replacement : station);
          } catch (IOException e) {
            failed[0] = e;
          }
        });
    if (failed[0] != null) {
      throw failed[0];
    }
    for (PollingStation station : plan.added) {
      writer.write(station);
    }
    writer.finish();
    return new Summary(plan.added.size(), plan.updated, plan.unchanged);
  }

  private static List<String> fields(PollingStation station) {
    List<String> fields = new ArrayList<>(Column.values().length);
    fields.add(SafeText.csvCell(station.id()));
    fields.add(SafeText.csvCell(station.county()));
    fields.add(String.valueOf(station.number()));
    fields.add(SafeText.csvCell(station.name().fa()));
    fields.add(SafeText.csvCell(station.name().en().orElse("")));
    fields.add(SafeText.csvCell(station.address().orElse("")));
    fields.add(SafeText.csvCell(station.settlement().map(s -> s.name().fa()).orElse("")));
    fields.add(SafeText.csvCell(station.settlement().flatMap(s -> s.name().en()).orElse("")));
    fields.add(station.settlement().map(s -> s.kind().name()).orElse(""));
    fields.add(station.location().map(l -> decimal(l.lat())).orElse(""));
    fields.add(station.location().map(l -> decimal(l.lon())).orElse(""));
    fields.add(station.kind().name());
    fields.add(station.votingMethod().name());
    fields.add(String.valueOf(station.expectedVoters()));
    fields.add(station.accessible().map(String::valueOf).orElse(""));
    fields.add(station.staff().map(s -> String.valueOf(s.officials())).orElse(""));
    fields.add(station.staff().map(s -> String.valueOf(s.observers())).orElse(""));
    fields.add(station.risk().map(r -> r.level().name()).orElse(""));
    fields.add(SafeText.csvCell(station.risk().flatMap(Risk::note).orElse("")));
    return fields;
  }

  /** The shortest text that reads back as the same double, never in exponent form. */
  private static String decimal(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value).toPlainString() : "";
  }

  /**
   * The form of a header name or a word that matching compares: lower case, Arabic yeh and kaf as
   * Persian, hamza on alef dropped, and without spaces, zero-width non-joiners, direction marks,
   * tatweels, underscores and hyphens, so that "Voting Method", "votingMethod" and "voting_method"
   * match, and so do "رأی‌گیری" and "رای گیری".
   */
  static String key(String text) {
    return Folding.HEADER.apply(text);
  }

  /** Persian and Arabic-Indic digits as ASCII, and the Arabic decimal and group separators. */
  static String latinDigits(String text) {
    return Folding.NUMBER.apply(text);
  }

  private static Map<String, Column> columnsByKey() {
    Map<String, Column> columns = new HashMap<>();
    for (Column column : Column.values()) {
      columns.put(key(column.header), column);
      columns.put(key(column.persian), column);
      for (String alias : column.aliases) {
        columns.put(key(alias), column);
      }
    }
    return Map.copyOf(columns);
  }

  /** The constants by their English names, in any case, and by the given Persian words. */
  private static <E extends Enum<E>> Map<String, E> words(Class<E> type, Map<String, E> persian) {
    Map<String, E> words = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      words.put(key(constant.name()), constant);
    }
    persian.forEach((word, constant) -> words.put(key(word), constant));
    return Map.copyOf(words);
  }

  /** One import: reads the header, then every row, collecting problems as it goes. */
  private static final class Importer {
    private final String source;
    private final Limits limits;
    private final List<CsvImportException.Problem> problems = new ArrayList<>();
    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
    private final Map<Column, String> written = new EnumMap<>(Column.class);

    Importer(String source, Limits limits) {
      this.source = source;
      this.limits = limits;
    }

    /** What the rows do to the atlas: the stations they replace, by id, and those they add. */
    static final class Plan {
      final Map<String, PollingStation> replaced = new HashMap<>();
      final List<PollingStation> added = new ArrayList<>();
      int updated;
      int unchanged;
    }

    /**
     * Reads the file and works out what each row does, looking the atlas's stations through once
     * for those the rows name: the first station of each id, which an update replaces in place.
     */
    Plan plan(byte[] bytes, StationSource stations) throws IOException {
      Optional<String> text = decode(bytes);
      if (text.isEmpty()) {
        throw new CsvImportException(problems);
      }
      Csv.Parsed parsed = Csv.read(text.get(), Csv.separatorOf(text.get()));
      parsed.problems().forEach(p -> problem(p.line(), p.message()));
      if (parsed.rows().isEmpty()) {
        problem(1, "the file is empty; expected a header line such as " + String.join(",", HEADER));
        throw new CsvImportException(problems);
      }
      readHeader(parsed.rows().get(0));
      if (!problems.isEmpty()) {
        throw new CsvImportException(problems);
      }
      List<Csv.Row> rows = parsed.rows().subList(1, parsed.rows().size());
      Map<String, PollingStation> existing = existing(rows, stations);
      Map<String, Integer> lineById = new HashMap<>();
      Plan plan = new Plan();
      for (Csv.Row row : rows) {
        Optional<PollingStation> station = station(row, existing, lineById);
        if (station.isEmpty()) {
          continue;
        }
        PollingStation before = existing.get(station.get().id());
        if (before == null) {
          plan.added.add(station.get());
        } else if (before.equals(station.get())) {
          plan.unchanged++;
        } else {
          plan.replaced.put(station.get().id(), station.get());
          plan.updated++;
        }
      }
      if (!problems.isEmpty()) {
        throw new CsvImportException(problems);
      }
      return plan;
    }

    /** The first station of each id a row names, from one look through the atlas's stations. */
    private Map<String, PollingStation> existing(List<Csv.Row> rows, StationSource stations)
        throws IOException {
      Integer idColumn = positions.get(Column.ID);
      Map<String, PollingStation> existing = new HashMap<>();
      if (idColumn == null) {
        return existing;
      }
      Set<String> named = new HashSet<>();
      for (Csv.Row row : rows) {
        if (idColumn < row.fields().size()) {
          named.add(SafeText.fromCsvCell(row.fields().get(idColumn)));
        }
      }
      stations.forEach(
          station -> {
            if (named.contains(station.id())) {
              existing.putIfAbsent(station.id(), station);
            }
          });
      return existing;
    }

    private void problem(int line, String message) {
      problems.add(new CsvImportException.Problem(source, line, message));
    }

    /** The text of UTF-8 bytes without a byte order mark; empty after a problem. */
    private Optional<String> decode(byte[] bytes) {
      if (bytes.length >= 2
          && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
              || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
        problem(1, "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\"");
        return Optional.empty();
      }
      int start =
          bytes.length >= 3
                  && bytes[0] == (byte) 0xEF
                  && bytes[1] == (byte) 0xBB
                  && bytes[2] == (byte) 0xBF
              ? 3
              : 0;
      ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      CharsetDecoder decoder =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int bad = in.position();
        int line = 1;
        for (int i = 0; i < bad; i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        problem(
            line,
            String.format(
                Locale.ROOT,
                "the file is not UTF-8 (byte 0x%02X cannot start or continue a character); save"
                    + " it as \"CSV UTF-8\"",
                bytes[bad] & 0xFF));
        return Optional.empty();
      }
      decoder.flush(out);
      out.flip();
      return Optional.of(out.toString());
    }

    private void readHeader(Csv.Row header) {
      List<String> names = header.fields();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (key(name).isEmpty()) {
          if (i == names.size() - 1) {
            continue;
          }
          problem(header.line(), "column " + (i + 1) + " has no name");
          continue;
        }
        Column column = COLUMNS_BY_KEY.get(key(name));
        if (column == null) {
          problem(header.line(), unknownColumn(name));
        } else if (positions.containsKey(column)) {
          problem(
              header.line(),
              "the columns "
                  + SafeText.quoted(requireNonNull(written.get(column)))
                  + " and "
                  + SafeText.quoted(name)
                  + " are both "
                  + column.header
                  + "; keep one");
        } else {
          positions.put(column, i);
          written.put(column, name);
        }
      }
      if (!positions.isEmpty() && !positions.containsKey(Column.ID)) {
        problem(
            header.line(),
            "the header has no id column (\"id\" or \"شناسه\"), which matches rows to stations");
      }
      together(header.line(), Column.LAT, Column.LON);
      together(header.line(), Column.OFFICIALS, Column.OBSERVERS);
      together(header.line(), Column.SETTLEMENT_FA, Column.SETTLEMENT_KIND);
      needs(header.line(), Column.SETTLEMENT_EN, Column.SETTLEMENT_FA);
      needs(header.line(), Column.RISK_NOTE, Column.RISK);
    }

    private String unknownColumn(String name) {
      String nearest =
          COLUMNS_BY_KEY.keySet().stream()
              .min(Comparator.comparingInt(candidate -> Problems.distance(key(name), candidate)))
              .filter(candidate -> Problems.distance(key(name), candidate) <= 2)
              .map(candidate -> requireNonNull(COLUMNS_BY_KEY.get(candidate)).header)
              .orElse(null);
      return "unknown column "
          + SafeText.quoted(name)
          + (nearest == null
              ? "; the columns are " + String.join(", ", HEADER) + " or their Persian names"
              : "; did you mean \"" + nearest + "\"?");
    }

    private void together(int line, Column one, Column other) {
      if (positions.containsKey(one) != positions.containsKey(other)) {
        Column present = positions.containsKey(one) ? one : other;
        Column missing = present == one ? other : one;
        problem(
            line,
            "the column "
                + present.header
                + " needs the column "
                + missing.header
                + " beside it, which the header lacks");
      }
    }

    private void needs(int line, Column dependent, Column on) {
      if (positions.containsKey(dependent) && !positions.containsKey(on)) {
        problem(
            line,
            "the column "
                + dependent.header
                + " needs the column "
                + on.header
                + ", which the header lacks");
      }
    }

    /** The station a row describes, or empty when the row has problems (then reported). */
    private Optional<PollingStation> station(
        Csv.Row row, Map<String, PollingStation> existingById, Map<String, Integer> lineById) {
      Cells cells = new Cells(row);
      if (!cells.rightSize() || !cells.readable()) {
        return Optional.empty();
      }
      String id = cells.text(Column.ID).orElse("");
      if (id.isBlank()) {
        problem(row.line(), "the id is empty; every row needs the id of its station");
        return Optional.empty();
      }
      Integer earlier = lineById.putIfAbsent(id, row.line());
      if (earlier != null) {
        problem(
            row.line(),
            "station "
                + SafeText.quoted(id)
                + " is also on line "
                + earlier
                + "; a station may appear once");
        return Optional.empty();
      }
      PollingStation existing = existingById.get(id);
      if (existing == null) {
        List<String> lacking =
            REQUIRED_FOR_NEW.stream()
                .filter(column -> !positions.containsKey(column))
                .map(column -> column.header)
                .toList();
        if (!lacking.isEmpty()) {
          problem(
              row.line(),
              "station "
                  + SafeText.quoted(id)
                  + " is not in the atlas, and a new station needs the columns "
                  + String.join(", ", lacking)
                  + ", which the file lacks");
          return Optional.empty();
        }
      }
      PollingStation.Builder station = PollingStation.builder();
      if (existing != null) {
        station.from(existing);
      }
      station.id(id);
      cells.required(Column.COUNTY, (column, text) -> Optional.of(text)).ifPresent(station::county);
      cells.required(Column.NUMBER, cells::integer).ifPresent(station::number);
      name(cells, existing).ifPresent(station::name);
      cells
          .optional(Column.ADDRESS, (column, text) -> Optional.of(text))
          .ifPresent(station::address);
      settlement(cells, existing).ifPresent(station::settlement);
      location(cells, existing).ifPresent(station::location);
      cells
          .required(Column.KIND, cells.word(KINDS, "FIXED or MOBILE (ثابت or سیار)"))
          .ifPresent(station::kind);
      cells
          .required(
              Column.VOTING_METHOD,
              cells.word(METHODS, "PAPER or ELECTRONIC (کاغذی or الکترونیکی)"))
          .ifPresent(station::votingMethod);
      cells.required(Column.EXPECTED_VOTERS, cells::integer).ifPresent(station::expectedVoters);
      cells
          .optional(Column.ACCESSIBLE, cells.word(BOOLEANS, "true or false (بله or خیر), or empty"))
          .ifPresent(station::accessible);
      staff(cells, existing).ifPresent(station::staff);
      risk(cells, existing).ifPresent(station::risk);
      if (cells.failed) {
        return Optional.empty();
      }
      return Optional.of(station.build());
    }

    /** The name after the row: absent when the row leaves it as it is. */
    private Optional<LocalizedName> name(Cells cells, @Nullable PollingStation existing) {
      if (!cells.has(Column.NAME_FA) && !cells.has(Column.NAME_EN)) {
        return Optional.empty();
      }
      Optional<String> fa =
          cells.has(Column.NAME_FA) ? cells.text(Column.NAME_FA) : Optional.empty();
      if (cells.has(Column.NAME_FA) && fa.filter(text -> !text.isBlank()).isEmpty()) {
        cells.fail(Column.NAME_FA, "the Persian name is empty; a station needs one");
        return Optional.empty();
      }
      return Optional.of(
          merge(
              existing == null ? null : existing.name(),
              fa,
              cells.has(Column.NAME_EN),
              cells.text(Column.NAME_EN)));
    }

    private Optional<Optional<Settlement>> settlement(
        Cells cells, @Nullable PollingStation existing) {
      if (!cells.has(Column.SETTLEMENT_FA)) {
        return Optional.empty();
      }
      Optional<String> fa = cells.text(Column.SETTLEMENT_FA).filter(text -> !text.isBlank());
      Optional<SettlementKind> kind =
          cells
              .optional(
                  Column.SETTLEMENT_KIND,
                  cells.word(SETTLEMENT_KINDS, "URBAN or RURAL (شهری or روستایی)"))
              .flatMap(Function.identity());
      Optional<String> en = cells.text(Column.SETTLEMENT_EN);
      if (fa.isEmpty()) {
        if (kind.isPresent() || en.isPresent()) {
          cells.fail(
              Column.SETTLEMENT_FA,
              "the settlement has a kind or an English name but no Persian name");
        }
        return Optional.of(Optional.empty());
      }
      if (kind.isEmpty()) {
        if (!cells.failedOn(Column.SETTLEMENT_KIND)) {
          cells.fail(
              Column.SETTLEMENT_KIND,
              "the settlement's kind is empty; it is URBAN or RURAL (شهری or روستایی)");
        }
        return Optional.empty();
      }
      Optional<Settlement> before = existing == null ? Optional.empty() : existing.settlement();
      Settlement.Builder settlement = Settlement.builder();
      before.ifPresent(settlement::from);
      settlement
          .name(
              merge(
                  before.map(Settlement::name).orElse(null),
                  fa,
                  cells.has(Column.SETTLEMENT_EN),
                  en))
          .kind(kind.get());
      return Optional.of(Optional.of(settlement.build()));
    }

    private Optional<Optional<Location>> location(Cells cells, @Nullable PollingStation existing) {
      if (!cells.has(Column.LAT)) {
        return Optional.empty();
      }
      Optional<Double> lat =
          cells.optional(Column.LAT, cells::decimal).flatMap(Function.identity());
      Optional<Double> lon =
          cells.optional(Column.LON, cells::decimal).flatMap(Function.identity());
      if (cells.failedOn(Column.LAT) || cells.failedOn(Column.LON)) {
        return Optional.empty();
      }
      if (lat.isPresent() != lon.isPresent()) {
        cells.fail(
            lat.isPresent() ? Column.LON : Column.LAT,
            "a location needs both lat and lon, or neither");
        return Optional.empty();
      }
      if (lat.isEmpty()) {
        return Optional.of(Optional.empty());
      }
      Location.Builder location = Location.builder();
      if (existing != null) {
        existing.location().ifPresent(location::from);
      }
      return Optional.of(Optional.of(location.lat(lat.get()).lon(lon.get()).build()));
    }

    private Optional<Optional<Staff>> staff(Cells cells, @Nullable PollingStation existing) {
      if (!cells.has(Column.OFFICIALS)) {
        return Optional.empty();
      }
      Optional<Integer> officials =
          cells.optional(Column.OFFICIALS, cells::integer).flatMap(Function.identity());
      Optional<Integer> observers =
          cells.optional(Column.OBSERVERS, cells::integer).flatMap(Function.identity());
      if (cells.failedOn(Column.OFFICIALS) || cells.failedOn(Column.OBSERVERS)) {
        return Optional.empty();
      }
      if (officials.isPresent() != observers.isPresent()) {
        cells.fail(
            officials.isPresent() ? Column.OBSERVERS : Column.OFFICIALS,
            "staff needs both officials and observers, or neither");
        return Optional.empty();
      }
      if (officials.isEmpty()) {
        return Optional.of(Optional.empty());
      }
      Staff.Builder staff = Staff.builder();
      if (existing != null) {
        existing.staff().ifPresent(staff::from);
      }
      return Optional.of(
          Optional.of(staff.officials(officials.get()).observers(observers.get()).build()));
    }

    private Optional<Optional<Risk>> risk(Cells cells, @Nullable PollingStation existing) {
      if (!cells.has(Column.RISK)) {
        return Optional.empty();
      }
      Optional<RiskLevel> level =
          cells
              .optional(
                  Column.RISK,
                  cells.word(RISK_LEVELS, "LOW, MEDIUM or HIGH (کم, متوسط or زیاد), or empty"))
              .flatMap(Function.identity());
      Optional<String> note = cells.text(Column.RISK_NOTE);
      if (cells.failedOn(Column.RISK)) {
        return Optional.empty();
      }
      if (level.isEmpty()) {
        if (note.isPresent()) {
          cells.fail(Column.RISK_NOTE, "a risk note needs a risk level");
        }
        return Optional.of(Optional.empty());
      }
      Risk.Builder risk = Risk.builder();
      if (existing != null) {
        existing.risk().ifPresent(risk::from);
      }
      risk.level(level.get());
      if (cells.has(Column.RISK_NOTE)) {
        risk.note(note);
      }
      return Optional.of(Optional.of(risk.build()));
    }

    /**
     * A name with the row's Persian and English texts; the other languages of the name before are
     * kept while its Persian text is unchanged, and so is its English text when the file has no
     * English column.
     */
    private static LocalizedName merge(
        @Nullable LocalizedName before,
        Optional<String> fa,
        boolean hasEnglish,
        Optional<String> en) {
      // A row without Persian text only reaches here for a station that has one already.
      String persian =
          fa.isPresent() ? fa.get() : requireNonNull(before, "the station's Persian name").fa();
      Map<String, String> values = new LinkedHashMap<>();
      if (before != null && before.fa().equals(persian)) {
        values.putAll(before.values());
      }
      values.put("fa", persian);
      if (hasEnglish) {
        values.remove("en");
        en.ifPresent(text -> values.put("en", text));
      }
      return LocalizedName.of(values);
    }

    /** Reads a non-empty cell of a column; reports a bad value to the row and gives nothing. */
    @FunctionalInterface
    private interface Parser<T> {
      Optional<T> parse(Column column, String text);
    }

    /** The cells of one row, read by column, with the row's problems. */
    private final class Cells {
      private final Csv.Row row;
      private final Map<Column, Boolean> failures = new EnumMap<>(Column.class);
      boolean failed;

      Cells(Csv.Row row) {
        this.row = row;
      }

      boolean rightSize() {
        List<String> fields = row.fields();
        int columns = positions.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        boolean extraAreEmpty =
            fields.subList(Math.min(columns, fields.size()), fields.size()).stream()
                .allMatch(String::isBlank);
        if (fields.size() < columns || !extraAreEmpty) {
          problem(
              row.line(),
              "the row has "
                  + fields.size()
                  + (fields.size() == 1 ? " field" : " fields")
                  + " but the header has "
                  + columns
                  + " columns; is a separator missing, or a quote not closed?");
          return false;
        }
        return true;
      }

      /**
       * Whether every cell is one the atlas reader would read back: no longer than its string
       * limit, and without control characters (tab and line breaks are allowed in an address or a
       * risk note only). Reports each cell that is not.
       */
      boolean readable() {
        for (Map.Entry<Column, Integer> position : positions.entrySet()) {
          Column column = position.getKey();
          String cell = row.fields().get(position.getValue());
          if (cell.length() > limits.maxStringLength()) {
            fail(column, limits.cellTooLong(cell.length()));
            continue;
          }
          boolean multiline = column == Column.ADDRESS || column == Column.RISK_NOTE;
          int unsafe = SafeText.firstUnsafe(cell, multiline);
          if (unsafe >= 0) {
            fail(
                column,
                "the cell holds the control character "
                    + SafeText.unicodeEscape(cell.charAt(unsafe))
                    + " at character "
                    + (unsafe + 1)
                    + (multiline
                        ? "; text may hold tabs and line breaks but no other control character"
                        : "; ids, names and values hold no control character, tab or line break"));
          }
        }
        return !failed;
      }

      boolean has(Column column) {
        return positions.containsKey(column);
      }

      boolean failedOn(Column column) {
        return failures.containsKey(column);
      }

      /** The cell's text as written, empty when the column is absent or the cell is empty. */
      Optional<String> text(Column column) {
        Integer position = positions.get(column);
        if (position == null) {
          return Optional.empty();
        }
        String text = SafeText.fromCsvCell(row.fields().get(position));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
      }

      void fail(Column column, String message) {
        failures.put(column, true);
        failed = true;
        problem(
            row.line(),
            "column "
                + SafeText.terminal(written.getOrDefault(column, column.header))
                + ": "
                + message);
      }

      /** A value that must be present when the column is: absent when the column is absent. */
      <T> Optional<T> required(Column column, Parser<T> parser) {
        if (!has(column)) {
          return Optional.empty();
        }
        Optional<String> text = text(column).filter(value -> !value.isBlank());
        if (text.isEmpty()) {
          fail(column, "the cell is empty; a station needs a value here");
          return Optional.empty();
        }
        return parser.parse(column, text.get());
      }

      /**
       * A value that may be empty: absent when the column is absent, else present holding the
       * value, or nothing when the cell is empty or bad.
       */
      <T> Optional<Optional<T>> optional(Column column, Parser<T> parser) {
        if (!has(column)) {
          return Optional.empty();
        }
        Optional<String> text = text(column).filter(value -> !value.isBlank());
        return Optional.of(text.isEmpty() ? Optional.empty() : parser.parse(column, text.get()));
      }

      Optional<Integer> integer(Column column, String text) {
        String digits = latinDigits(text.strip());
        if (GROUPED_INTEGER.matcher(digits).matches()) {
          digits = digits.replace(",", "");
        }
        if (!INTEGER.matcher(digits).matches()) {
          fail(column, SafeText.quoted(text) + " is not a whole number");
          return Optional.empty();
        }
        try {
          return Optional.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
          fail(column, "the number " + text.strip() + " is out of range");
          return Optional.empty();
        }
      }

      Optional<Double> decimal(Column column, String text) {
        String digits = latinDigits(text.strip());
        if (DECIMAL_COMMA.matcher(digits).matches()) {
          digits = digits.replace(',', '.');
        }
        if (!DECIMAL.matcher(digits).matches()) {
          fail(column, SafeText.quoted(text) + " is not a number in degrees, such as 30.2839");
          return Optional.empty();
        }
        double value = Double.parseDouble(digits);
        if (!Double.isFinite(value)) {
          fail(column, "the number " + text.strip() + " is out of range");
          return Optional.empty();
        }
        return Optional.of(value);
      }

      <T> Parser<T> word(Map<String, T> words, String expected) {
        return (column, text) -> {
          T value = words.get(key(text));
          if (value == null) {
            fail(column, SafeText.quoted(text) + " is not " + expected);
            return Optional.empty();
          }
          return Optional.of(value);
        };
      }
    }
  }

  /** The columns with their Persian names, for documentation: English header to Persian header. */
  static Map<String, String> persianHeaders() {
    return Arrays.stream(Column.values())
        .collect(
            Collectors.toMap(
                column -> column.header,
                column -> column.persian,
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
