package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;

/**
 * A scope id that names entities of several kinds: found in approvals and issues, with stations'
 * ids counted (which come after the scopes), and the same streamed as in memory.
 */
class ScopeIdAmbiguousRuleTest {

  private static final String RULE = "scope-id-ambiguous";

  /** The valid atlas with its first Anar station renamed "anar": the county's id. */
  static Atlas stationNamedAnar() {
    return Plant.station(TestAtlases.valid(), 1, s -> s.id("anar"));
  }

  private static List<Violation> violations(Atlas atlas) {
    return Validator.standard().validate(atlas).violationsOf(RULE);
  }

  @Test
  void the_valid_atlas_names_each_scope_id_once() {
    assertThat(violations(TestAtlases.valid())).isEmpty();
  }

  @Test
  void an_approval_scope_that_is_a_county_and_a_station_says_how_it_is_read_and_what_to_do() {
    assertThat(violations(stationNamedAnar()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/approvals/0/scope/0");
              assertThat(v.subjectId()).contains("mobile-anar");
              assertThat(v.message().toString())
                  .isEqualTo(
                      "approval \"mobile-anar\" names scope \"anar\", which is the id of county"
                          + " \"anar\" (انار / Anar) and polling station \"anar\"; it is read as"
                          + " all of them at once, so the approval covers every station of county"
                          + " \"anar\" (انار / Anar), perhaps more than meant: give the entities"
                          + " different ids, such as \"anar-county\", and name the one meant");
              String persian = v.message().render(MessageStyle.PERSIAN);
              assertThat(persian)
                  .contains("شناسهٔ شهرستان «anar» (انار) و شعبهٔ «anar» است", "«anar-county»")
                  .doesNotContain("{", "}");
            });
  }

  @Test
  void a_province_and_a_county_of_one_id_widen_an_approval_to_the_province() {
    Atlas atlas =
        Plant.county(
            Plant.approval(TestAtlases.valid(), 1, a -> a.scope(List.of("anar", "kerman"))),
            1,
            c -> c.id("kerman"));

    assertThat(violations(atlas))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/approvals/1/scope/1");
              assertThat(v.message().toString())
                  .contains(
                      "which is the id of province \"kerman\" (کرمان / Kerman) and county"
                          + " \"kerman\" (انار / Anar)",
                      "covers every station of province \"kerman\"",
                      "such as \"kerman-province\"");
            });
  }

  @Test
  void an_issue_scope_is_reported_at_its_own_pointer_once_per_issue() {
    // Ravar's third station renamed "ravar": the issue late-ballots and the approval
    // electronic-ravar both name "ravar"; the issue names it twice.
    Atlas atlas =
        Plant.issue(
            Plant.station(TestAtlases.valid(), 3, s -> s.id("ravar")),
            0,
            i -> i.scope(List.of("ravar", "ravar")));

    assertThat(violations(atlas))
        .extracting(Violation::pointer)
        .containsExactly("/approvals/1/scope/0", "/issues/0/scope/0");
    assertThat(violations(atlas).get(1).message().toString())
        .startsWith("issue \"late-ballots\"")
        .contains("no reader can tell which is meant");
  }

  @Test
  void streamed_and_in_memory_agree_though_the_station_comes_after_the_scope() {
    Validator validator = onlyThisRule();
    for (Atlas atlas : List.of(TestAtlases.valid(), stationNamedAnar())) {
      Atlas frame = Atlas.builder().from(atlas).pollingStations(List.of()).build();
      ValidationSession session = validator.session(frame);
      atlas.pollingStations().forEach(session::station);

      assertThat(session.finish().violations())
          .containsExactlyElementsOf(validator.validate(atlas).violations());
    }
    assertThat(validator.validate(stationNamedAnar()).violations()).hasSize(1);
  }

  private static Validator onlyThisRule() {
    Validator.Builder builder = Validator.builder();
    Validator.standardRules().stream()
        .map(r -> r.info().id())
        .filter(id -> !id.equals(RULE))
        .forEach(builder::disable);
    return builder.build();
  }
}
