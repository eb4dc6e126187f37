package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our SARIF passes the checks GitHub code scanning applies, as Microsoft's SARIF Multitool (npm
 * {@code @microsoft/sarif-multitool-linux} 5.7.0) runs them with {@code --rule-kind "Gh;Sarif"}.
 * {@code .ci/run} installs the tool and sets {@code SARIF_MULTITOOL}; without it the tests skip.
 */
class SarifMultitoolTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path directory;

  private static Path tool;

  @BeforeAll
  static void findTool() {
    Optional<Path> found =
        Optional.ofNullable(System.getenv("SARIF_MULTITOOL"))
            .map(Path::of)
            .filter(Files::isExecutable);
    assumeTrue(
        found.isPresent(),
        "SARIF Multitool not found: set SARIF_MULTITOOL to its Sarif.Multitool binary (.ci/run"
            + " installs it with npm)");
    tool = found.get();
  }

  /** The Multitool's findings about SARIF files: "LEVEL RULE-ID: message" each. */
  private static List<String> check(Path... sarif) throws IOException, InterruptedException {
    Path output = directory.resolve(sarif[0].getFileName() + ".validation.sarif");
    List<String> command = new ArrayList<>(List.of(tool.toString(), "validate"));
    for (Path file : sarif) {
      command.add(file.toString());
    }
    command.addAll(
        List.of(
            "--rule-kind", "Gh;Sarif", "--output", output.toString(), "--log", "ForceOverwrite"));
    Path log = directory.resolve("multitool.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    List<String> findings = new ArrayList<>();
    for (JsonNode result : JSON.readTree(output.toFile()).path("runs").path(0).path("results")) {
      findings.add(
          result.path("level").asString("warning")
              + " "
              + result.path("ruleId").asString()
              + ": "
              + result.path("message").path("text").asString());
    }
    return findings;
  }

  private static Path report(String name, int exitCode, byte[] input, String... args)
      throws IOException {
    Run run = Run.withInput(input, args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    return Files.writeString(directory.resolve(name), run.out(), UTF_8);
  }

  /**
   * Three reports in one run of the tool, which takes seconds to start: the bundled sample's
   * (warnings), one with errors in a file whose path has spaces and Persian letters, and one of
   * unreadable files and standard input (tool execution notifications).
   */
  @Test
  void reports_of_findings_of_odd_paths_and_of_unreadable_files_pass() throws Exception {
    Path sample = report("sample.sarif", 0, new byte[0], "validate", "--format", "sarif");
    Path folder = Files.createDirectories(directory.resolve("دفتر کل"));
    Path atlas =
        Files.writeString(
            folder.resolve("اطلس ۱۴۰۲.json"),
            new String(Samples.bytes("minimal"), UTF_8)
                .replace("\"county\": \"ravar\"", "\"county\": \"ravr\""));
    Path errors =
        report("errors.sarif", 1, new byte[0], "validate", "--format", "sarif", atlas.toString());
    Path malformed = Files.writeString(directory.resolve("malformed.json"), "{\"format\": ");
    Path unreadable =
        report(
            "unreadable.sarif",
            2,
            Samples.bytes("kerman-1402"),
            "validate",
            "--format",
            "sarif",
            malformed.toString(),
            directory.resolve("missing.json").toString(),
            "-");

    assertThat(check(sample, errors, unreadable)).isEmpty();
  }

  /** The check can fail: a rule without its help is what GitHub refuses (GH2012). */
  @Test
  void a_rule_without_help_is_reported_by_the_multitool() throws Exception {
    Path sarif = report("control.sarif", 0, new byte[0], "validate", "--format", "sarif");
    ObjectNode log = (ObjectNode) JSON.readTree(sarif.toFile());
    ((ObjectNode) log.at("/runs/0/tool/driver/rules/0")).remove("help");
    Path broken =
        Files.writeString(directory.resolve("broken.sarif"), JSON.writeValueAsString(log));

    assertThat(check(broken)).anySatisfy(f -> assertThat(f).startsWith("error GH2012: "));
  }
}
