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
