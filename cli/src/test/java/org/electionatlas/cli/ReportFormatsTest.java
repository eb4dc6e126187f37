package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON and SARIF reports carry the same findings, where scripts and CI systems look. */
class ReportFormatsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path directory;

  private Path atlasWithUnknownCounty() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(
        file,
        new String(Samples.bytes("minimal"), UTF_8)
            .replace("\"county\": \"ravar\"", "\"county\": \"ravr\""));
    return file;
  }

  /** The one element of the array whose ruleId is the given one. */
  private static JsonNode only(JsonNode array, String ruleId) {
    List<JsonNode> found = new ArrayList<>();
    array.forEach(
        node -> {
          if (node.get("ruleId").asString().equals(ruleId)) {
            found.add(node);
          }
        });
    assertThat(found).as("findings of %s", ruleId).hasSize(1);
    return found.get(0);
  }

  @Test
  void json_report_lists_each_violation_with_rule_pointer_line_and_column() throws IOException {
    Path file = atlasWithUnknownCounty();

    Run run = Run.of("validate", "--format", "json", file.toString());
    JsonNode report = JSON.readTree(run.out());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(report.get("format").asString()).isEqualTo("election-atlas-report");
    assertThat(report.get("version").asInt()).isEqualTo(1);
    JsonNode violation =
        only(report.get("sources").get(0).get("violations"), "station-county-unknown");
    assertThat(violation.get("ruleId").asString()).isEqualTo("station-county-unknown");
    assertThat(violation.get("severity").asString()).isEqualTo("error");
    assertThat(violation.get("pointer").asString()).isEqualTo("/pollingStations/0/county");
    assertThat(violation.get("line").asInt()).isEqualTo(58);
    assertThat(violation.get("column").asInt()).isEqualTo(17);
    assertThat(violation.get("subjectId").asString()).isEqualTo("ravar-0001");
    assertThat(report.get("total").get("counts").get("errors").asInt()).isEqualTo(1);
    assertThat(report.get("total").get("counts").get("warnings").asInt())
        .as("the county is left without a station too")
        .isEqualTo(1);
  }

  @Test
  void json_report_says_why_a_source_could_not_be_read() {
    Run run = Run.withInput("[]".getBytes(UTF_8), "validate", "--format", "json", "-");
    JsonNode failure = JSON.readTree(run.out()).get("sources").get(0).get("failure");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(failure.get("message").asString())
        .isEqualTo("expected an atlas JSON object at the top level but found an array");
    assertThat(failure.get("line").asInt()).isEqualTo(1);
  }

  @Test
  void sarif_report_has_rule_metadata_and_located_results() throws IOException {
    Path file = atlasWithUnknownCounty();

    Run run = Run.of("validate", "--format", "sarif", file.toString());
    JsonNode sarif = JSON.readTree(run.out());

    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    JsonNode run0 = sarif.get("runs").get(0);
    JsonNode rules = run0.get("tool").get("driver").get("rules");
    JsonNode result = only(run0.get("results"), "station-county-unknown");
    assertThat(result.get("ruleId").asString()).isEqualTo("station-county-unknown");
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
        .isEqualTo("station-county-unknown");
    assertThat(result.get("level").asString()).isEqualTo("error");
    JsonNode location = result.get("locations").get(0);
    assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asString())
        .isEqualTo(file.toUri().toString());
    assertThat(location.get("physicalLocation").get("region").get("startLine").asInt())
        .isEqualTo(58);
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asString())
        .isEqualTo("/pollingStations/0/county");
    assertThat(run0.get("columnKind").asString()).isEqualTo("unicodeCodePoints");
    assertThat(run0.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void an_unknown_format_is_a_usage_error() {
    Run run = Run.of("validate", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected one of [text, json, sarif] but was 'xml'");
  }
}
