package org.electionatlas.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The {@code atlas} command's entry point.
 *
 * <p>Output is always UTF-8, whatever the platform's default, so that Persian names survive a pipe
 * or a terminal set to another encoding.
 */
public final class Main {

  /** Picocli's list of an enum's constants in a conversion message. */
  private static final Pattern ENUM_VALUES =
      Pattern.compile("(expected one of \\[[A-Z0-9_, ]+\\])");

  private Main() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line, such as {@code validate --format sarif atlas.json}
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns its exit code; for tests and embedding.
   *
   * @param args the command line, such as {@code validate --format sarif atlas.json}, not null
   * @param in what {@code -} reads as standard input, not null
   * @param out where results go, not null
   * @param err where messages go, not null
   * @return the exit code: 0 success, 1 violations at or above {@code --fail-on}, 2 bad input or
   *     usage, 3 an internal error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine commandLine = commandLine(new Terminal(in, out, err));
    // Enum options (--format, --fail-on, --calendar, …) take their values in any case.
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parsed) -> {
          if (exception instanceof UserError userError) {
            err.println("atlas " + cmd.getCommandName() + ": " + userError.getMessage());
            return ExitCode.BAD_INPUT;
          }
          err.println(
              "atlas " + cmd.getCommandName() + ": internal error, please report it: " + exception);
          if (System.getenv("ATLAS_DEBUG") != null) {
            exception.printStackTrace(err);
          }
          return ExitCode.INTERNAL_ERROR;
        });
    return commandLine.execute(args);
  }

  /** The command tree as every run configures it; tests walk it to check each command's help. */
  static CommandLine commandLine(Terminal terminal) {
    CommandLine commandLine = new CommandLine(new AtlasCommand(), new Factory(terminal));
    // Enum options (--format, --fail-on, --calendar, …) take their values in any case.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    joinSentences(commandLine);
    return commandLine;
  }

  /**
   * Help text in the sources is broken into lines of any width; picocli wraps each element to the
   * terminal again, and shows only the first element in the list of commands. Joining the lines of
   * one sentence into one element lets picocli wrap whole paragraphs, and makes the first element
   * the whole first sentence. An indented line (a table row, an example) or an empty one stands on
   * its own.
   */
  private static void joinSentences(CommandLine commandLine) {
    CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    usage.description(HelpText.paragraphs(usage.description()));
    usage.footer(HelpText.paragraphs(usage.footer()));
    commandLine.getSubcommands().values().forEach(Main::joinSentences);
  }

  /**
   * A usage error is one line, as the README promises: what is wrong, and where the help is. The
   * full usage would bury the one line that matters under twenty that do not.
   */
  private static int usageError(CommandLine.ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String message = lowerCaseEnumValues(String.valueOf(exception.getMessage()));
    if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += "; did you mean " + alternatives(suggestions) + "?";
      }
    }
    command.getErr().println(name + ": " + message + " (see '" + name + " --help')");
    command.getErr().flush();
    return ExitCode.BAD_INPUT;
  }

  /** {@code 'a'}, {@code 'a' or 'b'}, {@code 'a', 'b' or 'c'}: picocli's nearest first. */
  private static String alternatives(List<String> words) {
    List<String> quoted = words.stream().map(w -> "'" + w + "'").toList();
    int last = quoted.size() - 1;
    return last == 0
        ? quoted.get(0)
        : String.join(", ", quoted.subList(0, last)) + " or " + quoted.get(last);
  }

  /**
   * Picocli lists an enum's constants as declared, in upper case; the options take, and the help
   * and reports show, lower case, so the message does too.
   */
  static String lowerCaseEnumValues(String message) {
    Matcher matcher = ENUM_VALUES.matcher(message);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          result, Matcher.quoteReplacement(matcher.group(1).toLowerCase(Locale.ROOT)));
    }
    matcher.appendTail(result);
    return result.toString().replace(" (case-insensitive)", "");
  }

  /** Gives every command the streams of this run. */
  private static final class Factory implements CommandLine.IFactory {
    private final Terminal terminal;

    Factory(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
