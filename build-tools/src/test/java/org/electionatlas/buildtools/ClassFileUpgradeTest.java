package org.electionatlas.buildtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The upgrade on the class files it is for: picocli's, from its jar on the test class path. */
class ClassFileUpgradeTest {

  @TempDir Path dir;

  private Path picocli;

  @BeforeEach
  void copyPicocli() throws IOException, URISyntaxException {
    Path jar =
        Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    picocli = dir.resolve("picocli.jar");
    Files.copy(jar, picocli);
  }

  @Test
  void picocliShipsClassFilesOlderThanJava6SoTheTestSeesTheRealCase() throws IOException {
    Map<String, byte[]> entries = entries(picocli);

    assertThat(ClassFileUpgrade.majorVersion(entries.get("picocli/CommandLine.class")))
        .isEqualTo(49);
    assertThat(oldClassFiles(entries)).hasSizeGreaterThan(100);
  }

  @Test
  void everyOldClassFileBecomesVersion51AndEveryOtherEntryStaysByteForByte() throws IOException {
    Map<String, byte[]> before = entries(picocli);
    Map<String, LocalDateTime> timesBefore = times(picocli);
    List<String> old = oldClassFiles(before);

    int count = ClassFileUpgrade.upgradeInPlace(picocli);

    Map<String, byte[]> after = entries(picocli);
    assertThat(count).isEqualTo(old.size());
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    for (Map.Entry<String, byte[]> entry : after.entrySet()) {
      String name = entry.getKey();
      if (old.contains(name)) {
        assertThat(ClassFileUpgrade.majorVersion(entry.getValue())).as(name).isEqualTo(51);
      } else {
        assertThat(entry.getValue()).as(name).isEqualTo(before.get(name));
      }
    }
    assertThat(times(picocli)).containsExactlyEntriesOf(timesBefore);
  }

