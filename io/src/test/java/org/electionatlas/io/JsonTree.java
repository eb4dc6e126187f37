package org.electionatlas.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * JSON values as read, for the tests of the hand binders ({@link StationBinderTest}, {@link
 * AtlasBinderTest}): written again in other spellings of the same values, with changes now and
 * then, or with exactly one change ({@link #mutateOnce}).
 */
final class JsonTree {

  private JsonTree() {}

  /** How a station is written again: only in other spellings, or with a change now and then. */
  enum Spelling {
    SAME_VALUES,
    MUTATED
  }

  /**
   * A JSON value as read, number literals kept as written, so that it can be written again in other
   * spellings of the same values (members in another order, escapes, exponents, white space) or
   * changed a little.
   */
  sealed interface Value {

    static Value read(JsonParser p) {
      return switch (p.currentToken()) {
        case START_OBJECT -> {
          List<Member> members = new ArrayList<>();
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            members.add(new Member(name, read(p)));
          }
          yield new Obj(members);
        }
        case START_ARRAY -> {
          List<Value> elements = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.add(read(p));
          }
          yield new Arr(elements);
        }
        case VALUE_STRING -> new Str(p.getString());
        default -> new Literal(p.getString(), p.currentToken());
      };
    }

    default String write(Random random, Spelling spelling) {
      StringBuilder out = new StringBuilder();
      write(out, random, spelling, 0);
      return out.toString();
    }

    void write(StringBuilder out, Random random, Spelling spelling, int depth);

    default boolean hasNullAtTheTopOfExtensions() {
      return false;
    }
  }

  record Member(String name, Value value) {}

  record Obj(List<Member> members) implements Value {
    @Override
    public void write(StringBuilder out, Random random, Spelling spelling, int depth) {
      List<Member> order = new ArrayList<>(members);
      if (random.nextBoolean()) {
        Collections.shuffle(order, random);
      }
      if (spelling == Spelling.MUTATED && !order.isEmpty() && random.nextInt(12) == 0) {
        int which = random.nextInt(3);
        Member one = order.get(random.nextInt(order.size()));
        switch (which) {
          case 0 -> order.add(one);
          case 1 -> order.remove(one);
          default -> order.add(new Member("zz", new Literal("1", JsonToken.VALUE_NUMBER_INT)));
        }
      }
      out.append('{');
      for (int i = 0; i < order.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        space(out, random);
        Str.quote(out, order.get(i).name(), random);
        space(out, random);
        out.append(':');
        space(out, random);
        order.get(i).value().write(out, random, spelling, depth + 1);
      }
      space(out, random);
      out.append('}');
    }

    @Override
    public boolean hasNullAtTheTopOfExtensions() {
      for (Member member : members) {
        if (member.name().equals("extensions") && member.value() instanceof Obj extensions) {
          for (Member extension : extensions.members()) {
            if (extension.value() instanceof Literal literal
                && literal.token() == JsonToken.VALUE_NULL) {
              return true;
            }
          }
        } else if (member.value().hasNullAtTheTopOfExtensions()) {
          return true;
        }
      }
      return false;
    }
  }

  record Arr(List<Value> elements) implements Value {
    @Override
    public boolean hasNullAtTheTopOfExtensions() {
      return elements.stream().anyMatch(Value::hasNullAtTheTopOfExtensions);
    }

    @Override
    public void write(StringBuilder out, Random random, Spelling spelling, int depth) {
      out.append('[');
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        space(out, random);
        elements.get(i).write(out, random, spelling, depth + 1);
      }
      space(out, random);
      out.append(']');
    }
  }

  record Str(String text) implements Value {
    @Override
    public void write(StringBuilder out, Random random, Spelling spelling, int depth) {
      if (spelling == Spelling.MUTATED && random.nextInt(40) == 0) {
        switch (random.nextInt(4)) {
          case 0 -> out.append("7");
          case 1 -> out.append("null");
          case 2 -> quote(out, text.toLowerCase(Locale.ROOT), random);
          default -> quote(out, " ", random);
        }
        return;
      }
      quote(out, text, random);
    }

    /** The text quoted, each character now and then (and every one that must be) escaped. */
    static void quote(StringBuilder out, String text, Random random) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || Character.isSurrogate(c) || random.nextInt(10) == 0) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }

  record Literal(String text, JsonToken token) implements Value {
    @Override
    public void write(StringBuilder out, Random random, Spelling spelling, int depth) {
      boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
      if (spelling == Spelling.MUTATED && number && random.nextInt(20) == 0) {
        switch (random.nextInt(4)) {
          case 0 -> out.append(text).append(".0");
          case 1 -> out.append(text).append("e0");
          case 2 -> out.append('"').append(text).append('"');
          default -> out.append("1e400");
        }
        return;
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT && random.nextBoolean()) {
        // The same decimal with its point moved into an exponent: the same double (and, in an
        // extension, another literal, which both sides read from the same text).
        BigDecimal value = new BigDecimal(text);
        out.append(value.unscaledValue())
            .append(random.nextBoolean() ? 'e' : 'E')
            .append(-value.scale());
        return;
      }
      out.append(text);
    }
  }

  static void space(StringBuilder out, Random random) {
    switch (random.nextInt(6)) {
      case 0 -> out.append(' ');
      case 1 -> out.append("\n  ");
      case 2 -> out.append("\t");
      default -> {}
    }
  }

  /** {@return the value read from the parser, which is at its first token} */
  static Value read(JsonParser p) {
    return Value.read(p);
  }

  /**
   * {@return the value with exactly one change somewhere in it}: a member repeated, left out,
   * renamed or added; a value made null, put in an array, taken out of one, or of another type; a
   * number or a text respelt as what the mapper does not coerce.
   */
  static Value mutateOnce(Value value, Random random) {
    int[] countdown = {random.nextInt(count(value))};
    return mutate(value, countdown, random);
  }

  private static int count(Value value) {
    int n = 1;
    if (value instanceof Obj obj) {
      for (Member member : obj.members()) {
        n += count(member.value());
      }
    } else if (value instanceof Arr arr) {
      for (Value element : arr.elements()) {
        n += count(element);
      }
    }
    return n;
  }

  private static final Literal NULL = new Literal("null", JsonToken.VALUE_NULL);

  private static Value mutate(Value value, int[] countdown, Random random) {
    if (countdown[0]-- == 0) {
      return changed(value, random);
    }
    if (value instanceof Obj obj) {
      List<Member> members = new ArrayList<>();
      for (Member member : obj.members()) {
        members.add(new Member(member.name(), mutate(member.value(), countdown, random)));
      }
      return new Obj(members);
    }
    if (value instanceof Arr arr) {
      List<Value> elements = new ArrayList<>();
      for (Value element : arr.elements()) {
        elements.add(mutate(element, countdown, random));
      }
      return new Arr(elements);
    }
    return value;
  }

  private static Value changed(Value value, Random random) {
    int which = random.nextInt(10);
    if (which == 0) {
      return NULL;
    }
    if (which == 1) {
      return new Arr(List.of(value));
    }
    if (value instanceof Obj obj) {
      List<Member> members = new ArrayList<>(obj.members());
      if (members.isEmpty()) {
        members.add(new Member("zz", NULL));
        return new Obj(members);
      }
      int at = random.nextInt(members.size());
      Member one = members.get(at);
      switch (which % 6) {
        case 0 -> members.add(one);
        case 1 -> members.remove(at);
        case 2 -> members.add(new Member("zz", new Literal("1", JsonToken.VALUE_NUMBER_INT)));
        case 3 -> members.set(at, new Member(capitalized(one.name()), one.value()));
        case 4 -> members.set(at, new Member(one.name(), NULL));
        default -> {
          return one.value();
        }
      }
      return new Obj(members);
    }
    if (value instanceof Arr arr) {
      List<Value> elements = new ArrayList<>(arr.elements());
      switch (which % 4) {
        case 0 -> elements.add(NULL);
        case 1 -> {
          if (!elements.isEmpty()) {
            elements.add(elements.get(0));
          }
        }
        case 2 -> {
          if (!elements.isEmpty()) {
            elements.remove(random.nextInt(elements.size()));
          }
        }
        default -> {
          return new Obj(List.of());
        }
      }
      return new Arr(elements);
    }
    if (value instanceof Str str) {
      return switch (which % 5) {
        case 0 -> new Literal("7", JsonToken.VALUE_NUMBER_INT);
        case 1 -> new Str(str.text().toLowerCase(Locale.ROOT));
        case 2 -> new Str(" ");
        case 3 -> new Str("");
        default -> new Literal("true", JsonToken.VALUE_TRUE);
      };
    }
    Literal literal = (Literal) value;
    if (literal.token() == JsonToken.VALUE_NUMBER_INT
        || literal.token() == JsonToken.VALUE_NUMBER_FLOAT) {
      String text = literal.text();
      boolean exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
      return switch (which % 7) {
        case 0 ->
            exponent || text.indexOf('.') >= 0
                ? new Literal("7.0", JsonToken.VALUE_NUMBER_FLOAT)
                : new Literal(text + ".0", JsonToken.VALUE_NUMBER_FLOAT);
        case 1 -> new Literal(exponent ? "7e0" : text + "e0", JsonToken.VALUE_NUMBER_FLOAT);
        case 2 -> new Str(text);
        case 3 -> new Literal("1e400", JsonToken.VALUE_NUMBER_FLOAT);
        case 4 -> new Literal("2147483648", JsonToken.VALUE_NUMBER_INT);
        case 5 -> new Literal("1e2", JsonToken.VALUE_NUMBER_FLOAT);
        default -> new Literal("-0", JsonToken.VALUE_NUMBER_INT);
      };
    }
    return switch (which % 3) {
      case 0 -> new Str(literal.text());
      case 1 -> new Literal("0", JsonToken.VALUE_NUMBER_INT);
      default ->
          literal.token() == JsonToken.VALUE_TRUE
              ? new Literal("false", JsonToken.VALUE_FALSE)
              : new Literal("true", JsonToken.VALUE_TRUE);
    };
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? "X" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
