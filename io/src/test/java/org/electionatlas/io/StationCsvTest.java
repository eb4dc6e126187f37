package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.ExtensionValue;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.Test;

class StationCsvTest {

  private static final Atlas KERMAN = Samples.load("kerman-1402");
  private static final Atlas MINIMAL = Samples.load("minimal");
  private static final String HEADER = String.join(",", StationCsv.HEADER);

  private static byte[] csv(Atlas atlas) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StationCsv.write(atlas, out);
    return out.toByteArray();
  }

  private static Atlas withoutStations(Atlas atlas) {
    return Atlas.builder().from(atlas).pollingStations(List.of()).build();
  }

  private static List<String> problems(Atlas atlas, String csv) {
    CsvImportException error =
        catchThrowableOfType(
            CsvImportException.class,
            () -> StationCsv.importInto(atlas, csv.getBytes(UTF_8), "stations.csv"));
    assertThat(error).as("importing\n%s", csv).isNotNull();
    return error.problems().stream().map(CsvImportException.Problem::toString).toList();
  }

  @Test
  void the_header_is_the_documented_one() {
    assertThat(HEADER)
        .isEqualTo(
            "id,county,number,name_fa,name_en,address,settlement_fa,settlement_en,settlement_kind,"
                + "lat,lon,kind,voting_method,expected_voters,accessible,officials,observers,risk,"
                + "risk_note");
  }

  @Test
  void the_file_is_utf8_with_a_byte_order_mark_and_crlf_line_ends() throws IOException {
    byte[] bytes = csv(MINIMAL);
    String text = new String(bytes, UTF_8);

    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(text)
        .isEqualTo(
            "\uFEFF"
                + HEADER
                + "\r\n"
                + "ravar-0001,ravar,1,دبستان شهید بهشتی,Shahid Beheshti School,,راور,Ravar,URBAN,"
                + "31.2656,56.8055,FIXED,PAPER,850,true,5,2,LOW,\r\n");
  }

  @Test
  void every_line_of_the_sample_ends_with_crlf_and_has_every_column() throws IOException {
    String text = new String(csv(KERMAN), UTF_8);

    assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    Csv.Parsed parsed = Csv.read(text.substring(1), ',');
    assertThat(parsed.rows()).hasSize(1 + KERMAN.pollingStations().size());
    assertThat(parsed.rows()).allSatisfy(row -> assertThat(row.fields()).hasSize(19));
  }

  @Test
  void the_sample_written_and_imported_into_itself_without_stations_gives_equal_stations()
      throws IOException {
    StationCsv.Imported imported =
        StationCsv.importInto(withoutStations(KERMAN), csv(KERMAN), "kerman.csv");

    assertThat(imported.atlas().pollingStations()).isEqualTo(KERMAN.pollingStations());
    assertThat(imported.atlas()).isEqualTo(KERMAN);
    assertThat(imported.added()).isEqualTo(2400);
    assertThat(imported.updated()).isZero();
  }

  @Test
  void awkward_text_survives_the_round_trip() throws IOException {
    PollingStation awkward =
        PollingStation.builder()
            .from(MINIMAL.pollingStations().get(0))
            .name(LocalizedName.of("مدرسه «نور»، شماره ۲", "School \"Nur\", No. 2"))
            .address("خیابان اول،\r\nکوچه ۳; پلاک 4")
            .location(Location.of(-0.0001, 179.123456789012))
            .build();
    Atlas atlas = Atlas.builder().from(MINIMAL).pollingStations(List.of(awkward)).build();

    Atlas imported = StationCsv.importInto(withoutStations(atlas), csv(atlas), "x.csv").atlas();

    assertThat(imported.pollingStations()).containsExactly(awkward);
  }

  @Test
  void a_row_updates_the_station_of_its_id_in_place_and_new_ids_are_appended() {
    Atlas before = KERMAN;
    PollingStation second = before.index().station("kerman-0002").orElseThrow();
    int position = before.pollingStations().indexOf(second);

    String full =
        HEADER
            + "\r\nnew-0001,ravar,99,ایستگاه تازه,,,,,,,,MOBILE,PAPER,100,,,,,\r\n"
            + "kerman-0002,kerman,2,"
            + second.name().fa()
            + ",,,,,,,,FIXED,PAPER,777,,,,HIGH,\r\n";
    StationCsv.Imported imported = StationCsv.importInto(before, full.getBytes(UTF_8), "u.csv");

    assertThat(imported.added()).isEqualTo(1);
    assertThat(imported.updated()).isEqualTo(1);
    List<PollingStation> stations = imported.atlas().pollingStations();
    assertThat(stations).hasSize(2401);
    assertThat(stations.get(position).id()).isEqualTo("kerman-0002");
    assertThat(stations.get(position).expectedVoters()).isEqualTo(777);
    assertThat(stations.get(2400).id()).isEqualTo("new-0001");
    assertThat(stations.get(2400).kind()).isEqualTo(StationKind.MOBILE);
  }

  @Test
  void columns_the_file_lacks_keep_their_values_and_an_empty_cell_clears_one() {
    String csv = "id,expected_voters,risk,address\r\nravar-0001,900,,\r\n";

    PollingStation updated =
        StationCsv.importInto(MINIMAL, csv.getBytes(UTF_8), "u.csv")
            .atlas()
            .pollingStations()
            .get(0);

    PollingStation before = MINIMAL.pollingStations().get(0);
    assertThat(updated.expectedVoters()).isEqualTo(900);
    assertThat(updated.risk()).isEmpty();
    assertThat(updated.address()).isEmpty();
    assertThat(updated.name()).isEqualTo(before.name());
    assertThat(updated.location()).isEqualTo(before.location());
    assertThat(updated.staff()).isEqualTo(before.staff());
  }

  @Test
  void an_update_keeps_external_ids_extensions_and_other_languages_of_an_unchanged_name() {
    PollingStation before =
        PollingStation.builder()
            .from(MINIMAL.pollingStations().get(0))
            .name(LocalizedName.of(Map.of("fa", "دبستان", "en", "School", "ar", "مدرسة")))
            .putExternalId("ocd", "ravar/1")
            .putExtension("note", new ExtensionValue.StringValue("kept"))
            .location(
                Location.builder()
                    .lat(31)
                    .lon(56)
                    .putExtension("gps", new ExtensionValue.BooleanValue(true))
                    .build())
            .build();
    Atlas atlas = Atlas.builder().from(MINIMAL).pollingStations(List.of(before)).build();
    String csv = "id,name_fa,lat,lon\r\nravar-0001,دبستان,31.5,56.5\r\n";

    PollingStation after =
        StationCsv.importInto(atlas, csv.getBytes(UTF_8), "u.csv").atlas().pollingStations().get(0);

    assertThat(after.name()).isEqualTo(before.name());
    assertThat(after.externalIds()).isEqualTo(before.externalIds());
    assertThat(after.extensions()).isEqualTo(before.extensions());
    assertThat(after.location().orElseThrow().lat()).isEqualTo(31.5);
    assertThat(after.location().orElseThrow().extensions()).containsKey("gps");

    String renamed = "id,name_fa\r\nravar-0001,دبستان نو\r\n";
    PollingStation afterRename =
        StationCsv.importInto(atlas, renamed.getBytes(UTF_8), "u.csv")
            .atlas()
            .pollingStations()
            .get(0);
    assertThat(afterRename.name()).isEqualTo(LocalizedName.of("دبستان نو"));
  }

  @Test
  void persian_headers_persian_digits_semicolons_and_no_byte_order_mark_are_read() {
    String csv =
        "شناسه;شهرستان;شماره شعبه;نام;عرض جغرافیایی;طول جغرافیایی;نوع شعبه;شیوه اخذ رای;"
            + "رأی‌دهندگان پیش‌بینی‌شده;آبادی;نوع آبادی;سطح خطر;بدون پله\n"
            + "ravar-0009;ravar;۹;مسجد جامع;۳۱٫۲۵;56,5;سیار;الکترونیکی;١٬٢٠٠;كوهبنان;روستایی;زیاد;بله\n";

    PollingStation station =
        StationCsv.importInto(MINIMAL, csv.getBytes(UTF_8), "fa.csv")
            .atlas()
            .index()
            .station("ravar-0009")
            .orElseThrow();

    assertThat(station.number()).isEqualTo(9);
    assertThat(station.location()).contains(Location.of(31.25, 56.5));
    assertThat(station.kind()).isEqualTo(StationKind.MOBILE);
    assertThat(station.votingMethod()).isEqualTo(VotingMethod.ELECTRONIC);
    assertThat(station.expectedVoters()).isEqualTo(1200);
    assertThat(station.settlement().orElseThrow().kind()).isEqualTo(SettlementKind.RURAL);
    assertThat(station.settlement().orElseThrow().name().fa()).isEqualTo("كوهبنان");
    assertThat(station.risk().orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
    assertThat(station.accessible()).contains(true);
  }

  @Test
  void every_bad_row_is_reported_with_its_line_and_nothing_is_imported() {
    String csv =
        HEADER
            + "\r\n"
            + "ravar-0002,ravar,2,دبستان,,,,,,31,56,FIXED,PAPER,100,,5,2,,\r\n"
            + "ravar-0003,ravar,x3,دبستان,,,,,,31,56,FIXD,PAPER,100,,5,2,,\r\n"
            + "ravar-0004,ravar,4,,,,,,,31,,FIXED,PAPER,100,,5,,,\r\n"
            + "\"ravar-0005\",\"ravar\",5\r\n"
            + "ravar-0002,ravar,6,دبستان,,,,,,31,56,FIXED,PAPER,100,,5,2,,\r\n"
            + ",ravar,7,دبستان,,,,,,31,56,FIXED,PAPER,99999999999,,5,2,,\r\n";

    assertThat(problems(MINIMAL, csv))
        .containsExactly(
            "stations.csv:3: column number: \"x3\" is not a whole number",
            "stations.csv:3: column kind: \"FIXD\" is not FIXED or MOBILE (ثابت or سیار)",
            "stations.csv:4: column name_fa: the Persian name is empty; a station needs one",
            "stations.csv:4: column lon: a location needs both lat and lon, or neither",
            "stations.csv:4: column observers: staff needs both officials and observers, or"
                + " neither",
            "stations.csv:5: the row has 3 fields but the header has 19 columns; is a separator"
                + " missing, or a quote not closed?",
            "stations.csv:6: station \"ravar-0002\" is also on line 2; a station may appear once",
            "stations.csv:7: the id is empty; every row needs the id of its station");
  }

  @Test
  void an_out_of_range_number_is_reported() {
    String csv = "id,expected_voters\r\nravar-0001,99999999999\r\n";

    assertThat(problems(MINIMAL, csv))
        .containsExactly(
            "stations.csv:2: column expected_voters: the number 99999999999 is out of range");
  }

  @Test
  void an_unknown_column_is_named_with_the_nearest_known_one() {
    assertThat(problems(MINIMAL, "id,expected_votrs,colour\r\nravar-0001,1,red\r\n"))
        .containsExactly(
            "stations.csv:1: unknown column \"expected_votrs\"; did you mean"
                + " \"expected_voters\"?",
            "stations.csv:1: unknown column \"colour\"; the columns are "
                + String.join(", ", StationCsv.HEADER)
                + " or their Persian names");
  }

  @Test
  void a_header_without_ids_or_with_half_a_location_is_refused() {
    assertThat(problems(MINIMAL, "county,lat\r\nravar,31\r\n"))
        .containsExactly(
            "stations.csv:1: the header has no id column (\"id\" or \"شناسه\"), which matches"
                + " rows to stations",
            "stations.csv:1: the column lat needs the column lon beside it, which the header"
                + " lacks");
  }

  @Test
  void a_new_station_needs_the_required_columns() {
    assertThat(problems(MINIMAL, "id,expected_voters\r\nravar-0099,10\r\n"))
        .containsExactly(
            "stations.csv:2: station \"ravar-0099\" is not in the atlas, and a new station needs"
                + " the columns county, number, name_fa, kind, voting_method, which the file"
                + " lacks");
  }

  @Test
  void a_file_in_a_windows_code_page_is_refused_on_the_line_of_its_first_bad_byte() {
    byte[] bytes =
        ("id,name_fa\r\nravar-0001,دبستان\r\n").getBytes(Charset.forName("windows-1256"));

    assertThat(
            catchThrowableOfType(
                    CsvImportException.class,
                    () -> StationCsv.importInto(MINIMAL, bytes, "excel.csv"))
                .problems())
        .extracting(Object::toString)
        .containsExactly(
            "excel.csv:2: the file is not UTF-8 (byte 0xCF cannot start or continue a character);"
                + " save it as \"CSV UTF-8\"");
  }

  @Test
  void a_quoted_cell_that_spans_lines_does_not_shift_the_lines_of_later_problems() {
    String csv = "id,address,number\r\nravar-0001,\"one\r\ntwo\r\nthree\",1\r\nravar-0001,x,y\r\n";

    assertThat(problems(MINIMAL, csv))
        .containsExactly(
            "stations.csv:5: station \"ravar-0001\" is also on line 2; a station may appear once");
  }

  @Test
  void an_empty_file_is_refused() {
    assertThat(problems(MINIMAL, "\uFEFF"))
        .containsExactly(
            "stations.csv:1: the file is empty; expected a header line such as " + HEADER);
  }

  @Test
  void every_alias_names_one_column_only() {
    Map<String, StationCsv.Column> seen = new java.util.HashMap<>();
    for (StationCsv.Column column : StationCsv.Column.values()) {
      List<String> names = new java.util.ArrayList<>(column.aliases);
      names.add(column.header);
      names.add(column.persian);
      for (String name : names) {
        StationCsv.Column before = seen.put(StationCsv.key(name), column);
        assertThat(before == null || before == column).as(name).isTrue();
      }
    }
  }

  @Test
  void docs_csv_md_lists_every_column_with_its_persian_name() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "csv.md"), UTF_8);

    StationCsv.persianHeaders()
        .forEach(
            (english, persian) ->
                assertThat(docs).contains("| `" + english + "` | " + persian + " |"));
  }
}
