package org.electionatlas.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code atlas} command's entry point.
 *
 * <p>Output is always UTF-8, whatever the platform's default, so that Persian names survive a pipe
 * or a terminal set to another encoding.
 */
public final class Main {

  private Main() {}

  /** Runs the command and exits with its exit code. */
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

  /** Runs the command with the given streams and returns its exit code; for tests and embedding. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Terminal terminal = new Terminal(in, out, err);
    CommandLine commandLine = new CommandLine(new AtlasCommand(), new Factory(terminal));
    // Enum options (--format, --fail-on, --calendar, …) take their values in any case.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
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
