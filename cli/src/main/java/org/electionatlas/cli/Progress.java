package org.electionatlas.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * One line on standard error that says how far a long command has got, redrawn in place, when
 * standard error is a terminal; nothing at all when it is not (a pipe, a log, a test), so that
 * scripts and logs never see it.
 *
 * <p>Java cannot ask whether standard error alone is a terminal ({@code System.console()} speaks of
 * standard input and output), so the launcher, which can ({@code [ -t 2 ]}), says so in the system
 * property {@value #PROPERTY}. The line appears only after {@value #QUIET_MILLIS} ms, so that a
 * quick run shows nothing, and is redrawn at most every {@value #EVERY_MILLIS} ms; it is cleared
 * when the work ends, before the command prints its result.
 */
final class Progress implements AutoCloseable {

  /** Set to {@code true} by the launcher when standard error is a terminal. */
  static final String PROPERTY = "atlas.stderr.terminal";

  private static final long QUIET_MILLIS = 1_000;
  private static final long EVERY_MILLIS = 250;

  private static final Noun STATIONS = Noun.of("polling station", "polling stations", "شعبه");

  private static final MessageTemplate LINE =
      MessageTemplate.of(
          "progress",
          "{doing} {file}: {percent}, {stations}, {seconds} s",
          "{doing} {file}: {percent}، {stations}، {seconds} ثانیه");

  /** A progress that never shows: what every run off a terminal gets. */
  private static final Progress NONE =
      new Progress(null, MessageStyle.ENGLISH, Phrase.empty(), "", System::nanoTime);

  private final @Nullable PrintStream err;
  private final MessageStyle style;
  private final Phrase doing;
  private final String file;
  private final LongSupplier clock;
  private final long started;
  private long shownAt;
  private int width;

  /** A progress shown on {@code err} (never, when null), timed by a clock of nanoseconds. */
  Progress(
      @Nullable PrintStream err,
      MessageStyle style,
      Phrase doing,
      String file,
      LongSupplier clock) {
    this.err = err;
    this.style = style;
    this.doing = doing;
    this.file = file;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /**
   * A progress line for work on one source, shown only when standard error is a terminal.
   *
   * @param terminal where the line goes
   * @param style the language and digits of the line
   * @param doing what is being done, such as "validating"
   * @param source how the source is named, such as its path
   */
  static Progress of(Terminal terminal, MessageStyle style, Phrase doing, String source) {
    if (!Boolean.getBoolean(PROPERTY)) {
      return NONE;
    }
    return new Progress(terminal.err(), style, doing, SafeText.terminal(source), System::nanoTime);
  }

  /**
   * A progress line for a command with no {@code --lang}, in the language of the terminal's locale
   * ({@link LanguageOption#ofLocale}), shown only when standard error is a terminal.
   *
   * @param terminal where the line goes
   * @param doing what is being done, such as "converting"
   * @param source how the source (or, for a command that only writes, the output) is named
   */
  static Progress of(Terminal terminal, Phrase doing, String source) {
    if (!Boolean.getBoolean(PROPERTY)) {
      return NONE;
    }
    return of(terminal, LanguageOption.ofLocale(System.getenv()), doing, source);
  }

  /**
   * Says how far the work has got; cheap enough to call for every station.
   *
   * @param done bytes read so far
   * @param total bytes to read in all
   * @param stations stations handled so far
   */
  void at(long done, long total, long stations) {
    PrintStream to = err;
    if (to == null) {
      return;
    }
    long now = clock.getAsLong();
    long elapsed = (now - started) / 1_000_000;
    if (elapsed < QUIET_MILLIS || (now - shownAt) / 1_000_000 < EVERY_MILLIS) {
      return;
    }
    shownAt = now;
    double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
    String line =
        style.render(
            Message.of(LINE)
                .with("doing", Argument.phrase(doing))
                .with("file", Argument.text(file))
                .with("percent", Argument.percent(fraction))
                .with("stations", Argument.count(stations, STATIONS))
                .with("seconds", Argument.number(elapsed / 1000)));
    // Spaces over what a longer earlier line left.
    to.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    to.flush();
    width = line.length();
  }

  /** Clears the line, if one was shown. */
  @Override
  public void close() {
    PrintStream to = err;
    if (to != null && width > 0) {
      to.print("\r" + " ".repeat(width) + "\r");
      to.flush();
      width = 0;
    }
  }
}
