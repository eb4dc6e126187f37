package org.electionatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electionatlas.io.AtlasSchema;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas schema}: writes the JSON Schema of the atlas format, for other tools. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes the JSON Schema (draft 2020-12) of the atlas format.",
      "For editors and other languages' tools. It describes what 'atlas validate'",
      "reads; the rules of the catalogue (references, numbering, counts) are",
      "beyond what a schema can say."
    })
final class SchemaCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (replaced only once complete) instead of standard output.")
  @Nullable Path output;

  SchemaCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    byte[] schema = AtlasSchema.bytes();
    Outputs.write(output, terminal, out -> out.write(schema));
    return ExitCode.OK;
  }
}
