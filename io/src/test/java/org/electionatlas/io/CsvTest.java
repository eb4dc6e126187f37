package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

  private static List<List<String>> fields(Csv.Parsed parsed) {
    return parsed.rows().stream().map(Csv.Row::fields).collect(Collectors.toList());
  }

  @Test
  void quoted_fields_hold_separators_doubled_quotes_and_line_breaks() {
    Csv.Parsed parsed =
        Csv.read("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,,\"\"\r\n", ',');

    assertThat(parsed.problems()).isEmpty();
    assertThat(fields(parsed))
        .containsExactly(
            List.of("a", "b,c", "say \"hi\"", "two\r\nlines"), List.of("next", "", ""));
  }

  @Test
  void a_record_is_named_by_the_line_it_starts_on() {
    Csv.Parsed parsed = Csv.read("h1,h2\n\"one\ntwo\nthree\",x\nlast,y", ',');

    assertThat(parsed.rows()).extracting(Csv.Row::line).containsExactly(1, 2, 5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a,b\r\nc,d\r\n", "a,b\nc,d\n", "a,b\rc,d\r", "a,b\nc,d", "a,b\n\nc,d\n\n"})
  void line_ends_of_every_kind_and_blank_lines_read_the_same(String text) {
    assertThat(fields(Csv.read(text, ','))).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void a_quote_inside_an_unquoted_field_is_a_problem_on_its_line() {
    Csv.Parsed parsed = Csv.read("a,b\nsay \"hi\",c\n", ',');

    assertThat(parsed.problems()).extracting(Csv.Problem::line).containsExactly(2);
    assertThat(parsed.problems().get(0).message()).startsWith("a double quote inside an unquoted");
  }

  @Test
  void text_after_a_closing_quote_is_a_problem() {
    Csv.Parsed parsed = Csv.read("a,b\n\"x\"y,c\n", ',');

    assertThat(parsed.problems()).extracting(Csv.Problem::line).containsExactly(2);
    assertThat(parsed.problems().get(0).message()).startsWith("text after the closing double");
  }

  @Test
  void a_quoted_field_that_never_closes_is_reported_where_it_opens() {
    Csv.Parsed parsed = Csv.read("a,b\nc,\"open\nd,e\n", ',');

    assertThat(parsed.problems()).extracting(Csv.Problem::line).containsExactly(2);
    assertThat(parsed.problems().get(0).message()).contains("never closed");
  }

  @Test
  void the_separator_is_the_one_the_header_uses_more_outside_quotes() {
    assertThat(Csv.separatorOf("id;county;\"a,b,c\"\n1,2,3")).isEqualTo(';');
    assertThat(Csv.separatorOf("id,county\n1;2;3;4")).isEqualTo(',');
    assertThat(Csv.separatorOf("id")).isEqualTo(',');
  }

  @Test
  void the_writer_quotes_only_what_must_be_quoted_and_ends_lines_with_crlf() throws IOException {
    StringWriter out = new StringWriter();

    Csv.writeRow(out, List.of("plain", "a,b", "say \"hi\"", "two\nlines", "", "کرمان"));

    assertThat(out.toString())
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,کرمان\r\n");
  }

  @Test
  void what_the_writer_writes_the_reader_reads_back_for_random_fields() throws IOException {
    Random random = new Random(4180);
    String alphabet = "ab ,\"\r\nکر۱";
    for (int round = 0; round < 200; round++) {
      List<List<String>> rows = new java.util.ArrayList<>();
      StringWriter out = new StringWriter();
      int width = 1 + random.nextInt(4);
      for (int r = 0; r < 1 + random.nextInt(4); r++) {
        List<String> row = new java.util.ArrayList<>();
        for (int f = 0; f < width; f++) {
          StringBuilder field = new StringBuilder();
          for (int c = random.nextInt(6); c > 0; c--) {
            field.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          row.add(field.toString());
        }
        // A record of one empty field is a blank line, which the reader skips by design.
        if (width == 1 && row.get(0).isEmpty()) {
          row.set(0, "x");
        }
        rows.add(row);
        Csv.writeRow(out, row);
      }

      Csv.Parsed parsed = Csv.read(out.toString(), ',');

      assertThat(parsed.problems()).as(out.toString()).isEmpty();
      assertThat(fields(parsed)).as(out.toString()).isEqualTo(rows);
    }
  }
}
