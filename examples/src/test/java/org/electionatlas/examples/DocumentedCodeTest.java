package org.electionatlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.electionatlas.cli.Main;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The code the README and the docs show is code that works: every {@code java} block is compiled as
 * it stands, as a file of its own against the published modules; a program is run on the bundled
 * Kerman sample, a JUnit test class is run with JUnit. The dependency XML names this version, and
 * the sample output shown is what {@code atlas validate} prints.
 */
class DocumentedCodeTest {

  private static final Path ROOT =
      Path.of(System.getProperty("atlas.root", "..")).toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\n(.*?)```");
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)");

  @TempDir Path directory;

  static Stream<Path> documents() throws IOException {
    List<Path> documents =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("examples/README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents.stream();
  }

  static Stream<Arguments> javaBlocks() throws IOException {
    List<Arguments> blocks = new ArrayList<>();
    for (Path document : documents().toList()) {
      Matcher matcher = JAVA_BLOCK.matcher(Files.readString(document, UTF_8));
      int index = 0;
      while (matcher.find()) {
        blocks.add(Arguments.of(ROOT.relativize(document) + " #" + ++index, matcher.group(1)));
      }
    }
    return blocks.stream();
  }

  @Test
  void the_readme_shows_java_to_check() throws IOException {
    assertThat(javaBlocks().filter(a -> a.get()[0].toString().startsWith("README.md")))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaBlocks")
  void a_java_block_compiles_as_shown_and_runs(String where, String code) throws Exception {
    Matcher name = CLASS_NAME.matcher(code);
    assertThat(name.find()).as(where + ": a whole file, with its class").isTrue();
    Path source = directory.resolve("src").resolve(name.group(1) + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, code, UTF_8);
    Path classes = Files.createDirectories(directory.resolve("classes"));

    compile(where, source, classes);

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass(name.group(1));
      if (code.contains("@Test")) {
        TestExecutionSummary summary = runTests(type);
        assertThat(summary.getTestsFailedCount()).as(where + ": " + summary.getFailures()).isZero();
        assertThat(summary.getTestsSucceededCount()).as(where).isPositive();
      } else {
        assertThat(runMain(type)).as(where).isNotEmpty();
      }
    }
  }

  private static void compile(String where, Path source, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, UTF_8)) {
      boolean compiled =
          compiler
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "--release",
                      "17",
                      "-Xlint:all",
                      "-Werror",
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      classes.toString()),
                  null,
                  files.getJavaFileObjects(source))
              .call();
      assertThat(compiled).as(where + ": " + diagnostics.getDiagnostics()).isTrue();
    }
  }

  /** Runs the program's main on a copy of the bundled Kerman sample and returns what it printed. */
  private String runMain(Class<?> type) throws Exception {
    Path atlas = Files.write(directory.resolve("kerman.json"), Samples.bytes("kerman-1402"));
    Method main = type.getMethod("main", String[].class);
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, UTF_8));
    try {
      main.invoke(null, (Object) new String[] {atlas.toString()});
    } finally {
      System.setOut(original);
    }
    return printed.toString(UTF_8);
  }

  private static TestExecutionSummary runTests(Class<?> type) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
    return listener.getSummary();
  }

  @Test
  void the_dependency_xml_names_this_version() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), UTF_8);
    Matcher versions =
        Pattern.compile("<artifactId>atlas-[a-z]+</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(readme);
    List<String> named = new ArrayList<>();
    while (versions.find()) {
      named.add(versions.group(1));
    }
    assertThat(named).isNotEmpty().containsOnly(System.getProperty("atlas.version"));
  }

  @Test
  void the_readme_shows_what_atlas_validate_prints() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), UTF_8);
    Matcher shown =
        Pattern.compile("(?s)<!-- output of: atlas validate -->\n```\n(.*?)```").matcher(readme);
    assertThat(shown.find()).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exitCode =
        Main.run(
            new String[] {"validate"},
            new java.io.ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(exitCode).isZero();
    assertThat(out.toString(UTF_8)).isEqualTo(shown.group(1));
  }

  @Test
  void the_readme_links_only_files_of_the_repository() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), UTF_8);
    Matcher links = Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)").matcher(readme);
    while (links.find()) {
      String target = links.group(1);
      if (target.startsWith("http")) {
        continue;
      }
      Path file = ROOT.resolve(target).normalize();
      assertThat(file.startsWith(ROOT)).as(target + " is outside the repository").isTrue();
      assertThat(file).as(target).exists();
    }
  }
}
