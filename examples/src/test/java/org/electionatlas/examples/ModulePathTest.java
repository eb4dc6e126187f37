package org.electionatlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder that uses modules: the example runs as the module {@code org.electionatlas.examples}
 * in a JVM of its own, with nothing on the class path and on the module path only atlas-io, atlas-
 * core and the jars docs/dependencies.md lists for them. The model is read by Jackson through the
 * packages core opens to it, which a missing {@code opens} would break.
 */
class ModulePathTest {

  /** What the module path holds: this module's classes and atlas-io's runtime dependencies. */
  private static final List<String> MODULES =
      List.of(
          "examples/target/classes",
          "core/target/classes",
          "atlas-core-",
          "io/target/classes",
          "atlas-io-",
          "guava-",
          "failureaccess-",
          "jspecify-",
          "jackson-databind-",
          "jackson-core-",
          "jackson-annotations-");

  @TempDir Path directory;

  @Test
  void read_and_validate_runs_as_a_module_on_the_module_path()
      throws IOException, InterruptedException {
    List<String> modulePath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> MODULES.stream().anyMatch(m -> entry.replace('\\', '/').contains(m)))
            .filter(entry -> !entry.contains("test-classes"))
            .toList();
    assertThat(modulePath).hasSizeGreaterThanOrEqualTo(MODULES.size() - 2);
    Path atlas = Files.write(directory.resolve("minimal.json"), Samples.bytes("minimal"));
    Path out = directory.resolve("out.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--module",
                "org.electionatlas.examples/org.electionatlas.examples.ReadAndValidate",
                atlas.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();

    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String printed = Files.readString(out, UTF_8);
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed).contains(atlas + ": 0 errors");
  }
}
