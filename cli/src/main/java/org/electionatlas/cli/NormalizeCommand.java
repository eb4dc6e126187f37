package org.electionatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electionatlas.io.StationStream;
import org.electionatlas.io.StationWriter;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.Change;
import org.electionatlas.text.ChangeKind;
import org.electionatlas.text.DigitStyle;
import org.electionatlas.text.Normalization;
import org.electionatlas.text.NormalizationOptions;
import org.electionatlas.text.PersianText;
import org.electionatlas.validation.SourceLocation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atlas normalize}: writes the atlas with its Persian texts normalized and lists each change
 * on standard error. It changes nothing but Persian text and never overwrites its input unless
 * asked with {@code --in-place}.
 */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Fixes the Persian texts of an atlas: Arabic yeh and kaf, digits, kashida, stray",
      "diacritics, missing zero-width non-joiners, whitespace. Writes the atlas to standard",
      "output (or -o FILE) and lists each change on standard error. Ids, references, numbers",
      "and English texts are never changed."
    })
final class NormalizeCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Parameters(paramLabel = "FILE", description = "The atlas; - reads standard input.")
  String file = "";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to OUT, replaced only once complete (not the input: see --in-place).")
  @Nullable Path output;

  @Option(
      names = "--in-place",
      description = {
        "Replace FILE itself, atomically; not at all when nothing changes, and never when",
        "FILE is read-only."
      })
  boolean inPlace;

  @Option(
      names = "--digits",
      paramLabel = "STYLE",
      defaultValue = "persian",
      description = "persian (default), latin or keep: how digits in Persian text are written.")
  String digits = "persian";

  @Mixin LanguageOption language = new LanguageOption();

  NormalizeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    NormalizationOptions options = NormalizationOptions.defaults().withDigitStyle(digitStyle());
    MessageStyle style = language.style();
    if (inPlace && (output != null || file.equals("-"))) {
      throw new UserError("--in-place replaces FILE itself; it takes neither -o nor -");
    }
    if (output != null && !file.equals("-") && sameFile(Path.of(file), output)) {
      throw new UserError(
          "-o "
              + SafeText.terminal(output.toString())
              + " is the input file; use --in-place to replace the input");
    }
    try (StationStream stream = Inputs.stream(file, terminal)) {
      String source = SafeText.terminal(stream.source());
      if (inPlace) {
        // A first read finds and lists the changes; only when there are any is the file written,
        // by a second read, so that an unchanged (or read-only) file is never touched.
        long changes = normalize(stream, options, style, true, null);
        if (changes == 0) {
          terminal.err().println(style.render(summary(UNCHANGED, source, 0)));
          return ExitCode.OK;
        }
        Outputs.write(
            Path.of(file), terminal, out -> normalize(stream, options, style, false, out));
        terminal.err().println(style.render(summary(CHANGED, source, changes)));
        return ExitCode.OK;
      }
      long[] changes = {0};
      Outputs.write(
          output, terminal, out -> changes[0] = normalize(stream, options, style, true, out));
      terminal.err().println(style.render(summary(CHANGED, source, changes[0])));
      return ExitCode.OK;
    }
  }

  private static final Phrase NORMALIZING = Phrase.of("normalizing", "یکدست‌سازی");

  private static final Noun CHANGES = Noun.of("change", "changes", "تغییر");

  private static final MessageTemplate CHANGED =
      MessageTemplate.of("normalize.changed", "{file}: {changes}", "{file}: {changes}");

  private static final MessageTemplate UNCHANGED =
      MessageTemplate.of(
          "normalize.unchanged",
          "{file}: {changes}; the file is unchanged",
          "{file}: {changes}؛ پرونده دست نخورد");

  /**
   * One change, in the manner of a compiler's diagnostic: where, what kind, the text before and
   * after, and the character it starts at. The place stays in Latin digits in either language, so
   * that editors and terminals can follow it.
   */
  private static final MessageTemplate CHANGE =
      MessageTemplate.of(
          "normalize.change",
          "{file}:{at}: {kind}: {original} -> {replacement} at character {offset} (at {pointer})",
          "{file}:{at}: {kind}: {original} ← {replacement} از نویسهٔ {offset} (در {pointer})");

  /** What a kind of fix is called in a listed change; in English, as the kind's name reads. */
  private static Phrase kind(ChangeKind kind) {
    return switch (kind) {
      case COMPOSED -> Phrase.of("composed", "ترکیب نویسه‌ها");
      case PRESENTATION_FORM -> Phrase.of("presentation form", "شکل نمایشی عربی");
      case ARABIC_YEH -> Phrase.of("arabic yeh", "یای عربی");
      case ARABIC_KAF -> Phrase.of("arabic kaf", "کاف عربی");
      case LETTER_VARIANT -> Phrase.of("letter variant", "گونهٔ دیگر حرف");
      case DIGIT -> Phrase.of("digit", "رقم");
      case KASHIDA -> Phrase.of("kashida", "کشیده");
      case DIACRITIC -> Phrase.of("diacritic", "اعراب");
      case ZWNJ -> Phrase.of("zwnj", "نیم‌فاصله");
      case WHITESPACE -> Phrase.of("whitespace", "فاصله");
    };
  }

  private static Message summary(MessageTemplate template, String source, long changes) {
    return Message.of(template)
        .with("file", Argument.text(source))
        .with("changes", Argument.count(changes, CHANGES));
  }

  /** The members of an atlas that follow its stations, whose changes are listed after theirs. */
  private static final List<String> AFTER_STATIONS =
      List.of("/bodies/", "/events/", "/issues/", "/approvals/");

  /**
   * Reads the atlas's stations once, normalizing every Persian text: lists each change when asked,
   * in document order, and writes the normalized atlas as the stations stream by when given a
   * stream. What is held: the frame and one station.
   *
   * @return how many changes there were
   */
  private long normalize(
      StationStream stream,
      NormalizationOptions options,
      MessageStyle style,
      boolean list,
      @Nullable OutputStream out)
      throws IOException {
    long[] changes = {0};
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    Atlas frame =
        AtlasText.rewrite(
            stream.frame(),
            (pointer, subject, text) -> {
              Normalization result = PersianText.normalize(text, options);
              changes[0] += result.changes().size();
              if (list) {
                List<String> lines =
                    AFTER_STATIONS.stream().anyMatch(pointer::startsWith) ? after : before;
                SourceLocation at = stream.locate(pointer).orElse(new SourceLocation(1, 1));
                result
                    .changes()
                    .forEach(change -> lines.add(line(stream, style, at, pointer, change)));
              }
              return result.text();
            });
    before.forEach(terminal.err()::println);
    StationWriter writer = out == null ? null : Inputs.json().writer(frame, out);
    try (Progress progress = Progress.of(terminal, style, NORMALIZING, file)) {
      Inputs.stations(
          stream,
          progress,
          streamed -> {
            PollingStation station =
                AtlasText.rewrite(
                    streamed.station(),
                    streamed.index(),
                    (pointer, subject, text) -> {
                      Normalization result = PersianText.normalize(text, options);
                      if (!result.changes().isEmpty()) {
                        changes[0] += result.changes().size();
                        if (list) {
                          // Located only when something changed: a station's first locate reads
                          // its bytes again.
                          SourceLocation at =
                              streamed.locate(pointer).orElse(new SourceLocation(1, 1));
                          for (Change change : result.changes()) {
                            terminal.err().println(line(stream, style, at, pointer, change));
                          }
                        }
                      }
                      return result.text();
                    });
            if (writer != null) {
              writer.write(station);
            }
          });
    }
    after.forEach(terminal.err()::println);
    if (writer != null) {
      writer.finish();
    }
    return changes[0];
  }

  private static String line(
      StationStream stream, MessageStyle style, SourceLocation at, String pointer, Change change) {
    return style.render(
        Message.of(CHANGE)
            .with("file", Argument.text(SafeText.terminal(stream.source())))
            .with("at", Argument.text(at.toString()))
            .with("kind", Argument.phrase(kind(change.kind())))
            .with("original", Argument.text(SafeText.quoted(change.original())))
            .with("replacement", Argument.text(SafeText.quoted(change.replacement())))
            .with("offset", Argument.number(change.offset()))
            .with("pointer", Argument.text(SafeText.terminal(pointer))));
  }

  private DigitStyle digitStyle() {
    try {
      return DigitStyle.valueOf(digits.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--digits must be persian, latin or keep, not '" + digits + "'");
    }
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    return Files.exists(a) && Files.exists(b)
        ? Files.isSameFile(a, b)
        : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
