/**
 * The {@code atlas} command line: {@link org.electionatlas.cli.Main} is its entry point. Exit
 * codes: 0 success, 1 violations at or above {@code --fail-on}, 2 bad input or usage, 3 an internal
 * error (a bug: please report it).
 */
@NullMarked
package org.electionatlas.cli;

import org.jspecify.annotations.NullMarked;
