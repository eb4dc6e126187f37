package org.electionatlas.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A point on the earth in WGS84 degrees, as GPS devices and web maps give it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Location implements Extensible {

  Location() {}

  /** {@return the latitude in degrees, north positive; valid points lie in [-90, 90]} */
  public abstract double lat();

  /** {@return the longitude in degrees, east positive; valid points lie in [-180, 180]} */
  public abstract double lon();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * Whether this is a point on the globe: both coordinates finite, the latitude in [-90, 90] and
   * the longitude in [-180, 180]. The reader accepts any number, so that a lost decimal point is
   * reported by the validator rather than refused; everything that draws or exports a point (maps,
   * GeoJSON) takes only the valid ones, and rules that judge where a station stands skip invalid
   * ones, leaving them to the rule that reports the bad coordinate.
   *
   * @return whether both coordinates are valid
   */
  public boolean isValid() {
    return isValidLatitude(lat()) && isValidLongitude(lon());
  }

  /**
   * {@return whether the degrees are a latitude: finite and in [-90, 90]}
   *
   * @param degrees the degrees
   */
  public static boolean isValidLatitude(double degrees) {
    return Double.isFinite(degrees) && degrees >= -90 && degrees <= 90;
  }

  /**
   * {@return whether the degrees are a longitude: finite and in [-180, 180]}
   *
   * @param degrees the degrees
   */
  public static boolean isValidLongitude(double degrees) {
    return Double.isFinite(degrees) && degrees >= -180 && degrees <= 180;
  }

  /** The mean radius of the earth (IUGG), in metres. */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  /**
   * {@return the great-circle distance between two points given in degrees, in metres} The
   * haversine formula on a sphere of {@link #EARTH_RADIUS_M}: within half a percent of the
   * ellipsoid, which is what moved-station and far-from-county checks need. The one place the
   * library measures distances, so that the rules, the diff and the previous round agree.
   *
   * @param lat1 the first point's latitude
   * @param lon1 the first point's longitude
   * @param lat2 the second point's latitude
   * @param lon2 the second point's longitude
   */
  public static double metersBetween(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * {@return a point without extensions}
   *
   * @param lat the lat
   * @param lon the lon
   */
  public static Location of(double lat, double lon) {
    return builder().lat(lat).lon(lon).build();
  }

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
