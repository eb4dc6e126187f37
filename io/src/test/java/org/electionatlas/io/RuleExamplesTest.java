package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.PreviousRound;
import org.electionatlas.validation.Rule;
import org.electionatlas.validation.RuleInfo;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue's documented examples are run, not only shown: each rule's violating example makes
 * that rule report and its passing example does not; and what the violating example adds to the
 * passing one is that rule alone. A fragment documents only what matters to its rule, so each is
 * completed the same way before it is read: the members it gives replace those of a small base
 * atlas (one election, the province and counties examples name), and each entity is given the
 * required properties it leaves out (a name, a kind) from a neutral default. A rule that needs the
 * previous round has a third fragment, the previous round's atlas, completed the same way on a base
 * of the election before ({@code majlis-11}); both examples are validated against it.
 */
class RuleExamplesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * What every example stands on: one election, and the province, counties and body that examples
   * name without listing them. A member the example gives replaces the base's.
   */
  private static final String BASE =
      """
      {"format": "election-atlas", "schemaVersion": 1,
       "election": {"id": "majlis-12", "name": {"fa": "انتخابات"}, "votingDay": "2024-03-01",
         "contests": [{"kind": "MAJLIS", "term": 12}]},
       "provinces": [{"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان", "en": "Kerman"}}],
       "counties": [
         {"id": "kerman", "province": "kerman", "name": {"fa": "کرمان"}},
         {"id": "ravar", "province": "kerman", "name": {"fa": "راور"}}],
       "bodies": [
         {"id": "guardian-council", "kind": "COUNCIL", "level": "NATIONAL",
          "name": {"fa": "شورای نگهبان"}}]}""";

  /**
   * The election of the previous round's base: the same province and counties, four years before.
   */
  private static final String PREVIOUS_ELECTION =
      """
      {"id": "majlis-11", "name": {"fa": "انتخابات یازدهمین دوره"}, "votingDay": "2020-02-21",
       "contests": [{"kind": "MAJLIS", "term": 11}]}""";

  /** What each kind of entity is given when its example leaves a required property out. */
  private static final Map<String, String> DEFAULTS =
      Map.of(
          "provinces",
          "{\"code\": \"IR-08\", \"name\": {\"fa\": \"کرمان\"}}",
          "counties",
          "{\"province\": \"kerman\", \"name\": {\"fa\": \"راور\"}}",
          "constituencies",
          "{\"contest\": \"MAJLIS\", \"name\": {\"fa\": \"حوزه\"}, \"counties\": [], \"seats\": 1}",
          "pollingStations",
          "{\"county\": \"ravar\", \"number\": 1, \"name\": {\"fa\": \"دبستان\"},"
              + " \"kind\": \"FIXED\", \"votingMethod\": \"PAPER\", \"expectedVoters\": 500,"
              + " \"staff\": {\"officials\": 5, \"observers\": 1}}",
          "bodies",
          "{\"kind\": \"HEADQUARTERS\", \"level\": \"NATIONAL\", \"name\": {\"fa\": \"ستاد\"}}",
          "events",
          "{\"kind\": \"MEETING\", \"title\": {\"fa\": \"نشست\"}, \"start\": \"2023-07-12\","
              + " \"end\": \"2023-07-12\"}",
          "issues",
          "{\"title\": {\"fa\": \"مسئله\"}, \"category\": \"LOGISTICS\", \"severity\": \"LOW\","
              + " \"status\": \"OPEN\"}",
          "approvals",
          "{\"subject\": \"ELECTRONIC_VOTING\", \"authority\": \"guardian-council\","
              + " \"status\": \"PENDING\"}");

  static Stream<Rule> rules() {
    return Validator.standardRules().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void the_violating_example_reports_the_rule_and_the_passing_example_does_not(Rule rule) {
    RuleInfo info = rule.info();
    String violating = complete(info.violatingExample());
    String passing = complete(info.passingExample());
    Validator validator =
        info.needsPreviousRound()
            ? Validator.builder().previous(previousRound(info.previousExample())).build()
            : Validator.standard();

    Set<String> reportedOnViolating = ruleIds(violating, validator);
    Set<String> reportedOnPassing = ruleIds(passing, validator);

    assertThat(reportedOnViolating)
        .as("%s's violating example, completed:%n%s", info.id(), violating)
        .contains(info.id());
    assertThat(reportedOnPassing)
        .as("%s's passing example, completed:%n%s", info.id(), passing)
        .doesNotContain(info.id());
    Set<String> added = new TreeSet<>(reportedOnViolating);
    added.removeAll(reportedOnPassing);
    assertThat(added)
        .as("what %s's violating example reports beyond its passing example", info.id())
        .containsExactly(info.id());
  }

  static Stream<Rule> previousRoundRules() {
    return rules().filter(rule -> rule.info().needsPreviousRound());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("previousRoundRules")
  void a_rule_that_needs_the_previous_round_reports_nothing_without_it(Rule rule) {
    RuleInfo info = rule.info();

    assertThat(ruleIds(complete(info.violatingExample()), Validator.standard()))
        .as("%s's violating example validated without the previous round", info.id())
        .doesNotContain(info.id());
  }

  /** The previous round of a rule's example: its fragment completed on the earlier election. */
  static PreviousRound previousRound(String fragment) {
    ObjectNode previous = (ObjectNode) MAPPER.readTree(complete(fragment));
    previous.set("election", MAPPER.readTree(PREVIOUS_ELECTION));
    return AtlasJson.standard()
        .readPreviousRound(MAPPER.writeValueAsBytes(previous), "previous.json");
  }

  private static Set<String> ruleIds(String document, Validator validator) {
    Atlas atlas = AtlasJson.standard().read(document);
    Set<String> ids = new TreeSet<>();
    for (Violation violation : validator.validate(atlas).violations()) {
      ids.add(violation.ruleId());
    }
    return ids;
  }

  /** The fragment as a whole atlas document: the base election, each entity completed. */
  static String complete(String fragment) {
    ObjectNode atlas = (ObjectNode) MAPPER.readTree(BASE);
    ObjectNode given = (ObjectNode) MAPPER.readTree("{" + fragment + "}");
    for (Map.Entry<String, JsonNode> member : given.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      if (name.equals("election")) {
        merge((ObjectNode) atlas.get("election"), (ObjectNode) value);
      } else if (DEFAULTS.containsKey(name) && value.isArray()) {
        ArrayNode completed = MAPPER.createArrayNode();
        for (JsonNode entity : value) {
          ObjectNode whole = (ObjectNode) MAPPER.readTree(DEFAULTS.get(name));
          merge(whole, (ObjectNode) entity);
          completed.add(whole);
        }
        atlas.set(name, completed);
      } else {
        atlas.set(name, value);
      }
    }
    return MAPPER.writeValueAsString(atlas);
  }

  /** Copies the given members over the defaults, merging objects member by member. */
  private static void merge(ObjectNode into, ObjectNode given) {
    for (Map.Entry<String, JsonNode> member : given.properties()) {
      JsonNode old = into.get(member.getKey());
      if (old instanceof ObjectNode oldObject
          && member.getValue() instanceof ObjectNode newObject) {
        merge(oldObject, newObject);
      } else {
        into.set(member.getKey(), member.getValue());
      }
    }
  }
}
