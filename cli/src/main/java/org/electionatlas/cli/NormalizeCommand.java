package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.electionatlas.io.ParsedAtlas;
import org.electionatlas.io.SafeText;
import org.electionatlas.model.Atlas;
import org.electionatlas.text.AtlasText;
import org.electionatlas.text.Change;
import org.electionatlas.text.DigitStyle;
import org.electionatlas.text.Normalization;
import org.electionatlas.text.NormalizationOptions;
import org.electionatlas.text.PersianText;
import org.electionatlas.validation.SourceLocation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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

  NormalizeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    NormalizationOptions options = NormalizationOptions.defaults().withDigitStyle(digitStyle());
    if (inPlace && (output != null || file.equals("-"))) {
      throw new UserError("--in-place replaces FILE itself; it takes neither -o nor -");
    }
    if (output != null && !file.equals("-") && sameFile(Path.of(file), output)) {
      throw new UserError(
          "-o "
              + SafeText.terminal(output.toString())
              + " is the input file; use --in-place to replace the input");
    }
    ParsedAtlas parsed = Inputs.parse(file, terminal);
    AtomicInteger changes = new AtomicInteger();
    Atlas normalized =
        AtlasText.rewrite(
            parsed.atlas(),
            (pointer, subject, text) -> {
              Normalization result = PersianText.normalize(text, options);
              SourceLocation at =
                  parsed.sourceMap().locate(pointer).orElse(new SourceLocation(1, 1));
              for (Change change : result.changes()) {
                changes.incrementAndGet();
                terminal
                    .err()
                    .println(
                        SafeText.terminal(parsed.sourceMap().source())
                            + ":"
                            + at
                            + ": "
                            + change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ": "
                            + SafeText.quoted(change.original())
                            + " -> "
                            + SafeText.quoted(change.replacement())
                            + " at character "
                            + change.offset()
                            + " (at "
                            + SafeText.terminal(pointer)
                            + ")");
              }
              return result.text();
            });
    String source = SafeText.terminal(parsed.sourceMap().source());
    if (inPlace && changes.get() == 0) {
      // Rewriting would change nothing but the file's owner, permissions and time: leave it.
      terminal.err().println(source + ": 0 changes; the file is unchanged");
      return ExitCode.OK;
    }
    byte[] bytes =
        Inputs.json().write(normalized).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path target = inPlace ? Path.of(file) : output;
    if (target == null) {
      terminal.out().write(bytes);
      terminal.out().flush();
    } else {
      Outputs.write(target, bytes);
    }
    terminal.err().println(source + ": " + changes.get() + " changes");
    return ExitCode.OK;
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
