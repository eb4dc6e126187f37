package org.electionatlas.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electionatlas.io.Samples;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.validation.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atlas} command's entry point.
 *
 * <p>Output is always UTF-8, whatever the platform's default, so that Persian names survive a pipe
 * or a terminal set to another encoding. Standard output is a {@link CheckedOutput}: a full disk
 * ends the command with one line and exit 2, a closed pipe stops it quietly ({@link
 * ExitCode#CLOSED_PIPE}).
 *
 * <p>Whatever the command did not expect is one line and exit 3, never a stack trace: an exception,
 * and an {@link OutOfMemoryError} or {@link StackOverflowError} too, with what to try. {@code
 * ATLAS_DEBUG=1} adds the stack trace.
 */
public final class Main {

  /** How deep a chain of causes is searched; a cycle of causes must not loop. */
  private static final int MAX_CAUSES = 20;

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
    if (args.length > 0 && args[0].equals("validate")) {
      prepareInBackground();
    }
    PrintStream out = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err);
    err.flush();
    System.exit(code);
  }

  /**
   * Readies the atlas reader and the rule catalogue on a second thread while the first builds the
   * command line, which takes picocli some 50 ms even from the start-up cache, with the second core
   * otherwise idle. Readying is reading and checking the bundled minimal atlas: the first check
   * initialises the 63 rules and their messages and runs their code once, and the first atlas read
   * initialises the reader and its binder. A class's initialisation the first thread waits for if
   * it gets there first; the atlas and the report are dropped. So nothing the command prints can
   * differ: only when the work is done. A failure is left for the first thread to meet and report
   * as it would have; this thread must not print it.
   */
  private static void prepareInBackground() {
    Thread preparing =
        new Thread(
            () -> {
              try {
                Validator.standard().validate(Samples.load("minimal"));
              } catch (RuntimeException | LinkageError e) {
                // The first thread reports it when it needs the class.
              }
            },
            "atlas-prepare");
    preparing.setDaemon(true);
    preparing.start();
  }

  /**
   * Runs the command with the given streams and returns its exit code; for tests and embedding. A
   * write error on {@code out} that the stream swallowed ({@link PrintStream#checkError()}) is exit
   * 2 too.
   *
   * @param args the command line, such as {@code validate --format sarif atlas.json}, not null
   * @param in what {@code -} reads as standard input, not null
   * @param out where results go, not null
   * @param err where messages go, not null
   * @return the exit code: 0 success, 1 violations at or above {@code --fail-on}, 2 bad input or
   *     usage, 3 an internal error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Terminal terminal = new Terminal(in, out, err);
    return run(commandLineFor(args, terminal), args, out, err);
  }

  /** Runs the given command object, the top of a picocli command tree; tests give their own. */
  static int run(Object command, String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(commandLine(command, new Terminal(in, out, err)), args, out, err);
  }

  /** Runs a command tree made for the streams of this run. */
  static int run(CommandLine commandLine, String[] args, PrintStream out, PrintStream err) {
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parsed) -> failed(exception, cmd.getCommandName(), err));
    // picocli passes only exceptions of a command's call() to the handler above; an Error there,
    // or a failure while it prints help, would otherwise be its stack trace and exit 1.
    commandLine.setExecutionStrategy(
        parsed -> {
          try {
            return new CommandLine.RunLast().execute(parsed);
          } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
            throw e;
          } catch (RuntimeException | Error e) {
            throw new CommandLine.ExecutionException(
                deepest(parsed).commandSpec().commandLine(), String.valueOf(e.getMessage()), e);
          }
        });
    int code;
    try {
      code = commandLine.execute(args);
      out.flush();
    } catch (RuntimeException | Error e) {
      // What escaped picocli: an Error from a command, a failed write of the help text.
      return failed(e, commandName(commandLine), err);
    }
    if (out.checkError()) {
      String name = commandName(commandLine);
      err.println(
          (name.equals("atlas") ? "atlas" : "atlas " + name) + ": cannot write standard output");
      return ExitCode.BAD_INPUT;
    }
    return code;
  }

  /** The one line, and the exit code, of a command that ended with this throwable. */
  private static int failed(Throwable caught, String command, PrintStream err) {
    String prefix = command.equals("atlas") ? "atlas: " : "atlas " + command + ": ";
    Throwable thrown =
        caught instanceof CommandLine.ExecutionException && caught.getCause() != null
            ? caught.getCause()
            : caught;
    if (thrown instanceof UserError userError) {
      err.println(prefix + userError.getMessage());
      return ExitCode.BAD_INPUT;
    }
    // A writer may wrap the failure of the stream beneath it (Jackson does, in its own exception).
    Optional<CheckedOutput.Failure> failure = cause(thrown, CheckedOutput.Failure.class);
    if (failure.isPresent()) {
      if (failure.get().isClosedPipe()) {
        return ExitCode.CLOSED_PIPE;
      }
      err.println(prefix + "cannot write standard output: " + failure.get().getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (thrown instanceof OutOfMemoryError) {
      err.println(
          prefix
              + String.format(
                  Locale.ROOT,
                  "out of memory with a heap of at most %,d MB; run it with a larger heap,"
                      + " such as JAVA_OPTS=-Xmx4g, or split the atlas",
                  Runtime.getRuntime().maxMemory() >> 20));
    } else if (thrown instanceof StackOverflowError) {
      err.println(
          prefix
              + "the stack overflowed; run it with a larger stack, such as JAVA_OPTS=-Xss16m,"
              + " and please report the document that did it");
    } else {
      err.println(
          prefix + "internal error, please report it: " + SafeText.terminal(thrown.toString()));
    }
    if (System.getenv("ATLAS_DEBUG") != null) {
      thrown.printStackTrace(err);
    }
    return ExitCode.INTERNAL_ERROR;
  }

  /** The throwable or the first of its causes that is of the type. */
  private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
    Throwable at = thrown;
    for (int depth = 0; at != null && depth < MAX_CAUSES; depth++) {
      if (type.isInstance(at)) {
        return Optional.of(type.cast(at));
      }
      at = at.getCause();
    }
    return Optional.empty();
  }

  /** The name of the subcommand the arguments named, or of the top command before one is known. */
  private static String commandName(CommandLine commandLine) {
    CommandLine.ParseResult parsed = commandLine.getParseResult();
    return parsed == null ? commandLine.getCommandName() : deepest(parsed).commandSpec().name();
  }

  private static CommandLine.ParseResult deepest(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult at = parsed;
    while (at.hasSubcommand()) {
      at = at.subcommand();
    }
    return at;
  }

  /** The command tree as every run configures it; tests walk it to check each command's help. */
  static CommandLine commandLine(Terminal terminal) {
    return commandLine(new AtlasCommand(), terminal);
  }

  /**
   * The command tree for these arguments. When the first one names a command, the tree holds that
   * command alone, under a bare {@code atlas} that only gives it its name: picocli reads every
   * option, help text and converter of every command in a tree when the tree is made, which cost a
   * fifth of the start-up of {@code atlas validate}, and a command's parsing, help and messages do
   * not depend on its siblings ({@code CommandLineTest} runs both trees and compares). Anything
   * else ({@code atlas}, {@code atlas --help}, a misspelt command) gets the whole tree, which lists
   * and suggests the commands.
   */
  static CommandLine commandLineFor(String[] args, Terminal terminal) {
    if (args.length > 0) {
      for (Class<?> type : AtlasCommand.class.getAnnotation(Command.class).subcommands()) {
        Command command = type.getAnnotation(Command.class);
        if (command != null && command.name().equals(args[0])) {
          Factory factory = new Factory(terminal);
          CommandLine top =
              new CommandLine(
                  CommandLine.Model.CommandSpec.create()
                      .name(AtlasCommand.class.getAnnotation(Command.class).name()),
                  factory);
          top.addSubcommand(command.name(), new CommandLine(create(factory, type), factory));
          return configured(top);
        }
      }
    }
    return commandLine(terminal);
  }

  private static Object create(Factory factory, Class<?> type) {
    try {
      return factory.create(type);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot make the command " + type, e);
    }
  }

  private static CommandLine commandLine(Object command, Terminal terminal) {
    return configured(new CommandLine(command, new Factory(terminal)));
  }

  private static CommandLine configured(CommandLine commandLine) {
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
