/**
 * Validation of an atlas: {@link org.electionatlas.validation.Validator} runs a catalogue of named
 * {@link org.electionatlas.validation.Rule}s and returns a {@link
 * org.electionatlas.validation.ValidationReport} of every violation found. Validation never throws
 * for a bad atlas; it reports.
 */
@AtlasStyle
@NullMarked
package org.electionatlas.validation;

import org.electionatlas.model.AtlasStyle;
import org.jspecify.annotations.NullMarked;
