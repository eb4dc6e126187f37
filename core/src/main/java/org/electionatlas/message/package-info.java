/**
 * Messages for people, kept apart from how they are worded: a {@link
 * org.electionatlas.message.Message} is a {@link org.electionatlas.message.MessageTemplate}'s key
 * with named {@link org.electionatlas.message.Argument}s (an entity, a count, a date), and a {@link
 * org.electionatlas.message.MessageStyle} renders it in Persian or English, with dates in the
 * Jalali or the Gregorian calendar. No sentence is built by concatenation: every wording is a
 * template in both languages, and every number, date and list is formatted here, once.
 */
@AtlasStyle
@NullMarked
package org.electionatlas.message;

import org.electionatlas.model.AtlasStyle;
import org.jspecify.annotations.NullMarked;
