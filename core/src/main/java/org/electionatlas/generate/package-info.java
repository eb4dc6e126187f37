/**
 * Deterministic synthetic atlases of any size, for tests, benchmarks and demonstrations: {@link
 * org.electionatlas.generate.AtlasGenerator} makes an atlas of Iran's 31 provinces with as many
 * polling stations as asked, the same one for the same size and seed, valid under the standard
 * validator. Province codes and names are real; everything below them is made up, as the atlas's
 * provenance says.
 */
@NullMarked
package org.electionatlas.generate;

import org.jspecify.annotations.NullMarked;
