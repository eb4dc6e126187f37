package org.electionatlas.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.stats.AtlasStats;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;

/** {@code atlas stats}: the figures of an atlas, for people (text) or scripts (JSON). */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Shows the figures of an atlas: stations and voters by province and county, stations by",
      "kind, voting method and risk, coverage of eligible voters, and events on a timeline."
    },
    footer = {"", "With no FILE, shows the bundled kerman-1402 sample."})
final class StatsCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    TEXT,
    JSON
  }

  private final Terminal terminal;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The atlas; - reads standard input.")
  @Nullable String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  Format format = Format.TEXT;

  @Mixin DateOptions dates = new DateOptions();

  StatsCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Atlas atlas =
        file == null
            ? AtlasJson.standard()
                .parse(Samples.bytes(Samples.DEFAULT), Samples.sourceName(Samples.DEFAULT))
                .atlas()
            : Inputs.parse(file, terminal).atlas();
    AtlasStats stats = AtlasStats.of(atlas);
    if (format == Format.JSON) {
      writeJson(atlas, stats, terminal.out());
    } else {
      writeText(atlas, stats, dates.style(), terminal.out());
    }
    terminal.out().flush();
    return ExitCode.OK;
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String coverage(AtlasStats.Area area) {
    return area.coverage().isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", 100 * area.coverage().getAsDouble())
        : "-";
  }

  private static String name(LocalizedName name) {
    return name.fa() + name.en().map(en -> " / " + en).orElse("");
  }

  private static <E extends Enum<E>> String counts(Map<E, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (key, count) -> {
          if (text.length() > 0) {
            text.append(", ");
          }
          text.append(key.name().toLowerCase(Locale.ROOT)).append(' ').append(number(count));
        });
    return text.toString();
  }

  private static void writeText(Atlas atlas, AtlasStats stats, DateStyle dates, PrintStream out) {
    AtlasStats.Area total = stats.total();
    out.println(
        "Election "
            + atlas.election().id()
            + ": "
            + name(atlas.election().name())
            + ", voting day "
            + dates.format(atlas.election().votingDay()));
    out.println();
    out.println(
        "Polling stations: "
            + number(total.stations())
            + " (by kind: "
            + counts(stats.stationsByKind())
            + "; by voting method: "
            + counts(stats.stationsByVotingMethod())
            + "; by risk: "
            + counts(stats.stationsByRisk())
            + ", not assessed "
            + number(stats.stationsWithoutRisk())
            + ")");
    out.println(
        "Voters: "
            + number(total.expectedVoters())
            + " expected"
            + (total.eligibleVoters().isPresent()
                ? " of "
                    + number(total.eligibleVoters().getAsLong())
                    + " eligible ("
                    + coverage(total)
                    + ")"
                : ""));
    table(out, "Province", stats.provinces(), true);
    table(out, "County", stats.counties(), false);
    out.println();
    out.println("Timeline:");
    for (AtlasStats.TimelineEntry entry : stats.timeline()) {
      Event event = entry.event();
      out.println(
          "  "
              + "  ".repeat(entry.depth())
              + dates.format(event.start().toString())
              + (event.end().equals(event.start())
                  ? ""
                  : " to " + dates.format(event.end().toString()))
              + "  "
              + event.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + "  "
              + name(event.title()));
    }
  }

  private static void table(
      PrintStream out, String heading, List<AtlasStats.Area> areas, boolean withCounties) {
    int width = heading.length();
    for (AtlasStats.Area area : areas) {
      width = Math.max(width, area.id().length());
    }
    out.println();
    String format =
        "%-" + width + "s " + (withCounties ? "%9s " : "%s") + "%9s %11s %11s %9s  %s%n";
    out.printf(
        Locale.ROOT,
        format,
        heading,
        withCounties ? "counties" : "",
        "stations",
        "expected",
        "eligible",
        "coverage",
        "name");
    for (AtlasStats.Area area : areas) {
      out.printf(
          Locale.ROOT,
          format,
          area.id(),
          withCounties ? number(area.counties()) : "",
          number(area.stations()),
          number(area.expectedVoters()),
          area.eligibleVoters().isPresent() ? number(area.eligibleVoters().getAsLong()) : "-",
          coverage(area),
          name(area.name()));
    }
  }

  private static void writeJson(Atlas atlas, AtlasStats stats, PrintStream out) {
    try (JsonGenerator gen = AtlasJson.standard().generator(out)) {
      gen.writeStartObject();
      gen.writeStringProperty("election", atlas.election().id());
      gen.writeStringProperty("votingDay", atlas.election().votingDay().toString());
      gen.writeName("total");
      area(gen, stats.total());
      gen.writeName("stations");
      gen.writeStartObject();
      enumCounts(gen, "byKind", stats.stationsByKind());
      enumCounts(gen, "byVotingMethod", stats.stationsByVotingMethod());
      enumCounts(gen, "byRisk", stats.stationsByRisk());
      gen.writeNumberProperty("riskNotAssessed", stats.stationsWithoutRisk());
      gen.writeEndObject();
      gen.writeArrayPropertyStart("provinces");
      for (AtlasStats.Area area : stats.provinces()) {
        area(gen, area);
      }
      gen.writeEndArray();
      gen.writeArrayPropertyStart("counties");
      for (AtlasStats.Area area : stats.counties()) {
        area(gen, area);
      }
      gen.writeEndArray();
      gen.writeArrayPropertyStart("timeline");
      for (AtlasStats.TimelineEntry entry : stats.timeline()) {
        gen.writeStartObject();
        gen.writeStringProperty("id", entry.event().id());
        gen.writeStringProperty("kind", entry.event().kind().name());
        gen.writeNumberProperty("depth", entry.depth());
        gen.writeStringProperty("start", entry.event().start().toString());
        gen.writeStringProperty("end", entry.event().end().toString());
        gen.writeStringProperty("title", entry.event().title().fa());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    out.println();
  }

  private static void area(JsonGenerator gen, AtlasStats.Area area) {
    gen.writeStartObject();
    gen.writeStringProperty("id", area.id());
    gen.writeStringProperty("name", area.name().fa());
    gen.writeNumberProperty("counties", area.counties());
    gen.writeNumberProperty("stations", area.stations());
    gen.writeNumberProperty("expectedVoters", area.expectedVoters());
    if (area.eligibleVoters().isPresent()) {
      gen.writeNumberProperty("eligibleVoters", area.eligibleVoters().getAsLong());
    }
    if (area.coverage().isPresent()) {
      gen.writeNumberProperty(
          "coverage", Math.round(area.coverage().getAsDouble() * 10_000) / 10_000.0);
    }
    gen.writeEndObject();
  }

  private static <E extends Enum<E>> void enumCounts(
      JsonGenerator gen, String name, Map<E, Integer> counts) {
    gen.writeName(name);
    gen.writeStartObject();
    counts.forEach((key, count) -> gen.writeNumberProperty(key.name(), count));
    gen.writeEndObject();
  }
}
