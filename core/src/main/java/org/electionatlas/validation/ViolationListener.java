package org.electionatlas.validation;

/**
 * Receives each violation as a validation finds it, so that the findings of an atlas of any size
 * need not all be held at once: give one to {@link Validator#session(org.electionatlas.model.Atlas,
 * ViolationListener)}. {@link ValidationReport#collector(int)} is the listener that keeps the first
 * findings of each rule and counts the rest.
 */
@FunctionalInterface
public interface ViolationListener {

  /**
   * Receives a violation, on the thread that runs the session, in the order the rules report them:
   * those about a station while it is checked, those of a rule's end when the session finishes.
   *
   * @param violation the violation, not null
   */
  void found(Violation violation);
}
