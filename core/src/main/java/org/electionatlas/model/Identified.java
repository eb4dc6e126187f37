package org.electionatlas.model;

/**
 * An entity of the atlas that other entities refer to by id. Ids match {@code
 * [A-Za-z0-9][A-Za-z0-9._-]{0,63}} and are unique among entities of one kind; the validator checks
 * both.
 */
public interface Identified {

  /** {@return the entity's id} */
  String id();
}
