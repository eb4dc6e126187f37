package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.validation.Rule;
import org.electionatlas.validation.RuleInfo;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "atlas.json | atlas.json",
        "data/kerman atlas.json | data/kerman%20atlas.json",
        "اطلس/کرمان.json | %D8%A7%D8%B7%D9%84%D8%B3/%DA%A9%D8%B1%D9%85%D8%A7%D9%86.json",
        "a#b?c%d.json | a%23b%3Fc%25d.json",
        "kerman-1402 (bundled sample) | kerman-1402%20(bundled%20sample)",
        "c:atlas.json | c%3Aatlas.json",
        "/srv/atlas/۱۴۰۲ data.json | file:///srv/atlas/%DB%B1%DB%B4%DB%B0%DB%B2%20data.json",
        "- | stdin"
      })
  void a_source_becomes_an_rfc_3986_uri_with_utf_8_percent_encoded(String source, String uri) {
    assertThat(Sarif.uriOf(source)).isEqualTo(uri);
    // java.net.URI is strict RFC 2396/3986 about characters: it refuses raw spaces and non-ASCII.
    assertThat(URI.create(uri).toASCIIString()).isEqualTo(uri);
  }

  @Test
  void a_relative_uri_decodes_back_to_the_path() {
    String path = "دفتر کل/اطلس ۱.json";
    assertThat(URI.create(Sarif.uriOf(path)).getPath()).isEqualTo(path);
  }

  static Stream<String> samples() {
    return Samples.names().stream();
  }

  /** Every value of every bundled sample: the kind the schema gives is the kind it has. */
  @ParameterizedTest
  @MethodSource("samples")
  void the_kind_of_every_pointer_of_a_sample_is_the_kind_of_its_value(String sample) {
    JsonNode document = JsonMapper.builder().build().readTree(Samples.bytes(sample));
    List<String> checked = new ArrayList<>();
    walk(document, "", checked);

    assertThat(checked).hasSizeGreaterThan(50);
  }

  private static void walk(JsonNode node, String pointer, List<String> checked) {
    if (pointer.contains("/extensions/")) {
      assertThat(Sarif.kindOf(pointer)).as(pointer).isEmpty();
      return;
    }
    String expected = node.isObject() ? "object" : node.isArray() ? "array" : "value";
    Optional<String> kind = Sarif.kindOf(pointer);
    // The schema leaves one choice open: a participant is a body's id or a described role.
    if (!pointer.matches("/events/\\d+/participants/\\d+")) {
      assertThat(kind).as(pointer).contains(expected);
      checked.add(pointer);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        walk(
            entry.getValue(),
            pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"),
            checked);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, checked);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "'', object",
    "/pollingStations, array",
    "/pollingStations/7, object",
    "/pollingStations/7/county, value",
    "/pollingStations/7/location, object",
    "/constituencies/0/counties/1, value"
  })
  void a_pointer_names_an_object_an_array_or_a_value(String pointer, String kind) {
    assertThat(Sarif.kindOf(pointer)).contains(kind);
  }

  @Test
  void a_pointer_the_schema_does_not_know_has_no_kind() {
    assertThat(Sarif.kindOf("/nonsense/3")).isEmpty();
    assertThat(Sarif.kindOf("/pollingStations/0/extensions/mine")).isEmpty();
  }

  @Test
  void every_rule_has_help_in_text_and_markdown_and_a_help_uri() {
    for (Rule each : Validator.standard().rules()) {
      RuleInfo rule = each.info();
      assertThat(Sarif.helpText(rule, MessageStyle.ENGLISH))
          .as(rule.id())
          .startsWith(rule.summary().en())
          .endsWith(".");
      assertThat(Sarif.helpMarkdown(rule, MessageStyle.ENGLISH))
          .as(rule.id())
          .startsWith("**" + rule.summary().en() + "**")
          .contains(rule.rationale().en())
          .endsWith("(" + Sarif.helpUri(rule) + ")");
      assertThat(Sarif.helpMarkdown(rule, MessageStyle.PERSIAN))
          .as(rule.id())
          .startsWith("**" + rule.summary().fa().orElseThrow() + "**")
          .contains("گزارش می‌شود:");
      assertThat(URI.create(Sarif.helpUri(rule)).isAbsolute()).isTrue();
    }
  }
}
