package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.electionatlas.model.LocalizedName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name binds to the {@link LocalizedName} its texts make, whatever their order and whichever tags
 * it holds besides {@code fa} and {@code en}; its errors name the text they are about.
 */
class NameBindingTest {

  private static String atlasWithProvinceName(String name) {
    return """
        {"format": "election-atlas", "schemaVersion": 1,
         "election": {"id": "majlis-12", "name": {"fa": "انتخابات"}, "votingDay": "2024-03-01",
           "contests": [{"kind": "MAJLIS", "term": 12}]},
         "provinces": [{"id": "kerman", "code": "IR-08", "name": %s}]}"""
        .formatted(name);
  }

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of(List.of("fa", "کرمان")),
        Arguments.of(List.of("fa", "کرمان", "en", "Kerman")),
        Arguments.of(List.of("en", "Kerman", "fa", "کرمان")),
        Arguments.of(List.of("fa", "کرمان", "en", "Kerman", "ku", "Kirman")),
        Arguments.of(List.of("ku", "Kirman", "fa", "کرمان")),
        Arguments.of(List.of("en", "Kerman", "ku", "Kirman", "fa", "کرمان")),
        Arguments.of(List.of("fa", "کرمان", "ku", "Kirman", "en", "Kerman")),
        Arguments.of(List.of("en", "Kerman", "fa", "کرمان", "ar", "كرمان", "ku", "Kirman")));
  }

  @ParameterizedTest
  @MethodSource("names")
  void aNameBindsToTheNameItsTextsMakeInTheirCanonicalOrder(List<String> tagsAndTexts) {
    Map<String, String> texts = new LinkedHashMap<>();
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < tagsAndTexts.size(); i += 2) {
      texts.put(tagsAndTexts.get(i), tagsAndTexts.get(i + 1));
      json.append(i == 0 ? "" : ", ")
          .append('"')
          .append(tagsAndTexts.get(i))
          .append("\": \"")
          .append(tagsAndTexts.get(i + 1))
          .append('"');
    }
    String atlas = atlasWithProvinceName(json.append('}').toString());

    LocalizedName name = AtlasJson.standard().read(atlas).provinces().get(0).name();

    LocalizedName expected = LocalizedName.of(texts);
    assertThat(name).isEqualTo(expected);
    assertThat(List.copyOf(name.values().keySet()))
        .containsExactlyElementsOf(expected.values().keySet());
  }

  static Stream<Arguments> brokenNames() {
    return Stream.of(
        Arguments.of(
            "{\"en\": \"Kerman\", \"fa\": \" \"}",
            "/provinces/0/name/fa",
            "the Persian text of a name (\"fa\") is blank"),
        Arguments.of(
            "{\"fa\": \"کرمان\", \"en\": 5}",
            "/provinces/0/name/en",
            "expected the en text of a name but found an integer"),
        Arguments.of(
            "{\"fa\": \"کرمان\", \"en\": \"Kerman\", \"ku\": 5}",
            "/provinces/0/name/ku",
            "expected the ku text of a name but found an integer"),
        Arguments.of(
            "{\"en\": \"Kerman\", \"EN\": \"Kerman\"}",
            "/provinces/0/name/EN",
            "\"EN\" is not a language tag; a name holds texts by language, like \"fa\" or \"en\""),
        Arguments.of(
            "{\"en\": \"Kerman\"}",
            "/provinces/0/name",
            "a name needs its Persian text: property \"fa\" is missing"),
        Arguments.of(
            "{\"en\": \"Kerman\", \"ku\": \"Kirman\"}",
            "/provinces/0/name",
            "a name needs its Persian text: property \"fa\" is missing"));
  }

  @ParameterizedTest
  @MethodSource("brokenNames")
  void aBrokenNameIsRefusedAtTheTextItIsAbout(String name, String pointer, String problem) {
    assertThatThrownBy(() -> AtlasJson.standard().read(atlasWithProvinceName(name)))
        .isInstanceOfSatisfying(
            AtlasFormatException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo(pointer);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }
}
