package org.electionatlas.io;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() throws Exception {
    String min =
        new String(
            getClass().getResourceAsStream("samples/minimal.json").readAllBytes(),
            StandardCharsets.UTF_8);
    var atlas = AtlasJson.standard().read(min);
    String out = AtlasJson.standard().write(atlas);
    System.out.println("SAME " + out.equals(min));
    if (!out.equals(min)) System.out.println(out);
    String[] cases = {
      "",
      "  ",
      "[]",
      "{\"format\":\"election-atlas\",\"schemaVersion\":2}",
      "{\"format\":\"x\"}",
      min.replace("\"nmae\"", "x")
          .replace(
              "\"name\": {\n        \"fa\": \"دبستان", "\"nmae\": {\n        \"fa\": \"دبستان"),
      min.replace("\"number\": 1", "\"number\": \"1\""),
      min.replace("\"number\": 1", "\"number\": 1.5"),
      min.replace("\"number\": 1", "\"number\": 99999999999"),
      min.replace("\"FIXED\"", "\"FIXD\""),
      min.replace("2024-03-01", "2024-02-30"),
      min.replace("\"seats\": 1", "\"seats\": 1, \"seats\": 2"),
      min.replace("\"id\": \"ravar-0001\",", ""),
      min.replace("\"id\": \"ravar-0001\"", "\"id\": null"),
      min.substring(0, 500),
      min + "x",
      min.replace(
          "\"risk\": {", "\"risk\": {\"extensions\": {\"a\": null, \"b\": [1.50, {\"c\": true}]},"),
      min.replace("\"en\": \"Ravar\"", "\"en\": 5"),
      min.replace("\"lat\": 31.2656", "\"lat\": \"31\""),
      min.replace("\"accessible\": true", "\"accessible\": 1"),
      min.replace("\"counties\": [\n        \"ravar\"\n      ]", "\"counties\": \"ravar\""),
      min.replace("\"timeZone\": \"Asia/Tehran\"", "\"timeZone\": \"Mars/Base\""),
    };
    for (String c : cases) {
      try {
        var a = AtlasJson.standard().read(c);
        System.out.println("OK " + AtlasJson.standard().write(a).length());
        if (c.contains("\"a\": null"))
          System.out.println(
              a.pollingStations().get(0).risk()
                  + "\n"
                  + AtlasJson.standard().write(a).substring(1500, 2000));
      } catch (AtlasFormatException e) {
        System.out.println("ERR " + e.getMessage());
      } catch (Exception e) {
        System.out.println("CRASH " + e);
      }
    }
    byte[] bad = min.replace("راور", "XX").getBytes(StandardCharsets.UTF_8);
    bad[bad.length / 2] = (byte) 0xFF;
    try {
      AtlasJson.standard().parse(bad, "bad.json");
    } catch (AtlasFormatException e) {
      System.out.println("ERR " + e.getMessage());
    }
    try {
      AtlasJson.standard().parse(min.getBytes(StandardCharsets.UTF_16), "u16.json");
    } catch (AtlasFormatException e) {
      System.out.println("ERR " + e.getMessage());
    }
  }
}
