package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;

class AtlasTextTest {

  private final Atlas atlas = TestAtlases.valid();

  @Test
  void visits_the_persian_text_of_every_name_with_its_pointer() {
    List<String> pointers = new ArrayList<>();
    AtlasText.forEach(atlas, (pointer, subject, text) -> pointers.add(pointer));

    assertThat(pointers)
        .contains(
            "/election/name/fa",
            "/provinces/0/name/fa",
            "/counties/1/name/fa",
            "/pollingStations/0/name/fa",
            "/bodies/1/name/fa",
            "/events/1/title/fa",
            "/issues/0/title/fa")
        .doesNotContain("/counties/1/name/en");
  }

  @Test
  void an_identity_rewrite_returns_the_same_atlas() {
    assertThat(AtlasText.rewrite(atlas, (pointer, subject, text) -> text)).isSameAs(atlas);
  }

  @Test
  void a_rewrite_changes_only_persian_texts_and_shares_unchanged_entities() {
    Atlas arabic =
        Atlas.builder()
            .from(atlas)
            .counties(
                List.of(
                    County.builder()
                        .from(atlas.counties().get(0))
                        .name(LocalizedName.of("راور كهن", "Ravar"))
                        .build(),
                    atlas.counties().get(1)))
            .build();

    Atlas fixed =
        AtlasText.rewrite(arabic, (pointer, subject, text) -> PersianText.normalize(text).text());

    assertThat(fixed.counties().get(0).name()).isEqualTo(LocalizedName.of("راور کهن", "Ravar"));
    assertThat(fixed.counties().get(0).id()).isEqualTo("ravar");
    assertThat(fixed.counties().get(1)).isSameAs(arabic.counties().get(1));
    assertThat(fixed.pollingStations()).isEqualTo(arabic.pollingStations());
  }
}
