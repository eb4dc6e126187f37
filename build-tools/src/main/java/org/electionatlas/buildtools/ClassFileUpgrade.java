package org.electionatlas.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar that are older than Java 6 as Java 7 class files with stack map
 * frames, in place; run by the build on the command-line jar, whose only such class files are
 * picocli's (it is compiled for Java 5).
 *
 * <p>Why: a class file older than Java 6 carries no stack map frames, so the JVM verifies it with
 * the old inferencing verifier on every run, and neither a class-data sharing archive (JDK 17) nor
 * an ahead-of-time cache (JDK 25) takes such a class, since the cache keeps classes verified the
 * new way. The launcher's start-up cache therefore left out all of picocli, the one library every
 * command starts with. With frames computed here the classes verify by type checking and go into
 * the cache like every other.
 *
 * <p>What changes in each such class: its version number, and a {@code StackMapTable} for each
 * method that needs one, as ASM computes them from the code (every instruction, constant, field,
 * method and other attribute is kept). Version 51 (Java 7) is the first whose classes are verified
 * by type checking alone: a frame that were wrong would fail loudly as a {@link VerifyError}
 * instead of falling back to the old verifier, as a version 50 class would, unseen. Nothing that
 * version 51 allows and 49 did not is used by such a class, and since Java 17 every class's
 * floating point is strict whatever its version. Every other entry of the jar is copied as it is,
 * in the same order, with the same time, so that the build stays reproducible.
 *
 * <p>The jar is replaced in one move of a complete new file: a failure leaves it as it was.
 */
public final class ClassFileUpgrade {

  /** The version the old class files get: {@code 51}, Java 7. */
  static final int TARGET_VERSION = Opcodes.V1_7;

  /** The first class-file version that carries stack map frames: {@code 50}, Java 6. */
  private static final int FIRST_WITH_FRAMES = Opcodes.V1_6;

  private ClassFileUpgrade() {}

  /**
   * Rewrites the jar named by the only argument in place. It prints nothing, so that a quiet build
   * (the launcher's) stays quiet.
   *
   * @param args the jar's path
   * @throws IOException if the jar cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ClassFileUpgrade JAR");
    }
    upgradeInPlace(Path.of(args[0]));
  }

  /**
   * Rewrites the jar's old class files in place.
   *
   * @param jar the jar
   * @return how many class files were rewritten
   * @throws IOException if the jar cannot be read or written; it is then left as it was
   */
  static int upgradeInPlace(Path jar) throws IOException {
    Path absolute = jar.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".tmp");
    try {
      int count;
      try (OutputStream out = Files.newOutputStream(temp)) {
        count = upgrade(absolute, out);
      }
      // A temporary file is made readable by its owner alone; the jar keeps the access it had.
      if (Files.getFileStore(absolute).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
      }
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return count;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes a copy of the jar to {@code target} with its old class files rewritten.
   *
   * @param jar the jar to read
   * @param target where the new jar goes; not closed
   * @return how many class files were rewritten
   * @throws IOException if the jar cannot be read or the copy written
   */
  static int upgrade(Path jar, OutputStream target) throws IOException {
    // Merging two types in a frame needs their common superclass, which ASM finds by loading
    // both: the jar's classes are loaded (never initialised) by a loader of their own.
    try (ZipFile zip = new ZipFile(jar.toFile());
        URLClassLoader hierarchy =
            new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      // Finished, not closed: the caller owns the target stream.
      ZipOutputStream out = new ZipOutputStream(target);
      int count = 0;
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        if (isOldClassFile(entry.getName(), bytes)) {
          bytes = withFrames(bytes, hierarchy);
          count++;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        // The DOS date and time as they are, with no time zone between: a reproducible jar.
        copy.setTimeLocal(entry.getTimeLocal());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
      out.finish();
      return count;
    }
  }

  /** Whether the entry is a class file of a version before Java 6. */
  static boolean isOldClassFile(String name, byte[] bytes) {
    return name.endsWith(".class")
        && bytes.length >= 8
        && (bytes[0] & 0xFF) == 0xCA
        && (bytes[1] & 0xFF) == 0xFE
        && (bytes[2] & 0xFF) == 0xBA
        && (bytes[3] & 0xFF) == 0xBE
        && majorVersion(bytes) < FIRST_WITH_FRAMES;
  }

  /** The class file's major version, from bytes 6 and 7. */
  static int majorVersion(byte[] classFile) {
    return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
  }

  /** The class file at {@link #TARGET_VERSION}, with frames computed for every method. */
  static byte[] withFrames(byte[] classFile, ClassLoader hierarchy) {
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          @Override
          protected ClassLoader getClassLoader() {
            return hierarchy;
          }
        };
    ClassVisitor retarget =
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(TARGET_VERSION, access, name, signature, superName, interfaces);
          }
        };
    new ClassReader(classFile).accept(retarget, 0);
    return writer.toByteArray();
  }
}
