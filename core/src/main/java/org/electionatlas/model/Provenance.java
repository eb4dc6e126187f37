package org.electionatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the data of an atlas came from, and which parts of it are synthetic.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provenance implements Extensible {

  Provenance() {}

  /** {@return the documents the data was taken from} */
  public abstract List<Source> sources();

  /**
   * {@return the parts of the atlas that were made up rather than observed, each a JSON pointer or
   * a plain description; empty when all data is real}
   */
  public abstract List<String> synthetic();

  /** {@return the program that produced the atlas, if one did} */
  public abstract Optional<String> generator();

  /**
   * Anything else a reader should know about the data.
   *
   * @return the notes, if any
   */
  public abstract Optional<String> notes();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Provenance} values; {@code build()} fails when a required property is missing.
   */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
