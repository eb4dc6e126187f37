package org.electionatlas.diff;

import org.electionatlas.model.Location;

/** Distances and bearings on the earth, for points given in degrees. */
final class Earth {

  private Earth() {}

  /**
   * The great-circle distance between two points, in metres (see {@link Location#metersBetween}).
   */
  static double meters(double lat1, double lon1, double lat2, double lon2) {
    return Location.metersBetween(lat1, lon1, lat2, lon2);
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
