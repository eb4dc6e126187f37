package org.electionatlas.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A free-form JSON value kept in an {@code extensions} object. The model holds it without
 * interpreting it so that reading and writing an atlas never changes a user's own data: numbers
 * keep their literal text ({@code 1.0} stays {@code 1.0}) and object members keep their order.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface ExtensionValue
    permits ExtensionValue.ObjectValue,
        ExtensionValue.ArrayValue,
        ExtensionValue.StringValue,
        ExtensionValue.NumberValue,
        ExtensionValue.BooleanValue,
        ExtensionValue.NullValue {

  /** A JSON object; members keep the order they were given in. */
  record ObjectValue(Map<String, ExtensionValue> members) implements ExtensionValue {
    /**
     * Copies the members into an immutable, order-preserving map.
     *
     * @param members the members
     */
    public ObjectValue {
      members = ImmutableMap.copyOf(members);
    }
  }

  /** A JSON array. */
  record ArrayValue(List<ExtensionValue> elements) implements ExtensionValue {
    /**
     * Copies the elements into an immutable list.
     *
     * @param elements the elements
     */
    public ArrayValue {
      elements = ImmutableList.copyOf(elements);
    }
  }

  /** A JSON string. */
  record StringValue(String value) implements ExtensionValue {
    /**
     * Checks the value is not null.
     *
     * @param value the value
     */
    public StringValue {
      requireNonNull(value, "value");
    }
  }

  /**
   * A JSON number, kept as the literal text it was written with so that no digit is lost or added.
   */
  record NumberValue(String literal) implements ExtensionValue {
    private static final Pattern JSON_NUMBER =
        Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    /**
     * Checks that the literal is a JSON number.
     *
     * @param literal the literal
     */
    public NumberValue {
      requireNonNull(literal, "literal");
      if (!JSON_NUMBER.matcher(literal).matches()) {
        throw new IllegalArgumentException("not a JSON number: " + literal);
      }
    }

    /**
     * {@return the number for any literal written by a user, whatever its size}
     *
     * @param value the value
     */
    public static NumberValue of(BigDecimal value) {
      return new NumberValue(value.toString());
    }

    /** {@return the exact value of the literal} */
    public BigDecimal toBigDecimal() {
      return new BigDecimal(literal);
    }
  }

  /** A JSON {@code true} or {@code false}. */
  record BooleanValue(boolean value) implements ExtensionValue {}

  /** The JSON {@code null}. */
  enum NullValue implements ExtensionValue {
    /** The only null. */
    INSTANCE
  }
}
