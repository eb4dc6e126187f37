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
