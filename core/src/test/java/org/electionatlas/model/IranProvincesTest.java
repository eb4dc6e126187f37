package org.electionatlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The province table: 31 current codes in order, and a one-to-one map from the old codes. */
class IranProvincesTest {

  @Test
  void the_table_holds_the_31_codes_ir_00_to_ir_30_in_order_with_both_names() {
    assertThat(IranProvinces.all())
        .extracting(IranProvinces.Entry::code)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(0, 30).mapToObj(n -> String.format("IR-%02d", n)).toList());
    assertThat(IranProvinces.all())
        .allSatisfy(
            entry -> {
              assertThat(entry.en()).isNotBlank();
              assertThat(entry.fa()).isNotBlank().doesNotContain("\u064A", "\u0643");
            });
  }

  @Test
  void the_codes_before_2020_were_ir_01_to_ir_32_without_ir_09_each_used_once() {
    List<String> old =
        IranProvinces.all().stream().map(IranProvinces.Entry::codeBefore2020).toList();

    assertThat(old)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 32)
                .filter(n -> n != 9)
                .mapToObj(n -> String.format("IR-%02d", n))
                .toList());
  }

  @Test
  void kerman_is_ir_08_now_and_was_ir_15_which_is_lorestan_now() {
    assertThat(IranProvinces.byCode("IR-08")).map(IranProvinces.Entry::en).contains("Kerman");
    assertThat(IranProvinces.byCodeBefore2020("IR-15"))
        .map(IranProvinces.Entry::en)
        .contains("Kerman");
    assertThat(IranProvinces.byCode("IR-15")).map(IranProvinces.Entry::en).contains("Lorestan");
    assertThat(IranProvinces.byCodeBefore2020("IR-08"))
        .map(IranProvinces.Entry::en)
        .contains("Chaharmahal and Bakhtiari");
    assertThat(IranProvinces.byCode("IR-27"))
        .map(IranProvinces.Entry::codeBefore2020)
        .contains("IR-27");
    assertThat(IranProvinces.byCode("IR-31")).isEmpty();
    assertThat(IranProvinces.byCode("ir-08")).isEmpty();
  }
}