  @Test
  void theRewrittenClassesVerifyByTypeCheckingAndInitialise() throws Exception {
    ClassFileUpgrade.upgradeInPlace(picocli);

    List<String> names = new ArrayList<>();
    for (String name : entries(picocli).keySet()) {
      if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
        names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
      }
    }
    try (URLClassLoader loader = loaderOf(picocli)) {
      for (String name : names) {
        // Initialising links, and linking a version 51 class verifies it by its frames alone.
        assertThat(Class.forName(name, true, loader).getClassLoader()).as(name).isSameAs(loader);
      }
    }
  }

  @Test
  void theRewrittenPicocliParsesAndPrintsHelpAsTheOriginalDoes() throws Exception {
    Path original = dir.resolve("original.jar");
    Files.copy(picocli, original);
    ClassFileUpgrade.upgradeInPlace(picocli);

    try (URLClassLoader before = loaderOf(original);
        URLClassLoader after = loaderOf(picocli)) {
      assertThat(parseAndDescribe(after)).isEqualTo(parseAndDescribe(before)).contains("7");
    }
  }

  @Test
  void theJarKeepsItsPermissions() throws IOException {
    assumeTrue(Files.getFileStore(picocli).supportsFileAttributeView(PosixFileAttributeView.class));
    Set<PosixFilePermission> readableByAll = PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(picocli, readableByAll);

    ClassFileUpgrade.upgradeInPlace(picocli);

    assertThat(Files.getPosixFilePermissions(picocli)).isEqualTo(readableByAll);
  }

  @Test
  void upgradingTwiceGivesTheSameBytesAndAnUpgradedJarHasNothingLeftToUpgrade() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    ClassFileUpgrade.upgrade(picocli, first);
    ClassFileUpgrade.upgrade(picocli, second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());

    ClassFileUpgrade.upgradeInPlace(picocli);
    Map<String, byte[]> once = entries(picocli);
    assertThat(ClassFileUpgrade.upgradeInPlace(picocli)).isZero();
    assertThat(entries(picocli)).containsExactlyEntriesOf(once);
  }

  @Test
  void aClassFileThatCannotBeReadLeavesTheJarAsItWasAndNoTemporaryFile() throws IOException {
    Path broken = dir.resolve("broken.jar");
    byte[] notReally = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 49, 1, 2, 3};
    try (OutputStream file = Files.newOutputStream(broken);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("a/Fine.txt"));
      zip.write(new byte[] {'o', 'k'});
      zip.putNextEntry(new ZipEntry("a/Broken.class"));
      zip.write(notReally);
    }
    byte[] before = Files.readAllBytes(broken);

    assertThatThrownBy(() -> ClassFileUpgrade.upgradeInPlace(broken))
        .isInstanceOf(RuntimeException.class);

    assertThat(Files.readAllBytes(broken)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("picocli.jar", "broken.jar");
    }
  }

  @Test
  void onlyClassFilesOlderThanJava6CountAsOld() {
    byte[] java5 = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 49};
    byte[] java6 = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 50};
    byte[] notAClass = {'P', 'K', 3, 4, 0, 0, 0, 49};

    assertThat(ClassFileUpgrade.isOldClassFile("a/B.class", java5)).isTrue();
    assertThat(ClassFileUpgrade.isOldClassFile("a/B.class", java6)).isFalse();
    assertThat(ClassFileUpgrade.isOldClassFile("a/B.class", notAClass)).isFalse();
    assertThat(ClassFileUpgrade.isOldClassFile("a/B.txt", java5)).isFalse();
  }

  /**
   * Through the given loader's picocli: a command with an int option and a positional parameter,
   * its usage help, and what a command line sets them to.
   */
  private static String parseAndDescribe(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> specType = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
    Class<?> optionType = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
    Class<?> positionalType = loader.loadClass("picocli.CommandLine$Model$PositionalParamSpec");
    Class<?> argType = loader.loadClass("picocli.CommandLine$Model$ArgSpec");
    Class<?> commandLineType = loader.loadClass("picocli.CommandLine");

    Object spec = call(specType, null, "create");
    call(specType, spec, "name", "count");
    Object option =
        optionType
            .getMethod("builder", String.class, String[].class)
            .invoke(null, "--times", new String[] {"-t"});
    call(option.getClass(), option, "type", int.class);
    call(option.getClass(), option, "description", (Object) new String[] {"How many times."});
    call(specType, spec, "addOption", call(option.getClass(), option, "build"));
    Object positional = call(positionalType, null, "builder");
    call(positional.getClass(), positional, "paramLabel", "WORD");
    call(positional.getClass(), positional, "type", String.class);
    call(specType, spec, "addPositional", call(positional.getClass(), positional, "build"));

    Object commandLine = commandLineType.getConstructor(Object.class).newInstance(spec);
    String usage = (String) call(commandLineType, commandLine, "getUsageMessage");
    call(commandLineType, commandLine, "parseArgs", (Object) new String[] {"-t", "7", "again"});
    Object times = call(argType, call(specType, spec, "findOption", "t"), "getValue");
    Object word =
        call(argType, ((List<?>) call(specType, spec, "positionalParameters")).get(0), "getValue");
    return usage + "\ntimes=" + times + " word=" + word;
  }

  /**
   * Calls the public method of that name whose parameters take the arguments; picocli declares some
   * of its builders' public methods in package-private classes, hence setAccessible.
   */
  private static Object call(Class<?> type, Object target, String name, Object... args)
      throws ReflectiveOperationException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.getName().equals(name) && accepts(method.getParameterTypes(), args)) {
          method.setAccessible(true);
          return method.invoke(target, args);
        }
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }

  private static boolean accepts(Class<?>[] parameters, Object[] args) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      if (!parameters[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static URLClassLoader loaderOf(Path jar) throws IOException {
    return new URLClassLoader(
        new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  private static List<String> oldClassFiles(Map<String, byte[]> entries) {
    List<String> old = new ArrayList<>();
    entries.forEach(
        (name, bytes) -> {
          if (ClassFileUpgrade.isOldClassFile(name, bytes)) {
            old.add(name);
          }
        });
    return old;
  }

  /** Every entry's bytes, in the jar's order. */
  private static Map<String, byte[]> entries(Path jar) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        try (InputStream in = zip.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** Every entry's DOS date and time, in the jar's order. */
  private static Map<String, LocalDateTime> times(Path jar) throws IOException {
    Map<String, LocalDateTime> times = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        times.put(entry.getName(), entry.getTimeLocal());
      }
    }
    return times;
  }
}
