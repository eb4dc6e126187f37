/** Figures about an atlas: counts by area and kind, voters and coverage, events on a timeline. */
@NullMarked
package org.electionatlas.stats;

import org.jspecify.annotations.NullMarked;
