package org.electionatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class HelpTest {

  private static CommandLine atlas() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    return Main.commandLine(new Terminal(new ByteArrayInputStream(new byte[0]), sink, sink));
  }

  static Stream<String> commands() {
    return atlas().getSubcommands().keySet().stream();
  }

  private static String collapsed(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  @Test
  void the_list_of_commands_shows_each_summary_as_a_whole_sentence() {
    String help = Run.of("--help").out();
    String list = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
    list = list.substring(0, list.indexOf("\n\n"));
    // A summary is its command's line and the indented lines that continue it.
    List<String> summaries = new ArrayList<>();
    for (String line : list.split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        summaries.add(line.strip());
      } else {
        int last = summaries.size() - 1;
        summaries.set(last, summaries.get(last) + " " + line.strip());
      }
    }

    assertThat(summaries).hasSameSizeAs(commands().toList());
    for (String summary : summaries) {
      String name = summary.substring(0, summary.indexOf(' '));
      String shown = summary.substring(name.length()).strip();
      String first =
          atlas().getSubcommands().get(name).getCommandSpec().usageMessage().description()[0];
      assertThat(shown).as(name).isEqualTo(collapsed(first)).endsWith(".");
    }
  }

  /** The top-level help, then each command's: every paragraph a whole sentence, shown whole. */
  @ParameterizedTest
  @MethodSource("commandsAndTop")
  void help_never_cuts_a_sentence(String command) {
    CommandLine commandLine = command.isEmpty() ? atlas() : atlas().getSubcommands().get(command);
    CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    Run run = command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    List<String> paragraphs = new ArrayList<>(Arrays.asList(usage.description()));
    paragraphs.addAll(Arrays.asList(usage.footer()));
    for (String paragraph : paragraphs) {
      if (paragraph.isBlank() || Character.isWhitespace(paragraph.charAt(0))) {
        continue; // a table row or an example, shown as written
      }
      assertThat(HelpText.endsSentence(paragraph)).as("%s: %s", command, paragraph).isTrue();
      assertThat(collapsed(run.out())).as(command).contains(collapsed(paragraph));
    }
  }

  static Stream<String> commandsAndTop() {
    return Stream.concat(Stream.of(""), commands());
  }

  static Stream<Arguments> sourceLines() {
    return Stream.of(
        Arguments.of(List.of("Checks atlases."), List.of("Checks atlases.")),
        Arguments.of(
            List.of("Writes an atlas,", "of N stations."),
            List.of("Writes an atlas, of N stations.")),
        Arguments.of(
            List.of("Converts:", "  json   the canonical JSON"),
            List.of("Converts:", "  json   the canonical JSON")),
        Arguments.of(
            List.of("A sentence (with a note).", "Another one"),
            List.of("A sentence (with a note).", "Another one")),
        Arguments.of(
            List.of("", "Exit codes: 0 success,", "2 bad input."),
            List.of("", "Exit codes: 0 success, 2 bad input.")),
        Arguments.of(
            List.of("A table:", "  a row", "next"), List.of("A table:", "  a row", "next")));
  }

  @ParameterizedTest
  @MethodSource("sourceLines")
  void lines_of_one_sentence_are_joined_into_one_paragraph(
      List<String> lines, List<String> paragraphs) {
    assertThat(HelpText.paragraphs(lines.toArray(String[]::new)))
        .containsExactlyElementsOf(paragraphs);
  }
}
