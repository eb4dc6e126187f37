package org.electionatlas.validation;

import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Location;

/**
 * How the location rules give points and boxes to their messages: each coordinate its own argument
 * (placeholders {@code {lat}}, {@code {lon}}; {@code {minLat}}, {@code {maxLat}}, {@code {minLon}},
 * {@code {maxLon}}), so that Persian shows them in Persian digits and programs get the numbers.
 */
final class Coordinates {

  /** Six decimals is about 10 cm: more than any atlas's points mean, fewer than doubles print. */
  private static final int DECIMALS = 6;

  private Coordinates() {}

  /** A coordinate in degrees. */
  static Argument degrees(double degrees) {
    return Argument.decimal(degrees, DECIMALS);
  }

  /** The message with the point's {@code {lat}} and {@code {lon}}. */
  static Message point(Message message, Location point) {
    return message.with("lat", degrees(point.lat())).with("lon", degrees(point.lon()));
  }

  /** The message with the box's four edges. */
  static Message box(Message message, BoundingBox box) {
    return message
        .with("minLat", degrees(box.minLat()))
        .with("maxLat", degrees(box.maxLat()))
        .with("minLon", degrees(box.minLon()))
        .with("maxLon", degrees(box.maxLon()));
  }
}
