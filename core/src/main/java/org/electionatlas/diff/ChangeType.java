package org.electionatlas.diff;

/** What happened to an entity between two atlases. */
public enum ChangeType {
  /** It is in the newer atlas only. */
  ADDED,
  /** It is in the older atlas only. */
  REMOVED,
  /** It is in both, with the same id, and some of its fields changed. */
  CHANGED,
  /**
   * It is in both but its id changed (a polling station matched by county and number, or by place
   * and name); other fields may have changed too.
   */
  RENAMED
}
