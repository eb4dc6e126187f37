/**
 * What changed between two atlases, such as two rounds of one election or two versions of one
 * round's atlas: {@link org.electionatlas.diff.AtlasDiff#between} matches the entities of both by
 * id (and polling stations also by county and number, or by place and name, when their id changed)
 * and says what changed in each field in a clerk's words, with summaries per county and province.
 *
 * <p>For atlases too large to hold twice, the same work is done in parts: {@link
 * org.electionatlas.diff.StationFingerprints} keeps a few dozen bytes of each station, fed one
 * station at a time; {@link org.electionatlas.diff.StationMatching} pairs the stations of both
 * atlases from their fingerprints alone and says which ones need a second look; {@link
 * org.electionatlas.diff.StationComparison} takes those from a second read and words their changes.
 * Reordering is never a change.
 */
@AtlasStyle
@NullMarked
package org.electionatlas.diff;

import org.electionatlas.model.AtlasStyle;
import org.jspecify.annotations.NullMarked;
