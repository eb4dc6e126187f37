package org.electionatlas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LocalizedNameTest {

  @Test
  void values_put_persian_first_then_english_then_the_others_in_the_order_given() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("ar", "كرمان");
    given.put("en", "Kerman");
    given.put("ckb", "کرمان");
    given.put("fa", "کرمان");

    LocalizedName name = LocalizedName.of(given);

    assertThat(name.values())
        .containsExactly(
            Map.entry("fa", "کرمان"),
            Map.entry("en", "Kerman"),
            Map.entry("ar", "كرمان"),
            Map.entry("ckb", "کرمان"));
    List<String> visited = new ArrayList<>();
    name.forEach((tag, text) -> visited.add(tag + "=" + text));
    assertThat(visited).containsExactly("fa=کرمان", "en=Kerman", "ar=كرمان", "ckb=کرمان");
    assertThat(name.get("ar")).contains("كرمان");
    assertThat(name.get("de")).isEmpty();
    assertThat(name.preferEnglish()).isEqualTo("Kerman");
  }

  @Test
  void a_name_in_persian_only_has_one_text_and_prefers_it_to_english() {
    LocalizedName name = LocalizedName.of("راور");

    assertThat(name.values()).containsExactly(Map.entry("fa", "راور"));
    assertThat(name.en()).isEmpty();
    assertThat(name.get("en")).isEmpty();
    assertThat(name.preferEnglish()).isEqualTo("راور");
    assertThat(name).hasToString("راور");
  }

  @Test
  void refuses_a_missing_or_blank_persian_text_a_malformed_tag_and_a_null_text() {
    assertThatThrownBy(() -> LocalizedName.of(Map.of("en", "Kerman")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a name needs non-blank Persian text (fa)");
    assertThatThrownBy(() -> LocalizedName.of(" ", "Kerman"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a name needs non-blank Persian text (fa)");
    assertThatThrownBy(() -> LocalizedName.of(Map.of("fa", "کرمان", "EN", "Kerman")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a language tag: EN");
    Map<String, String> withNull = new HashMap<>();
    withNull.put("fa", "کرمان");
    withNull.put("en", null);
    assertThatThrownBy(() -> LocalizedName.of(withNull)).isInstanceOf(NullPointerException.class);
  }

  /**
   * Equality and the hash code are those of the {@link LocalizedName#values} map, however the name
   * was made: the fields a name keeps in place of the map must not change either.
   */
  @RepeatedTest(20)
  void equality_and_hash_code_are_those_of_the_values_map(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    List<String> tags = List.of("fa", "en", "ar", "ckb", "az-Latn");
    List<String> texts = List.of("کرمان", "Kerman", "كرمان", "راور", "Ravar");
    List<LocalizedName> names = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("fa", texts.get(random.nextInt(texts.size())));
      for (String tag : tags.subList(1, tags.size())) {
        if (random.nextBoolean()) {
          values.put(tag, texts.get(random.nextInt(texts.size())));
        }
      }
      names.add(LocalizedName.of(values));
      if (values.size() == 1) {
        names.add(LocalizedName.of(values.get("fa")));
      } else if (values.size() == 2 && values.containsKey("en")) {
        names.add(LocalizedName.of(values.get("fa"), values.get("en")));
      }
    }
    for (LocalizedName a : names) {
      assertThat(a.hashCode()).isEqualTo(a.values().hashCode());
      for (LocalizedName b : names) {
        assertThat(a.equals(b))
            .as("%s against %s", a.values(), b.values())
            .isEqualTo(a.values().equals(b.values()));
      }
    }
  }
}
