package org.electionatlas.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a run of the command reads and writes. */
record Terminal(InputStream in, PrintStream out, PrintStream err) {}
