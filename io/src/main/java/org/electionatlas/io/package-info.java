/**
 * Reading and writing atlases: {@link org.electionatlas.io.AtlasJson} is the entry point. Also the
 * bundled {@link org.electionatlas.io.Samples} and the {@link org.electionatlas.io.ReportWriter} of
 * validation results.
 */
@NullMarked
package org.electionatlas.io;

import org.jspecify.annotations.NullMarked;
