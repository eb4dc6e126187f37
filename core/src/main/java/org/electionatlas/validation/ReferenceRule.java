package org.electionatlas.validation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Identified;
import org.jspecify.annotations.Nullable;

/**
 * A rule that every reference of one kind resolves to an entity of the kinds it may name: a
 * station's county to a county, an issue's scope to a province, county, constituency or station.
 * The catalogue holds one instance per reference, described as data in {@link Catalogue}.
 */
final class ReferenceRule extends CatalogueRule {

  /** Walks the references a rule checks, reporting each to the sink. */
  @FunctionalInterface
  interface References {
    void forEach(Atlas atlas, Sink sink);
  }

  /** Receives one reference: where it is, whose it is, and the id it names. */
  @FunctionalInterface
  interface Sink {
    void accept(String pointer, Identified subject, String referencedId);
  }

  private final EntityKind subjectKind;
  private final String role;
  private final Set<EntityKind> targets;
  private final References references;

  ReferenceRule(
      String id,
      EntityKind subjectKind,
      String role,
      Set<EntityKind> targets,
      String rationale,
      String violatingExample,
      String passingExample,
      References references) {
    super(
        id,
        Severity.ERROR,
        summary(subjectKind, role, targets),
        rationale,
        violatingExample,
        passingExample);
    this.subjectKind = subjectKind;
    this.role = role;
    this.targets = EnumSet.copyOf(targets);
    this.references = references;
  }

  /** The summary of a reference rule: {@code A polling station's county must be a county…}. */
  static String summary(EntityKind subjectKind, String role, Set<EntityKind> targets) {
    String subject = Describe.article(subjectKind.noun());
    return Character.toUpperCase(subject.charAt(0))
        + subject.substring(1)
        + "'s "
        + role
        + " must be "
        + Describe.kinds(EnumSet.copyOf(targets))
        + " of the atlas";
  }

  /** The kind of the entities whose references this rule checks. */
  EntityKind subjectKind() {
    return subjectKind;
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    check(atlas, KnownIds.of(atlas), findings);
  }

  /**
   * Checks the atlas's references against the ids {@code known}, which may be more than its own.
   */
  void check(Atlas atlas, KnownIds known, Findings findings) {
    references.forEach(
        atlas,
        (pointer, subject, referencedId) -> {
          for (EntityKind target : targets) {
            if (known.contains(target, referencedId)) {
              return;
            }
          }
          Set<EntityKind> found = known.kindsOf(referencedId);
          Optional<EntityKind> other = found.stream().findFirst();
          findings.report(
              pointer,
              subject.id(),
              unknown(subjectKind, subject, role, referencedId, targets, other.orElse(null)));
        });
  }

  /**
   * The message of a reference that names no entity of the kinds it may name, and what the id names
   * instead, if anything.
   */
  static String unknown(
      EntityKind subjectKind,
      Identified subject,
      String role,
      String referencedId,
      Set<EntityKind> targets,
      @Nullable EntityKind other) {
    return Describe.entity(subjectKind, subject)
        + " names "
        + role
        + " \""
        + referencedId
        + "\", which is not "
        + Describe.kinds(targets)
        + " of the atlas"
        + (other == null ? "" : " but " + Describe.article(other.noun()));
  }
}
