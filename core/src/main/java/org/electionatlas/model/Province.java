package org.electionatlas.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A province (ostan) of the country, the top level of the atlas's geography.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Province implements Identified, Extensible {

  Province() {}

  /** The province's id. */
  @Override
  public abstract String id();

  /** {@return the ISO 3166-2:IR code, such as {@code IR-08} for Kerman} */
  public abstract String code();

  /** {@return the province's name} */
  public abstract LocalizedName name();

  /**
   * {@return the number of polling stations the province's headquarters announced; the validator
   * checks the atlas holds exactly that many}
   */
  public abstract OptionalInt declaredStations();

  /** {@return a box that contains the province, used to check station locations} */
  public abstract Optional<BoundingBox> boundingBox();

  /**
   * Ids of the province in other datasets, by scheme (such as {@code ocd}).
   *
   * @return the ids by scheme; empty when there are none
   */
  public abstract Map<String, String> externalIds();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Province} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableProvince.Builder {
    Builder() {}
  }
}
