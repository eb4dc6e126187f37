package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a canonical atlas document whose polling stations are pushed one at a time: the frame
 * (everything but the stations) is given when the writer is opened, each station with {@link
 * #write}, and {@link #finish} writes the rest of the document. Memory stays that of one station
 * however many are written, and the bytes are those {@link AtlasJson#write(Atlas, OutputStream)}
 * writes for the frame holding the same stations.
 *
 * <pre>{@code
 * try (StationStream in = AtlasJson.standard().stream(Path.of("big.json"))) {
 *   StationWriter out = AtlasJson.standard().writer(in.frame(), System.out);
 *   in.forEachStation(station -> out.write(station.station()));
 *   out.finish();
 * }
 * }</pre>
 *
 * <p>The document is ended only by {@link #finish}, which is why this is not {@link
 * java.io.Closeable}: when reading the stations fails half way, what was written must not look like
 * a whole atlas. Opened by {@link AtlasJson#writer(Atlas, OutputStream)}; not thread-safe; never
 * closes the stream.
 */
public final class StationWriter {

  private final Atlas frame;
  private final OutputStream out;
  private final Limits limits;
  private final JsonGenerator gen;
  private long written;
  private boolean finished;
  private boolean failed;

  private StationWriter(Atlas frame, OutputStream out, Limits limits, JsonGenerator gen) {
    this.frame = frame;
    this.out = out;
    this.limits = limits;
    this.gen = gen;
  }

  /** Opens a writer and writes the frame's members that come before the stations. */
  static StationWriter open(ObjectWriter writer, Limits limits, Atlas frame, OutputStream out)
      throws IOException {
    requireNonNull(frame, "frame");
    requireNonNull(out, "out");
    if (!frame.pollingStations().isEmpty()) {
      throw new IllegalArgumentException(
          "the atlas has polling stations of its own; write them all to the writer instead");
    }
    JsonGenerator gen = writer.createGenerator(out);
    StationWriter stations = new StationWriter(frame, out, limits, gen);
    stations.guarded(() -> Codecs.writeHead(frame, gen));
    return stations;
  }

  /**
   * Writes the next station, after those written before.
   *
   * @param station the station, not null
   * @throws IOException if the stream cannot be written
   * @throws IllegalArgumentException if the station's extensions nest deeper than the nesting
   *     limit, or a number is NaN or infinite, so that the document could not be read back
   * @throws IllegalStateException if the writer is finished, or an earlier write failed
   */
  public void write(PollingStation station) throws IOException {
    requireNonNull(station, "station");
    usable();
    guarded(
        () -> {
          // The member is left out when there are no stations, as every empty list is.
          if (written == 0) {
            gen.writeName("pollingStations");
            gen.writeStartArray();
          }
          gen.writePOJO(station);
        });
    written++;
  }

  /** {@return how many stations have been written} */
  public long written() {
    return written;
  }

  /**
   * Writes the members after the stations, ends the document with a newline and flushes the stream;
   * does not close it.
   *
   * @throws IOException if the stream cannot be written
   * @throws IllegalStateException if the writer is already finished, or a write failed (the
   *     document is then left unended)
   */
  public void finish() throws IOException {
    usable();
    finished = true;
    guarded(
        () -> {
          if (written > 0) {
            gen.writeEndArray();
          }
          Codecs.writeTail(frame, gen);
          gen.close();
        });
    out.write('\n');
    out.flush();
  }

  private void usable() {
    if (finished) {
      throw new IllegalStateException("the writer is finished");
    }
    if (failed) {
      throw new IllegalStateException("an earlier write failed; the document cannot be ended");
    }
  }

  private interface Step {
    void run();
  }

  /**
   * Runs a step of writing, with Jackson's unchecked exceptions as this API's. Others pass as they
   * are, so that a caller finds what its own stream threw among their causes.
   */
  private void guarded(Step step) throws IOException {
    boolean done = false;
    try {
      step.run();
      done = true;
    } catch (StreamConstraintsException e) {
      throw new IllegalArgumentException("cannot write the atlas: " + limits.nestedTooDeep(), e);
    } catch (Codecs.NotWritable e) {
      throw new IllegalArgumentException("cannot write the atlas: " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      // The stream's own IOException, which Jackson wraps (once or twice) on its way out; an
      // unchecked one of the stream's passes wrapped, for the caller to find among the causes.
      Throwable cause = e.getCause();
      while (cause instanceof JacksonException) {
        cause = cause.getCause();
      }
      if (cause instanceof IOException failure) {
        throw failure;
      }
      throw e;
    } finally {
      failed |= !done;
    }
  }
}
