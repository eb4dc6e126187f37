package org.electionatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.io.StationStream;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;
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

  private static final Phrase COUNTING = Phrase.of("counting", "شمارش");

  @Override
  public Integer call() throws IOException {
    MessageStyle style = dates.style();
    Atlas atlas;
    AtlasStats stats;
    String name = file;
    if (name == null) {
      atlas =
          AtlasJson.standard()
              .parse(Samples.bytes(Samples.DEFAULT), Samples.sourceName(Samples.DEFAULT))
              .atlas();
      stats = AtlasStats.of(atlas);
    } else {
      // The stations stream by and are counted; only the frame and a few numbers per county stay.
      try (StationStream stream = Inputs.stream(name, terminal)) {
        atlas = stream.frame();
        AtlasStats.Accumulator figures = AtlasStats.accumulate(atlas);
        try (Progress progress = Progress.of(terminal, style, COUNTING, name)) {
          Inputs.stations(stream, progress, station -> figures.accept(station.station()));
        }
        stats = figures.finish();
      }
    }
    if (format == Format.JSON) {
      writeJson(atlas, stats, style, terminal.out());
    } else {
      writeText(atlas, stats, style, terminal.out());
    }
    terminal.out().flush();
    return ExitCode.OK;
  }

  private static final MessageTemplate ELECTION =
      MessageTemplate.of(
          "stats.election",
          "Election {id}: {name}, voting day {day}",
          "انتخابات {id}: {name}، روز رأی‌گیری {day}");
  private static final MessageTemplate STATIONS =
      MessageTemplate.of(
          "stats.stations",
          "Polling stations: {total} (by kind: {kinds}; by voting method: {methods}; by risk:"
              + " {risks}, not assessed {unassessed})",
          "شعبه‌ها: {total} (بر پایهٔ نوع: {kinds}؛ بر پایهٔ شیوهٔ رأی‌گیری: {methods}؛ بر پایهٔ"
              + " خطر: {risks}، ارزیابی‌نشده {unassessed})");
  private static final MessageTemplate VOTERS =
      MessageTemplate.of(
          "stats.voters",
          "Voters: {expected} expected of {eligible} eligible ({coverage})",
          "رأی‌دهندگان: {expected} پیش‌بینی‌شده از {eligible} واجد شرایط ({coverage})");
  private static final MessageTemplate VOTERS_EXPECTED =
      MessageTemplate.of(
          "stats.voters-expected",
          "Voters: {expected} expected",
          "رأی‌دهندگان: {expected} پیش‌بینی‌شده");
  private static final MessageTemplate SPAN =
      MessageTemplate.of("stats.span", "{start} to {end}", "{start} تا {end}");
  private static final MessageTemplate COUNT =
      MessageTemplate.of("stats.count", "{what} {count}", "{what} {count}");

  private static final Phrase PROVINCE = Phrase.of("Province", "استان");
  private static final Phrase COUNTY = Phrase.of("County", "شهرستان");
  private static final List<Phrase> COLUMNS =
      List.of(
          Phrase.of("counties", "شهرستان‌ها"),
          Phrase.of("stations", "شعبه‌ها"),
          Phrase.of("expected", "پیش‌بینی"),
          Phrase.of("eligible", "واجد شرایط"),
          Phrase.of("coverage", "پوشش"),
          Phrase.of("name", "نام"));
  private static final Phrase TIMELINE = Phrase.of("Timeline:", "گاه‌شمار:");

  /** Enumeration values as the text output names them: their words, not their codes. */
  private static final Map<String, Phrase> VALUES =
      Map.ofEntries(
          Map.entry("FIXED", Phrase.of("fixed", "ثابت")),
          Map.entry("MOBILE", Phrase.of("mobile", "سیار")),
          Map.entry("PAPER", Phrase.of("paper", "کاغذی")),
          Map.entry("ELECTRONIC", Phrase.of("electronic", "الکترونیکی")),
          Map.entry("LOW", Phrase.of("low", "کم")),
          Map.entry("MEDIUM", Phrase.of("medium", "متوسط")),
          Map.entry("HIGH", Phrase.of("high", "زیاد")),
          Map.entry("TRAINING", Phrase.of("training", "آموزش")),
          Map.entry("OPENING", Phrase.of("opening", "افتتاحیه")),
          Map.entry("WORKSHOP", Phrase.of("workshop", "کارگاه")),
          Map.entry("THINK_TANK", Phrase.of("think tank", "اتاق فکر")),
          Map.entry("CLOSING", Phrase.of("closing", "اختتامیه")),
          Map.entry("MEETING", Phrase.of("meeting", "نشست")),
          Map.entry("DEADLINE", Phrase.of("deadline", "مهلت")));

  private static String word(Enum<?> value, MessageStyle style) {
    Phrase phrase = VALUES.get(value.name());
    return phrase != null
        ? style.render(phrase)
        : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String coverage(AtlasStats.Area area, MessageStyle style) {
    return area.coverage().isPresent()
        ? Argument.percent(area.coverage().getAsDouble()).render(style)
        : "-";
  }

  private static <E extends Enum<E>> Argument counts(Map<E, Integer> counts, MessageStyle style) {
    List<Argument> items = new ArrayList<>();
    counts.forEach(
        (key, count) ->
            items.add(
                Argument.text(
                    COUNT
                        .with("what", Argument.text(word(key, style)))
                        .with("count", Argument.number(count))
                        .render(style))));
    return Argument.all(items);
  }

  private static void writeText(
      Atlas atlas, AtlasStats stats, MessageStyle style, PrintStream out) {
    AtlasStats.Area total = stats.total();
    // Ids and names come from the atlas: a terminal must show their control characters, not obey
    // them.
    out.println(
        SafeText.terminal(
            ELECTION
                .with("id", Argument.text(atlas.election().id()))
                .with("name", Argument.name(atlas.election().name()))
                .with("day", Argument.date(atlas.election().votingDay()))
                .render(style)));
    out.println();
    out.println(
        STATIONS
            .with("total", Argument.number(total.stations()))
            .with("kinds", counts(stats.stationsByKind(), style))
            .with("methods", counts(stats.stationsByVotingMethod(), style))
            .with("risks", counts(stats.stationsByRisk(), style))
            .with("unassessed", Argument.number(stats.stationsWithoutRisk()))
            .render(style));
    out.println(
        total.eligibleVoters().isPresent()
            ? VOTERS
                .with("expected", Argument.number(total.expectedVoters()))
                .with("eligible", Argument.number(total.eligibleVoters().getAsLong()))
                .with("coverage", Argument.text(coverage(total, style)))
                .render(style)
            : VOTERS_EXPECTED
                .with("expected", Argument.number(total.expectedVoters()))
                .render(style));
    table(out, style, PROVINCE, stats.provinces(), true);
    table(out, style, COUNTY, stats.counties(), false);
    out.println();
    out.println(style.render(TIMELINE));
    for (AtlasStats.TimelineEntry entry : stats.timeline()) {
      Event event = entry.event();
      String when =
          event.end().equals(event.start())
              ? Argument.time(event.start()).render(style)
              : SPAN.with("start", Argument.time(event.start()))
                  .with("end", Argument.time(event.end()))
                  .render(style);
      out.println(
          "  "
              + "  ".repeat(entry.depth())
              + when
              + "  "
              + word(event.kind(), style)
              + "  "
              + SafeText.terminal(Argument.name(event.title()).render(style)));
    }
  }

  private static void table(
      PrintStream out,
      MessageStyle style,
      Phrase heading,
      List<AtlasStats.Area> areas,
      boolean withCounties) {
    int width = style.render(heading).length();
    for (AtlasStats.Area area : areas) {
      width = Math.max(width, SafeText.terminal(area.id()).length());
    }
    out.println();
    String format =
        "%-" + width + "s " + (withCounties ? "%9s " : "%s") + "%9s %11s %11s %9s  %s%n";
    out.printf(
        Locale.ROOT,
        format,
        style.render(heading),
        withCounties ? style.render(COLUMNS.get(0)) : "",
        style.render(COLUMNS.get(1)),
        style.render(COLUMNS.get(2)),
        style.render(COLUMNS.get(3)),
        style.render(COLUMNS.get(4)),
        style.render(COLUMNS.get(5)));
    for (AtlasStats.Area area : areas) {
      out.printf(
          Locale.ROOT,
          format,
          SafeText.terminal(area.id()),
          withCounties ? style.number(area.counties()) : "",
          style.number(area.stations()),
          style.number(area.expectedVoters()),
          area.eligibleVoters().isPresent() ? style.number(area.eligibleVoters().getAsLong()) : "-",
          coverage(area, style),
          SafeText.terminal(Argument.name(area.name()).render(style)));
    }
  }

  /**
   * The figures for scripts: values as the atlas stores them (ISO dates, codes), and beside each
   * date and name what a person reads in the chosen language and calendar ({@code …Shown}).
   */
  private static void writeJson(
      Atlas atlas, AtlasStats stats, MessageStyle style, PrintStream out) {
    try (JsonGenerator gen = AtlasJson.standard().generator(out)) {
      gen.writeStartObject();
      gen.writeStringProperty("language", style.language().tag());
      gen.writeStringProperty("calendar", style.calendar().name().toLowerCase(Locale.ROOT));
      gen.writeStringProperty("election", atlas.election().id());
      gen.writeStringProperty("votingDay", atlas.election().votingDay().toString());
      gen.writeStringProperty("votingDayShown", style.date(atlas.election().votingDay()));
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
        gen.writeStringProperty("startShown", Argument.time(entry.event().start()).render(style));
        gen.writeStringProperty("endShown", Argument.time(entry.event().end()).render(style));
        gen.writeStringProperty("title", entry.event().title().fa());
        gen.writeStringProperty("titleShown", Argument.name(entry.event().title()).render(style));
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
