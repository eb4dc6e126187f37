/**
 * Not API: what the io module and the atlas command share but embedders should not depend on —
 * writing a file so that it is never half written ({@link
 * org.electionatlas.io.internal.AtomicFiles}), the temporary files a shutdown must delete ({@link
 * org.electionatlas.io.internal.InFlight}), and escaping text for each output medium ({@link
 * org.electionatlas.io.internal.SafeText}). The module does not export this package: on the module
 * path nothing outside {@code org.electionatlas.io} can reach it, and on the class path it may
 * change in any release without notice (docs/versions.md).
 */
@NullMarked
package org.electionatlas.io.internal;

import org.jspecify.annotations.NullMarked;
