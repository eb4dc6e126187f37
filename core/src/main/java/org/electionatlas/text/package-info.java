/**
 * Persian text normalization: {@link org.electionatlas.text.PersianText} turns the Arabic letters
 * and digits that look Persian but are not into their Persian forms, removes kashida and stray
 * diacritics, repairs the zero width non-joiner (ZWNJ) of common prefixes and suffixes, and tidies
 * whitespace, reporting every change it makes so that a validator can warn about it and {@code
 * atlas normalize} can show what it fixed. {@link org.electionatlas.text.Folding} is the one module
 * that folds Persian text into keys for matching, with named {@link org.electionatlas.text.Fold}s;
 * {@link org.electionatlas.text.TextSafety} finds characters that make a text display differently
 * from what it holds.
 */
@NullMarked
package org.electionatlas.text;

import org.jspecify.annotations.NullMarked;
