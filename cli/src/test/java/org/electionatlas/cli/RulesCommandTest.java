package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  /** Surefire runs in the module's folder; the docs live at the repository's root. */
  private static final Path RULES_DOC = Path.of("..", "docs", "rules.md");

  @Test
  void the_committed_rule_catalogue_document_is_what_the_rules_generate() throws IOException {
    String generated = Run.of("rules", "--format", "markdown").out();

    assertThat(Files.readString(RULES_DOC, UTF_8))
        .as(
            "docs/rules.md is stale; regenerate it with: ./atlas rules --format markdown > docs/rules.md")
        .isEqualTo(generated);
  }

  @Test
  void the_committed_persian_rule_catalogue_is_what_the_rules_generate_in_persian()
      throws IOException {
    String generated = Run.of("rules", "--format", "markdown", "--lang", "fa").out();

    assertThat(Files.readString(RULES_DOC.resolveSibling("rules.fa.md"), UTF_8))
        .as(
            "docs/rules.fa.md is stale; regenerate it with:"
                + " ./atlas rules --format markdown --lang fa > docs/rules.fa.md")
        .isEqualTo(generated);
    assertThat(generated).startsWith("# فهرست قاعده‌ها").contains("| شناسه | شدت | خلاصه |");
  }

  @Test
  void rules_in_persian_lists_every_rule_with_its_persian_summary() {
    String out = Run.of("rules", "--lang", "fa").out();

    assertThat(out.lines()).hasSize(Validator.standardRules().size());
    assertThat(out).containsPattern("(?m)^station-county-unknown +خطا +شهرستانِ شعبهٔ اخذ رأی");
  }

  @Test
  void rules_lists_every_rule_of_the_catalogue_with_its_severity() {
    String out = Run.of("rules").out();

    assertThat(out.lines()).hasSize(Validator.standardRules().size());
    assertThat(out)
        .containsPattern(
            "(?m)^station-county-unknown +error +A polling station's county must be a county of"
                + " the atlas$");
  }
}
