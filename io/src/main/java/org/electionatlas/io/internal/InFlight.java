package org.electionatlas.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The temporary files this process is writing right now (the copy of standard input a streaming
 * validation reads, the file {@link AtomicFiles} writes before it replaces the target), deleted by
 * a shutdown hook should the process end before it is done with them: on SIGTERM, on SIGINT (^C),
 * on {@code System.exit} from another thread. Only {@code kill -9} and a power cut escape it;
 * {@link AtomicFiles} sweeps what they leave.
 */
public final class InFlight {

  private static final Set<Path> FILES = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOKED = new AtomicBoolean();

  private InFlight() {}

  /**
   * Deletes the file at shutdown unless {@link #done} is called first.
   *
   * @param file the temporary file about to be written
   */
  public static void add(Path file) {
    if (HOOKED.compareAndSet(false, true)) {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(InFlight::deleteAll, "atlas-temporary"));
      } catch (IllegalStateException shuttingDown) {
        // The process is already exiting: the caller's own finally block is all that is left.
      }
    }
    FILES.add(file);
  }

  /**
   * The file is gone or has become the target: nothing to delete at shutdown.
   *
   * @param file a file given to {@link #add}
   */
  public static void done(Path file) {
    FILES.remove(file);
  }

  private static void deleteAll() {
    for (Path file : FILES) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // The process is exiting; there is no one left to tell, and the next write sweeps it.
      }
    }
  }
}
