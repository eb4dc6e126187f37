package org.electionatlas.diff;

/** Distances and bearings on the earth, for points given in degrees. */
final class Earth {

  /** The mean radius of the earth (IUGG), in metres. */
  private static final double RADIUS_M = 6_371_008.8;

  private Earth() {}

  /** The great-circle distance between two points, in metres (haversine). */
  static double meters(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** The initial bearing from the first point to the second, in degrees clockwise from north. */
  static double bearing(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dLon = Math.toRadians(lon2 - lon1);
    double y = Math.sin(dLon) * Math.cos(phi2);
    double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLon);
    double degrees = Math.toDegrees(Math.atan2(y, x));
    return degrees < 0 ? degrees + 360 : degrees;
  }
}
