package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas diff --format html}: the page, its exit codes as {@code diff}'s, its language. */
class DiffHtmlCommandTest {

  @TempDir static Path directory;
  private static Path old;
  private static Path changed;

  @BeforeAll
  static void writeBothAtlases() throws IOException {
    old = directory.resolve("old.json");
    Files.write(old, Samples.bytes("kerman-1402"));
    changed = directory.resolve("new.json");
    AtlasJson.standard().write(DiffMapTest.changed(), changed);
  }

  private static int count(String page, String text) {
    return page.split(text, -1).length - 1;
  }

  @Test
  void two_different_atlases_give_a_page_with_their_changes_and_exit_1() throws IOException {
    Path page = directory.resolve("changes.html");

    Run run =
        Run.of(
            "diff", old.toString(), changed.toString(), "--format", "html", "-o", page.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String html = Files.readString(page, UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("5 changes");
    assertThat(count(html, "<g class=\"change added\">")).isEqualTo(1);
    assertThat(count(html, "<g class=\"change removed\">")).isEqualTo(2);
    assertThat(count(html, "<g class=\"change moved\">")).isEqualTo(1);
    assertThat(count(html, "<g class=\"change changed\">")).isEqualTo(1);
    assertThat(count(html, "<li class=\"")).isEqualTo(5);
    assertThat(html).contains(old.toString(), changed.toString());
  }

  @Test
  void the_same_atlas_twice_gives_a_page_that_says_so_and_exit_0() throws IOException {
    Path page = directory.resolve("same.html");

    Run run =
        Run.of("diff", old.toString(), old.toString(), "--format", "html", "-o", page.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(page, UTF_8))
        .contains("The two atlases hold the same data.")
        .doesNotContain("<svg");
  }

  @Test
  void in_persian_with_jalali_dates_the_page_is_right_to_left() {
    Run run =
        Run.of("diff", old.toString(), changed.toString(), "--format", "html", "--lang", "fa");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">")
        .contains("۵ دگرگونی", "۱۱ اسفند ۱۴۰۲", "جابه‌جا");
  }

  @Test
  void in_persian_with_gregorian_dates_the_voting_days_are_gregorian() {
    Run run =
        Run.of(
            "diff",
            old.toString(),
            changed.toString(),
            "--format",
            "html",
            "--lang",
            "fa",
            "--calendar",
            "gregorian");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("۱۱ اسفند ۱۴۰۲").contains("۲۰۲۴");
  }

  @Test
  void the_older_atlas_may_come_from_standard_input() throws IOException {
    Run run =
        Run.withInput(Files.readAllBytes(old), "diff", "-", changed.toString(), "--format", "html");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(count(run.out(), "<g class=\"change removed\">")).isEqualTo(2);
  }
}
