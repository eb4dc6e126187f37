package org.electionatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML map of the Kerman sample, rendered by a real browser (headless Chromium), is a picture
 * rather than a blank page: many colours, much ink, and the palette's blue and orange dots. Skipped
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

  private void render(Path page, Path screenshot) throws IOException, InterruptedException {
    Path profile = Files.createDirectory(directory.resolve("profile"));
    Path log = directory.resolve("chromium.log");
    Process chromium =
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
                    "--screenshot=" + screenshot,
                    "--window-size=1200,900",
                    page.toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s:\n" + Files.readString(log));
    }
    assertThat(screenshot).as("the screenshot; Chromium said:\n%s", Files.readString(log)).exists();
  }
}
