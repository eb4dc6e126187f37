/**
 * Election Atlas's testkit: fixtures, AssertJ assertions on atlases and reports, and a JUnit 5
 * extension that injects atlases into tests. The JUnit engine that runs the tests is the user's.
 */
module org.electionatlas.testkit {
  requires transitive org.electionatlas.io;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires static org.jspecify;

  exports org.electionatlas.testkit;
}
