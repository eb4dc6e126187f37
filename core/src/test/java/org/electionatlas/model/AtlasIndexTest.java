package org.electionatlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtlasIndexTest {

  private final Atlas atlas = TestAtlases.valid();
  private final AtlasIndex index = atlas.index();

  @Test
  void finds_entities_by_id_and_kind() {
    assertThat(index.county("anar")).contains(atlas.counties().get(1));
    assertThat(index.station("ravar-0001")).contains(atlas.pollingStations().get(0));
    assertThat(index.county("kerman")).isEmpty();
    assertThat(index.kindsOf("kerman")).containsExactly(EntityKind.PROVINCE);
    assertThat(index.position(EntityKind.BODY, "guardian-council")).hasValue(1);
  }

  @Test
  void relates_parents_and_children_in_document_order() {
    assertThat(index.countiesOf("kerman")).extracting(County::id).containsExactly("ravar", "anar");
    assertThat(index.stationsOf("anar"))
        .extracting(PollingStation::id)
        .containsExactly("anar-0001");
    assertThat(index.childrenOf("training")).extracting(Event::id).containsExactly("workshop");
    assertThat(index.constituenciesOf("ravar"))
        .extracting(Constituency::id)
        .containsExactly("majlis-ravar", "experts-kerman");
    assertThat(index.provinceOf(atlas.pollingStations().get(1)))
        .map(Province::code)
        .contains("IR-08");
  }

  @Test
  void a_repeated_id_finds_the_first_entity() {
    County copy = County.builder().from(atlas.counties().get(1)).id("ravar").build();
    Atlas twice = Atlas.builder().from(atlas).addCounty(copy).build();

    assertThat(twice.index().county("ravar")).contains(atlas.counties().get(0));
    assertThat(twice.index().position(EntityKind.COUNTY, "ravar")).hasValue(0);
  }

  @Test
  void the_index_is_built_once_per_atlas() {
    assertThat(atlas.index()).isSameAs(index);
  }

  @Test
  void atlases_with_the_same_content_are_equal() {
    assertThat(TestAtlases.valid()).isEqualTo(atlas).hasSameHashCodeAs(atlas);
  }
}
