package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code extensions} on every object of the bundled samples that may carry them survive every way
 * in and out of {@link AtlasJson}: same members in the same order, same number literals, same text.
 */
class ExtensionsEverywhereTest {

  /** Objects under these keys are names, which carry no extensions. */
  private static final Set<String> NAMES = Set.of("name", "title", "role", "mitigation");

  /** Arrays under these keys hold names. */
  private static final Set<String> NAME_ARRAYS = Set.of("topics", "settlements");

  private static final String EXTENSION =
      "{\"منبع\": \"ستاد انتخابات استان\u200cها\", \"odd\": [1.50, -0, 1e3, 1E+3, 2e-7, 0.1000,"
          + " 123456789012345678901234567890], \"nested\": {\"a\": {\"b\": [null, true, false, {},"
          + " [], \"\"]}}, \"zwnj\": \"می\u200cشود\", \"arabic\": \"كرماني ١٤٠٢\"}";

  private static final String PLACEHOLDER = "extension goes here";

  private static final List<String> MEMBERS = List.of("منبع", "odd", "nested", "zwnj", "arabic");

  /** Exact numbers: 1.50 stays 1.50 in the tree, so a changed literal shows as a difference. */
  private static final JsonMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  @TempDir static Path directory;

  /** Each way of reading a document and writing the atlas back. */
  private static final Map<String, Function<byte[], byte[]>> PATHS =
      Map.of(
          "string",
          bytes ->
              AtlasJson.standard()
                  .write(AtlasJson.standard().read(new String(bytes, StandardCharsets.UTF_8)))
                  .getBytes(StandardCharsets.UTF_8),
          "stream",
          bytes -> {
            try {
              Atlas atlas = AtlasJson.standard().read(new ByteArrayInputStream(bytes), "-");
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              AtlasJson.standard().write(atlas, out);
              return out.toByteArray();
            } catch (IOException e) {
              throw new AssertionError(e);
            }
          },
          "file",
          bytes -> {
            try {
              Path in = Files.write(directory.resolve("in.json"), bytes);
              Path out = directory.resolve("out.json");
              AtlasJson.standard().write(AtlasJson.standard().read(in), out);
              return Files.readAllBytes(out);
            } catch (IOException e) {
              throw new AssertionError(e);
            }
          },
          "parse",
          bytes ->
              AtlasJson.standard()
                  .write(AtlasJson.standard().parse(bytes, "in.json").atlas())
                  .getBytes(StandardCharsets.UTF_8));

  static List<String[]> cases() {
    List<String[]> cases = new ArrayList<>();
    for (String sample : Samples.names()) {
      for (String path : PATHS.keySet()) {
        cases.add(new String[] {sample, path});
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("cases")
  void extensions_on_every_object_survive_reading_and_writing(String sample, String path) {
    ObjectNode document = (ObjectNode) TREES.readTree(Samples.bytes(sample));
    // Twenty stations have every level a station has; the 2,400 of kerman-1402 only take time.
    // iran-provinces has no stations at all.
    ArrayNode stations = (ArrayNode) document.get("pollingStations");
    while (stations != null && stations.size() > 20) {
      stations.remove(stations.size() - 1);
    }
    int added = addEverywhere(document, "");
    // The extension goes in as text: a tree would write -0 as 0 and 1e3 as 1000.0.
    byte[] extended =
        TREES
            .writeValueAsString(document)
            .replace("\"" + PLACEHOLDER + "\"", EXTENSION)
            .getBytes(StandardCharsets.UTF_8);

    byte[] written = PATHS.get(path).apply(extended);

    JsonNode back = TREES.readTree(written);
    assertThat(back).isEqualTo(TREES.readTree(extended));
    String text = new String(written, StandardCharsets.UTF_8);
    for (String literal :
        List.of(
            "1.50,",
            "-0,",
            "1e3,",
            "1E+3,",
            "2e-7,",
            "0.1000,",
            "123456789012345678901234567890",
            "\"می\u200cشود\"")) {
      assertThat(occurrences(text, literal)).as("occurrences of %s", literal).isEqualTo(added);
    }
    assertThat(membersInOrder(back)).allSatisfy(names -> assertThat(names).isEqualTo(MEMBERS));
  }

  /** Adds the extension to every object that may carry one; returns how many it added. */
  private static int addEverywhere(JsonNode node, String key) {
    int added = 0;
    if (node instanceof ObjectNode object) {
      if (NAMES.contains(key) || key.equals("externalIds") || key.equals("extensions")) {
        return 0;
      }
      List<Map.Entry<String, JsonNode>> children = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> child : children) {
        added += addEverywhere(child.getValue(), child.getKey());
      }
      object.put("extensions", PLACEHOLDER);
      added++;
    } else if (node instanceof ArrayNode array && !NAME_ARRAYS.contains(key)) {
      for (JsonNode element : array) {
        added += addEverywhere(element, key);
      }
    }
    return added;
  }

  private static List<List<String>> membersInOrder(JsonNode node) {
    List<List<String>> found = new ArrayList<>();
    collect(node, found);
    return found;
  }

  private static void collect(JsonNode node, List<List<String>> found) {
    if (node.isObject()) {
      JsonNode extensions = node.get("extensions");
      if (extensions != null) {
        found.add(new ArrayList<>(extensions.propertyNames()));
      }
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        if (!child.getKey().equals("extensions")) {
          collect(child.getValue(), found);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, found);
      }
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
