package org.electionatlas.io;

import java.util.Iterator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/**
 * An atlas whose polling stations come from an iterator rather than from the atlas itself: what
 * {@link AtlasJson#write(Atlas, java.util.stream.Stream, java.io.OutputStream)} hands to the
 * mapper, so that the stations are written as they are made.
 */
record StreamedAtlas(Atlas atlas, Iterator<? extends PollingStation> pollingStations) {}
