/**
 * Election Atlas's core: the model of an election's logistics, the validator and its rule
 * catalogue, messages worded in Persian and English, the Jalali calendar and Persian text. No JSON
 * and no I/O.
 *
 * <p>Every package is API. Guava is part of it ({@code ImmutableList} appears in signatures), so it
 * is read transitively. The model and the validation policy are opened to Jackson's databind for
 * {@code org.electionatlas.io}, which reads them through their package-private builders without
 * this module depending on Jackson.
 */
module org.electionatlas.core {
  requires transitive com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.electionatlas.calendar;
  exports org.electionatlas.diff;
  exports org.electionatlas.generate;
  exports org.electionatlas.message;
  exports org.electionatlas.model;
  exports org.electionatlas.stats;
  exports org.electionatlas.text;
  exports org.electionatlas.validation;

  provides java.time.chrono.Chronology with
      org.electionatlas.calendar.JalaliChronology;

  opens org.electionatlas.model to
      tools.jackson.databind;
  opens org.electionatlas.validation to
      tools.jackson.databind;
}
