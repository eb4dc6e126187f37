/**
 * The atlas model: an {@link org.electionatlas.model.Atlas} and everything it holds, as immutable
 * value types built with builders. Nothing here is ever null: optional values are {@link
 * java.util.Optional}, absent collections are empty. References between entities are by id; {@link
 * org.electionatlas.model.AtlasIndex} resolves them.
 */
@AtlasStyle
@NullMarked
package org.electionatlas.model;

import org.jspecify.annotations.NullMarked;
