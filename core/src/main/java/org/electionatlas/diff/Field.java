package org.electionatlas.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.ExtensionValue;

/**
 * One field of an entity of type {@code T}, compared between two versions of the entity: what the
 * generic kinds of field (a value, a set of items, external ids, extensions) have in common, so
 * that each kind of entity is a list of its fields.
 *
 * @param <T> the type of entity
 */
abstract class Field<T> {

  final String member;

  private Field(String member) {
    this.member = member;
  }

  /** Adds to {@code out} what changed in this field from {@code before} to {@code after}. */
  abstract void compare(T before, T after, Argument entity, List<FieldChange> out);

  /**
   * A single value, maybe absent: reported as changed, given or removed, with the values as {@code
   * show} words them.
   */
  static <T, V> Field<T> value(
      String member, Phrase noun, Function<T, Optional<V>> get, Function<V, Argument> show) {
    return new Field<>(member) {
      @Override
      void compare(T before, T after, Argument entity, List<FieldChange> out) {
        Optional<V> was = get.apply(before);
        Optional<V> is = get.apply(after);
        if (was.equals(is)) {
          return;
        }
        Message message;
        if (was.isEmpty()) {
          message = Wording.FIELD_ADDED.with("after", show.apply(is.orElseThrow()));
        } else if (is.isEmpty()) {
          message = Wording.FIELD_REMOVED.with("before", show.apply(was.get()));
        } else {
          message =
              Wording.FIELD_CHANGED
                  .with("before", show.apply(was.get()))
                  .with("after", show.apply(is.get()));
        }
        out.add(
            FieldChange.of(
                member,
                message.with("entity", entity).with("field", Argument.phrase(noun)).complete()));
      }
    };
  }

  /** A value that is always there. */
  static <T, V> Field<T> required(
      String member, Phrase noun, Function<T, V> get, Function<V, Argument> show) {
    return value(member, noun, entity -> Optional.of(get.apply(entity)), show);
  }

  /**
   * A list whose order means nothing (the counties of a constituency, the scope of an issue):
   * reported as the items gained and lost, never as reordered.
   */
  static <T, V> Field<T> items(
      String member, Phrase noun, Function<T, List<V>> get, Function<V, Argument> show) {
    return new Field<>(member) {
      @Override
      void compare(T before, T after, Argument entity, List<FieldChange> out) {
        Set<V> was = new LinkedHashSet<>(get.apply(before));
        Set<V> is = new LinkedHashSet<>(get.apply(after));
        if (was.equals(is)) {
          return;
        }
        List<Argument> added = new ArrayList<>();
        List<Argument> removed = new ArrayList<>();
        is.stream().filter(v -> !was.contains(v)).forEach(v -> added.add(show.apply(v)));
        was.stream().filter(v -> !is.contains(v)).forEach(v -> removed.add(show.apply(v)));
        Message message =
            removed.isEmpty()
                ? Wording.ITEMS_ADDED.with("added", Argument.all(added))
                : added.isEmpty()
                    ? Wording.ITEMS_REMOVED.with("removed", Argument.all(removed))
                    : Wording.ITEMS_CHANGED
                        .with("added", Argument.all(added))
                        .with("removed", Argument.all(removed));
        out.add(
            FieldChange.of(
                member,
                message.with("entity", entity).with("field", Argument.phrase(noun)).complete()));
      }
    };
  }

  /** The ids of the entity in other datasets: each scheme whose id changed. */
  static <T> Field<T> externalIds(Function<T, Map<String, String>> get) {
    return new Field<>("externalIds") {
      @Override
      void compare(T before, T after, Argument entity, List<FieldChange> out) {
        Map<String, String> was = get.apply(before);
        Map<String, String> is = get.apply(after);
        if (was.equals(is)) {
          return;
        }
        Set<String> schemes = new TreeSet<>(was.keySet());
        schemes.addAll(is.keySet());
        for (String scheme : schemes) {
          String old = was.get(scheme);
          String now = is.get(scheme);
          if (Objects.equals(old, now)) {
            continue;
          }
          Message message =
              old == null
                  ? Wording.EXTERNAL_ID_ADDED.with(
                      "after", Argument.id(Objects.requireNonNull(now)))
                  : now == null
                      ? Wording.EXTERNAL_ID_REMOVED.with("before", Argument.id(old))
                      : Wording.EXTERNAL_ID_CHANGED
                          .with("before", Argument.id(old))
                          .with("after", Argument.id(now));
          out.add(
              FieldChange.of(
                  member + "/" + scheme.replace("~", "~0").replace("/", "~1"),
                  message.with("entity", entity).with("scheme", Argument.text(scheme)).complete()));
        }
      }
    };
  }

  /** An {@code extensions} object, which a diff does not interpret: changed or not. */
  static <T> Field<T> extensions(String member, Function<T, Map<String, ExtensionValue>> get) {
    return new Field<>(member) {
      @Override
      void compare(T before, T after, Argument entity, List<FieldChange> out) {
        if (!get.apply(before).equals(get.apply(after))) {
          out.add(FieldChange.of(member, Wording.EXTENSIONS.with("entity", entity).complete()));
        }
      }
    };
  }
}
