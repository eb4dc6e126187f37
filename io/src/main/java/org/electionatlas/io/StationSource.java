package org.electionatlas.io;

import java.io.IOException;
import java.util.function.Consumer;
import org.electionatlas.model.PollingStation;

/**
 * Polling stations that can be gone through more than once, in the same order each time: an atlas's
 * list in memory, or the file of a {@link StationStream}. What the writers that need two looks at
 * the stations take ({@link GeoJson#write(org.electionatlas.model.Atlas, StationSource,
 * java.io.OutputStream)}, {@link StationCsv#importInto(org.electionatlas.model.Atlas,
 * StationSource, byte[], String, AtlasJson, java.io.OutputStream)}), so that one implementation
 * serves an atlas of any size.
 *
 * <pre>{@code
 * StationSource inMemory = consumer -> atlas.pollingStations().forEach(consumer);
 * StationSource fromFile = consumer -> stream.forEachStation(s -> consumer.accept(s.station()));
 * }</pre>
 */
@FunctionalInterface
public interface StationSource {

  /**
   * Hands every station to the consumer, in document order.
   *
   * @param consumer receives each station
   * @throws IOException if the stations cannot be read
   */
  void forEach(Consumer<PollingStation> consumer) throws IOException;
}
