package org.electionatlas.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A rectangle of latitude and longitude that contains an area, such as a province.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BoundingBox implements Extensible {

  BoundingBox() {}

  /** {@return the southern edge in degrees} */
  public abstract double minLat();

  /** {@return the western edge in degrees} */
  public abstract double minLon();

  /** {@return the northern edge in degrees} */
  public abstract double maxLat();

  /** {@return the eastern edge in degrees} */
  public abstract double maxLon();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * {@return a box without extensions}
   *
   * @param maxLat the max lat
   * @param maxLon the max lon
   * @param minLat the min lat
   * @param minLon the min lon
   */
  public static BoundingBox of(double minLat, double minLon, double maxLat, double maxLon) {
    return builder().minLat(minLat).minLon(minLon).maxLat(maxLat).maxLon(maxLon).build();
  }

  /**
   * {@return whether the point lies inside this box or on its edge}
   *
   * @param point the point
   */
  public final boolean contains(Location point) {
    return point.lat() >= minLat()
        && point.lat() <= maxLat()
        && point.lon() >= minLon()
        && point.lon() <= maxLon();
  }

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link BoundingBox} values; {@code build()} fails when a required property is missing.
   */
  public static final class Builder extends ImmutableBoundingBox.Builder {
    Builder() {}
  }
}
