/**
 * Steps of the build run on what it has assembled: {@link
 * org.electionatlas.buildtools.ClassFileUpgrade} gives the command-line jar's Java 5 class files
 * stack map frames, so that the launcher's start-up cache can take them.
 */
@NullMarked
package org.electionatlas.buildtools;

import org.jspecify.annotations.NullMarked;
