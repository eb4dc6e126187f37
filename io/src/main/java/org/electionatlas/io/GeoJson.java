package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an atlas as GeoJSON (RFC 7946), for GIS tools and web maps: QGIS, GDAL's {@code ogr2ogr},
 * Leaflet, geojson.io.
 *
 * <p>The document is one {@code FeatureCollection}. Its first features are the counties, each with
 * the envelope of its located stations as a rectangular {@code Polygon} (the box from the
 * southernmost to the northernmost and the westernmost to the easternmost station, drawn
 * counter-clockwise as RFC 7946 asks) or {@code null} geometry when the county has no located
 * station or its stations lie on one line. The envelope is not the county's boundary, which the
 * atlas does not hold; it shows where the county's stations are. The stations follow, one {@code
 * Point} per station with a location, so that a viewer draws them above the counties. A station
 * without a location, or with one off the globe ({@link #pointOf}), is left out.
 *
 * <p>Positions are {@code [longitude, latitude]}, in that order (RFC 7946 §3.1.1), rounded to six
 * decimals (about 11 cm). Each feature's {@code properties} has {@code entity} ({@code "county"} or
 * {@code "station"}) to tell the two apart. Station properties are {@code id, county, number,
 * name_fa, name_en, kind, votingMethod, expectedVoters, risk}; county properties are {@code id,
 * province, name_fa, name_en, stations, expectedVoters}. An absent value is {@code null}, so that
 * every feature of a kind has the same properties.
 *
 * <p>The document is written as it goes, with the generator of {@link AtlasJson}, so its layout is
 * the canonical writer's (two-space indent, one value per line).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GeoJson {

  private static final double SIX_DECIMALS = 1e6;

  private GeoJson() {}

  /**
   * Writes the atlas's counties and located stations as a FeatureCollection; does not close.
   *
   * @param atlas the atlas
   * @param out the out
   */
  public static void write(Atlas atlas, OutputStream out) {
    try {
      write(atlas, visitor -> atlas.pollingStations().forEach(visitor::accept), out);
    } catch (IOException e) {
      // The stations come from memory; only the stream can fail, and Jackson reports that itself.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a FeatureCollection as {@link #write(Atlas, OutputStream)} does, the same bytes, for an
   * atlas whose stations are not in memory: they are gone through twice, first for the counties'
   * envelopes and figures (which come first in the document), then to write each one. What is held
   * meanwhile is a few numbers per county.
   *
   * @param frame the atlas without its stations
   * @param stations the stations, gone through twice
   * @param out the stream, not closed
   * @throws IOException if the stations cannot be read
   */
  public static void write(Atlas frame, StationSource stations, OutputStream out)
      throws IOException {
    Map<String, County> figures = new HashMap<>();
    for (org.electionatlas.model.County county : frame.counties()) {
      figures.putIfAbsent(county.id(), new County());
    }
    Envelope all = new Envelope();
    stations.forEach(
        station -> {
          Optional<Location> location = pointOf(station);
          location.ifPresent(all::add);
          County county = figures.get(station.county());
          if (county != null) {
            county.stations++;
            county.expectedVoters += station.expectedVoters();
            location.ifPresent(county.envelope::add);
          }
        });
    try (JsonGenerator gen = AtlasJson.standard().generator(out)) {
      gen.writeStartObject();
      gen.writeStringProperty("type", "FeatureCollection");
      if (!all.isEmpty()) {
        gen.writeName("bbox");
        gen.writeStartArray();
        gen.writeNumber(round(all.minLon));
        gen.writeNumber(round(all.minLat));
        gen.writeNumber(round(all.maxLon));
        gen.writeNumber(round(all.maxLat));
        gen.writeEndArray();
      }
      gen.writeArrayPropertyStart("features");
      for (org.electionatlas.model.County county : frame.counties()) {
        writeCounty(gen, county, requireNonNull(figures.get(county.id())));
      }
      stations.forEach(
          station -> {
            Optional<Location> location = pointOf(station);
            if (location.isPresent()) {
              writeStation(gen, station, location.get());
            }
          });
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /**
   * {@return the station's location when it can be drawn: a {@linkplain Location#isValid() valid}
   * point, the one the validator's {@code station-location-invalid} rule accepts} The reader
   * accepts any number, and the validator reports points off the globe; maps and exports leave out
   * the stations that have none, so that one lost decimal point (a longitude of 1e300,
   * micro-degrees) cannot stretch a map to nothing or its drawing to gigabytes.
   *
   * @param station the station
   */
  public static Optional<Location> pointOf(PollingStation station) {
    return station.location().filter(Location::isValid);
  }

  /** Rounds to six decimals, which is about 11 cm on the ground. */
  static double round(double degrees) {
    return Math.round(degrees * SIX_DECIMALS) / SIX_DECIMALS;
  }

  private static void writeCounty(
      JsonGenerator gen, org.electionatlas.model.County county, County figures) {
    Envelope envelope = figures.envelope;
    gen.writeStartObject();
    gen.writeStringProperty("type", "Feature");
    gen.writeName("geometry");
    if (envelope.isEmpty() || envelope.isFlat()) {
      gen.writeNull();
    } else {
      gen.writeStartObject();
      gen.writeStringProperty("type", "Polygon");
      gen.writeArrayPropertyStart("coordinates");
      gen.writeStartArray();
      // Counter-clockwise from the south-west corner: the right-hand rule of RFC 7946 §3.1.6.
      position(gen, envelope.minLon, envelope.minLat);
      position(gen, envelope.maxLon, envelope.minLat);
      position(gen, envelope.maxLon, envelope.maxLat);
      position(gen, envelope.minLon, envelope.maxLat);
      position(gen, envelope.minLon, envelope.minLat);
      gen.writeEndArray();
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeName("properties");
    gen.writeStartObject();
    gen.writeStringProperty("entity", "county");
    gen.writeStringProperty("id", county.id());
    gen.writeStringProperty("province", county.province());
    names(gen, county.name());
    gen.writeNumberProperty("stations", figures.stations);
    gen.writeNumberProperty("expectedVoters", figures.expectedVoters);
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static void writeStation(JsonGenerator gen, PollingStation station, Location location) {
    gen.writeStartObject();
    gen.writeStringProperty("type", "Feature");
    gen.writeName("geometry");
    gen.writeStartObject();
    gen.writeStringProperty("type", "Point");
    gen.writeName("coordinates");
    position(gen, location.lon(), location.lat());
    gen.writeEndObject();
    gen.writeName("properties");
    gen.writeStartObject();
    gen.writeStringProperty("entity", "station");
    gen.writeStringProperty("id", station.id());
    gen.writeStringProperty("county", station.county());
    gen.writeNumberProperty("number", station.number());
    names(gen, station.name());
    gen.writeStringProperty("kind", station.kind().name());
    gen.writeStringProperty("votingMethod", station.votingMethod().name());
    gen.writeNumberProperty("expectedVoters", station.expectedVoters());
    gen.writeStringProperty("risk", station.risk().map(risk -> risk.level().name()).orElse(null));
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static void names(JsonGenerator gen, LocalizedName name) {
    gen.writeStringProperty("name_fa", name.fa());
    gen.writeStringProperty("name_en", name.en().orElse(null));
  }

  private static void position(JsonGenerator gen, double lon, double lat) {
    gen.writeStartArray();
    gen.writeNumber(round(lon));
    gen.writeNumber(round(lat));
    gen.writeEndArray();
  }

  /** What a county's feature says of its stations, added up as they go by. */
  private static final class County {
    final Envelope envelope = new Envelope();
    int stations;
    long expectedVoters;
  }

  /** The smallest box around some points, grown one point at a time. */
  private static final class Envelope {
    double minLat = Double.POSITIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;

    void add(Location point) {
      minLat = Math.min(minLat, point.lat());
      minLon = Math.min(minLon, point.lon());
      maxLat = Math.max(maxLat, point.lat());
      maxLon = Math.max(maxLon, point.lon());
    }

    boolean isEmpty() {
      return minLat > maxLat;
    }

    /** A box without area, which as a polygon would be invalid geometry. */
    boolean isFlat() {
      return round(minLat) == round(maxLat) || round(minLon) == round(maxLon);
    }
  }
}
