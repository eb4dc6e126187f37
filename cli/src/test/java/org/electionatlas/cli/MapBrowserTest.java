package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.electionatlas.diff.AtlasDiff;
import org.electionatlas.io.Samples;
import org.electionatlas.message.Language;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML map of the Kerman sample, rendered by a real browser (headless Chromium), is a picture
 * rather than a blank page: many colours, much ink, and the palette's blue and orange dots; and its
 * labels' texts, as the browser lays them out with its fonts, stay inside their boxes. Skipped
 * where Chromium is not installed, so that the build works without it; CI installs it.
 */
class MapBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path directory;

  @Test
  void the_kerman_map_renders_in_headless_chromium_as_a_picture() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Path atlas = directory.resolve("kerman.json");
    Files.write(atlas, Samples.bytes("kerman-1402"));
    Path page = directory.resolve("map.html");
    assertThat(Run.of("map", atlas.toString(), "-o", page.toString()).exitCode()).isZero();
    Path screenshot = directory.resolve("map.png");

    render(page, screenshot);

    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(900);
    Set<Integer> colours = new HashSet<>();
    int ink = 0;
    int blue = 0;
    int orange = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          ink++;
        }
        if (rgb == 0x0072B2) {
          blue++;
        } else if (rgb == 0xE69F00) {
          orange++;
        }
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
    assertThat(ink)
        .as("pixels that are not white")
        .isGreaterThan(image.getWidth() * image.getHeight() / 4);
    assertThat(blue).as("pixels of low-risk dots").isGreaterThan(500);
    assertThat(orange).as("pixels of medium-risk dots").isGreaterThan(100);
  }

  /**
   * The label boxes are sized from a rough width per character; the browser, with the fonts it
   * really has, measures each label's text, and every text must lie inside its box, since the box
   * is what is kept clear of the stations.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kerman-1402", "iran-provinces"})
  void every_label_text_lies_inside_its_box_as_chromium_lays_it_out(String sample)
      throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Path atlas = directory.resolve(sample + ".json");
    Files.write(atlas, Samples.bytes(sample));
    Path page = directory.resolve(sample + ".html");
    assertThat(Run.of("map", atlas.toString(), "-o", page.toString()).exitCode()).isZero();
    Files.writeString(
        page, Files.readString(page, UTF_8).replace("</body>", MEASURE + "</body>"), UTF_8);
    Path dom = directory.resolve(sample + ".dom");

    run(page, "--dump-dom", dom);

    Matcher result =
        Pattern.compile("<pre id=\"label-check\">(\\d+) texts; outside: (\\d+)([^<]*)</pre>")
            .matcher(Files.readString(dom, UTF_8));
    assertThat(result.find()).as("the page's measurement").isTrue();
    assertThat(Integer.parseInt(result.group(1))).as("label texts").isGreaterThan(25);
    assertThat(result.group(2)).as("texts outside their boxes:%s", result.group(3)).isEqualTo("0");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"FA", "EN"})
  void the_diff_page_shows_each_kind_of_change_in_its_colour_and_its_labels_fit(String language)
      throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Atlas before = Samples.load("kerman-1402");
    Atlas after = DiffMapTest.changed();
    Path page = directory.resolve("diff.html");
    try (Writer out = Files.newBufferedWriter(page, UTF_8)) {
      DiffMap.write(
          DiffMap.Input.of(before, after, "old.json", "new.json", AtlasDiff.between(before, after)),
          MessageStyle.of(Language.valueOf(language)),
          out);
    }
    Path screenshot = directory.resolve("diff.png");

    render(page, screenshot);

    BufferedImage image = ImageIO.read(screenshot.toFile());
    Map<Integer, Integer> pixels = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        pixels.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
      }
    }
    // Added green, removed vermilion, moved blue, changed orange: each drawn, map and legend.
    for (int colour : new int[] {0x009E73, 0xD55E00, 0x0072B2, 0xE69F00}) {
      assertThat(pixels.getOrDefault(colour, 0)).as("pixels of #%06X", colour).isGreaterThan(20);
    }
    assertThat(pixels.getOrDefault(0xB9B6AD, 0))
        .as("pixels of unchanged stations")
        .isGreaterThan(500);
    Files.writeString(
        page, Files.readString(page, UTF_8).replace("</body>", MEASURE + "</body>"), UTF_8);
    Path dom = directory.resolve("diff.dom");
    run(page, "--dump-dom", dom);
    Matcher result =
        Pattern.compile("<pre id=\"label-check\">(\\d+) texts; outside: (\\d+)([^<]*)</pre>")
            .matcher(Files.readString(dom, UTF_8));
    assertThat(result.find()).as("the page's measurement").isTrue();
    assertThat(Integer.parseInt(result.group(1))).as("label texts").isEqualTo(5);
    assertThat(result.group(2)).as("texts outside their boxes:%s", result.group(3)).isEqualTo("0");
  }

  /** Measures each label's texts against its box once the page is laid out, into the DOM. */
  private static final String MEASURE =
      "<script>\n"
          + "window.addEventListener('load', function () {\n"
          + "  var bad = [];\n"
          + "  var n = 0;\n"
          + "  document.querySelectorAll('g.label').forEach(function (g) {\n"
          + "    var box = g.querySelector('rect').getBBox();\n"
          + "    g.querySelectorAll('text').forEach(function (t) {\n"
          + "      n++;\n"
          + "      var b = t.getBBox();\n"
          + "      if (b.x < box.x - 0.5 || b.y < box.y - 0.5\n"
          + "          || b.x + b.width > box.x + box.width + 0.5\n"
          + "          || b.y + b.height > box.y + box.height + 0.5) {\n"
          + "        bad.push(' ' + t.textContent);\n"
          + "      }\n"
          + "    });\n"
          + "  });\n"
          + "  var out = document.createElement('pre');\n"
          + "  out.id = 'label-check';\n"
          + "  out.textContent = n + ' texts; outside: ' + bad.length + bad.join(',');\n"
          + "  document.body.appendChild(out);\n"
          + "});\n"
          + "</script>\n";

  private void render(Path page, Path screenshot) throws IOException, InterruptedException {
    run(page, "--screenshot=" + screenshot, screenshot);
  }

  /** Runs headless Chromium on the page; its standard output goes to {@code result}. */
  private void run(Path page, String what, Path result) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(directory, "profile");
    Path log = Files.createTempFile(directory, "chromium", ".log");
    boolean dump = what.equals("--dump-dom");
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                what,
                "--window-size=1200,900",
                page.toUri().toString()));
    if (dump) {
      builder.redirectOutput(result.toFile()).redirectError(log.toFile());
    } else {
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
    }
    Process chromium = builder.start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s:\n" + Files.readString(log));
    }
    assertThat(result).as("Chromium's output; it said:\n%s", Files.readString(log)).exists();
  }
}
