package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Standard output that fails when writing fails. A {@link PrintStream} swallows write errors, so
 * that {@code atlas sample > /dev/full} would end with exit 0 and nothing written, and {@code atlas
 * generate | head -c 100} would write all of its millions of stations into a closed pipe. Every
 * write here that the stream beneath refuses throws {@link Failure}, which ends the command at once
 * ({@link Main} turns it into one line and exit 2, or a quiet stop for a closed pipe). Everything
 * printed goes through {@link #write(byte[], int, int)}, the text of {@code print} too.
 */
final class CheckedOutput extends PrintStream {

  /** Writing standard output failed: a full disk, a closed pipe, a device error. */
  static final class Failure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(String.valueOf(cause.getMessage()), cause);
    }

    /**
     * Whether the reader of the pipe went away ({@code EPIPE}), as {@code head} does once it has
     * read enough: not an error, a reason to stop.
     */
    boolean isClosedPipe() {
      String message = String.valueOf(getMessage()).toLowerCase(Locale.ROOT);
      return message.contains("broken pipe") || message.contains("pipe is being closed");
    }
  }

  CheckedOutput(OutputStream out) {
    super(out, true, UTF_8);
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  @Override
  public void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  @Override
  public void writeBytes(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new Failure(e);
    }
  }
}
