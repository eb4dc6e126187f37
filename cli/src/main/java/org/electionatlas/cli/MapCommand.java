package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electionatlas.io.StationSource;
import org.electionatlas.io.StationStream;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas map}: draws the atlas's stations and counties as an SVG map or an HTML page. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Draws a map of the atlas as SVG or as a self-contained HTML page.",
      "Stations are dots coloured by risk or voting method; the area of each",
      "county's stations is shaded and labelled; a legend and a scale bar go with",
      "them. OUT ending in .html gives a page that shows a station's details on",
      "hover and fetches nothing from a network. Stations without a valid",
      "location (as 'atlas validate' calls it) are left out, and counted on stderr."
    })
final class MapCommand implements Callable<Integer> {

  /** The kinds of document the map is written as. */
  enum Format {
    SVG,
    HTML
  }

  private final Terminal terminal;

  @Parameters(index = "0", paramLabel = "FILE", description = "The atlas; - reads standard input.")
  String file = "";

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The map file, map.svg or map.html (replaced only once complete).")
  Path output = Path.of("map.svg");

  @Option(
      names = "--color-by",
      paramLabel = "WHAT",
      defaultValue = "risk",
      description = "risk (default) or method.")
  AtlasMap.ColorBy colorBy = AtlasMap.ColorBy.RISK;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "svg or html; by default, from OUT's extension.")
  @Nullable Format format;

  MapCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  private static final Phrase DRAWING = Phrase.of("drawing", "رسم");

  @Override
  public Integer call() throws IOException {
    Format chosen = format == null ? formatOf(output) : format;
    // The stations stream by, once to place them and once for each size of dot; what is kept
    // between the passes is a few numbers a station (AtlasMap), so a national atlas fits.
    try (StationStream stream = Inputs.stream(file, terminal);
        Progress progress = Progress.of(terminal, DRAWING, file)) {
      Atlas frame = stream.frame();
      Unplaced.Count unplaced = new Unplaced.Count();
      boolean[] counted = {false};
      StationSource stations =
          consumer -> {
            boolean first = !counted[0];
            Inputs.stations(
                stream,
                progress,
                station -> {
                  if (first) {
                    unplaced.add(station.station());
                  }
                  consumer.accept(station.station());
                });
            counted[0] = true;
          };
      Outputs.write(
          output,
          terminal,
          out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 64 * 1024);
            AtlasMap.write(frame, stations, colorBy, chosen, writer);
            writer.flush();
          });
      progress.close();
      unplaced.report(terminal, "map", "the map");
    }
    return ExitCode.OK;
  }

  private static Format formatOf(Path output) {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      return Format.SVG;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Format.HTML;
    }
    throw new UserError(
        "cannot tell the map's format from "
            + SafeText.quoted(String.valueOf(output.getFileName()))
            + "; name it .svg or .html, or give --format svg|html");
  }
}
