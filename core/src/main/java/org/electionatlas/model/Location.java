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

  /** The latitude in degrees, north positive; valid points lie in [-90, 90]. */
  public abstract double lat();

  /** The longitude in degrees, east positive; valid points lie in [-180, 180]. */
  public abstract double lon();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * Whether this is a real WGS84 point: both coordinates finite, the latitude in [-90, 90] and the
   * longitude in [-180, 180], edges included. A point that is not valid cannot be drawn or routed
   * to, so rules that judge where a station stands skip it and leave it to the one that reports the
   * bad coordinate.
   */
  public final boolean isValid() {
    return Double.isFinite(lat())
        && lat() >= -90
        && lat() <= 90
        && Double.isFinite(lon())
        && lon() >= -180
        && lon() <= 180;
  }

  /** A point without extensions. */
  public static Location of(double lat, double lon) {
    return builder().lat(lat).lon(lon).build();
  }

  /** An empty builder; every required property must be set before {@code build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
