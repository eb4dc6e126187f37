/**
 * Small programs that use the library the way an embedder would, each a class with a {@code main}
 * and a test that runs it. See {@code examples/README.md}.
 */
@NullMarked
package org.electionatlas.examples;

import org.jspecify.annotations.NullMarked;
