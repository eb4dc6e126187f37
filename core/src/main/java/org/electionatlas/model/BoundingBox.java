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

  /**
   * Iran's bounding box: latitude 25.0 to 39.8 N, longitude 44.0 to 63.4 E, the country's extreme
   * points rounded outward to a tenth of a degree. The extremes are about 39°47′ N (north of Kukh,
   * West Azerbaijan), 25°04′ N (Pasabandar, Sistan and Baluchestan), 44°02′ E (Sufali, West
   * Azerbaijan) and 63°18′ E (near Kuhak, Saravan county), as geography references list them; the
   * Persian Gulf islands lie inside. Being a box, it also holds bits of Iraq, Turkey, the Gulf
   * states, Afghanistan and Pakistan: a coarse check that catches swapped or mistyped coordinates,
   * not a border test.
   */
  public static final BoundingBox IRAN = of(25.0, 44.0, 39.8, 63.4);

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
   * Whether this is a real box of valid degrees: every edge finite, the latitudes within [-90, 90],
   * the longitudes within [-180, 180], and min ≤ max on both axes (a box whose edges are swapped
   * contains nothing). Boxes that cross the 180th meridian are not valid, as no Iranian province
   * needs one.
   *
   * @return whether the box is valid
   */
  public final boolean isValid() {
    // No array of the four edges: stations' checks ask this of their province's box every time.
    if (!Double.isFinite(minLat())
        || !Double.isFinite(minLon())
        || !Double.isFinite(maxLat())
        || !Double.isFinite(maxLon())) {
      return false;
    }
    return Math.abs(minLat()) <= 90
        && Math.abs(maxLat()) <= 90
        && Math.abs(minLon()) <= 180
        && Math.abs(maxLon()) <= 180
        && minLat() <= maxLat()
        && minLon() <= maxLon();
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
