package org.electionatlas.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdBytesTest {

  /** Ids of every length up to past two pages, empty ones and non-ASCII ones among them. */
  private static List<String> ids(long seed) {
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < 600; k++) {
      int length =
          switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> random.nextInt(3 << 16);
            case 2 -> (1 << 16) - random.nextInt(3);
            default -> random.nextInt(40);
          };
      StringBuilder id = new StringBuilder();
      for (int c = 0; c < length; c++) {
        id.append(random.nextInt(8) == 0 ? 'ش' : (char) ('a' + random.nextInt(3)));
      }
      ids.add(id.toString());
    }
    return ids;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void each_id_reads_back_as_written_whichever_pages_it_lies_in(long seed) {
    List<String> ids = ids(seed);
    IdBytes table = new IdBytes();
    ids.forEach(table::add);

    assertThat(table.size()).isEqualTo(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.get(i)).isEqualTo(ids.get(i));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void ids_are_the_same_and_hash_alike_exactly_when_their_bytes_are_equal(long seed) {
    List<String> ids = ids(seed);
    IdBytes one = new IdBytes();
    IdBytes other = new IdBytes();
    ids.forEach(one::add);
    // Shifted by an id of 1000 bytes, so that equal ids lie at other places in their pages.
    other.add("x".repeat(1000));
    ids.forEach(other::add);
    Random random = new Random(seed);

    for (int k = 0; k < 20_000; k++) {
      int i = random.nextInt(ids.size());
      int j = random.nextInt(ids.size());
      boolean equal = ids.get(i).equals(ids.get(j));
      assertThat(one.same(i, other, j + 1)).isEqualTo(equal);
      if (equal) {
        assertThat(one.hash(i)).isEqualTo(other.hash(j + 1));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "شعبه-۱۲"})
  void the_hash_is_that_of_the_utf8_bytes(String id) {
    IdBytes table = new IdBytes();
    table.add(id);
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }

    assertThat(table.hash(0)).isEqualTo(Tables.mix(h));
  }
}
