package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stream the one station parser reads through refuses exactly the inputs {@link
 * Utf8#firstInvalid} refuses, however the reads split them.
 */
class Utf8CheckedTest {

  private static final List<byte[]> PIECES =
      List.of(
          "kerman ".getBytes(UTF_8),
          "کرمان".getBytes(UTF_8),
          "\u200C".getBytes(UTF_8),
          "😀".getBytes(UTF_8),
          "\uFFFD\u0800\uD7FF\uE000".getBytes(UTF_8),
          "0123456789abcdef".getBytes(UTF_8),
          new byte[] {(byte) 0xC0, (byte) 0x80}, // overlong
          new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, // overlong
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
          new byte[] {(byte) 0xF5},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xE2, (byte) 0x82}); // cut short

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void refuses_what_firstInvalid_refuses_however_the_reads_split_the_bytes(long seed)
      throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int pieces = random.nextInt(40);
    boolean valid = random.nextBoolean();
    for (int i = 0; i < pieces; i++) {
      // Half the inputs use only the pieces that are UTF-8, so that both outcomes are common.
      bytes.write(PIECES.get(random.nextInt(valid ? 6 : PIECES.size())));
    }
    byte[] input = bytes.toByteArray();

    assertThat(refused(input, random)).isEqualTo(Utf8.firstInvalid(input, 0) >= 0);
  }

  private static boolean refused(byte[] input, Random random) throws IOException {
    try (InputStream in = new Utf8.Checked(new ByteArrayInputStream(input))) {
      byte[] buffer = new byte[64];
      while (true) {
        int read = random.nextInt(8) == 0 ? in.read() : in.read(buffer, 0, 1 + random.nextInt(64));
        if (read < 0) {
          return false;
        }
      }
    } catch (Utf8.NotUtf8 e) {
      return true;
    }
  }
}
