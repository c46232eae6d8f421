package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  /** Standard input that never ends, as {@code < /dev/zero} or an endless writer on a pipe. */
  static final class Endless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      served += len;
      return len;
    }
  }

  @Test
  void givenEndlessStdin_read_stopsJustPastTheLimitAndNamesIt() {
    Endless endless = new Endless();
    InputFiles files = new InputFiles(endless);

    assertThatThrownBy(() -> files.topology("-"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot read -: larger than the limit of 1 MiB (1048576 bytes)")
        .hasMessageContaining("for a topology");
    assertThat(endless.served).isLessThanOrEqualTo((1 << 20) + 1);
  }

  @Test
  void givenHugeSparseFile_read_refusesItWithoutReadingItAll() throws IOException {
    Path sparse = dir.resolve("sparse.pem");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(3L << 30);
    }

    assertThatThrownBy(
            () ->
                new InputFiles(InputStream.nullInputStream())
                    .read(sparse.toString(), InputFiles.Kind.CERTIFICATE))
        .hasMessageContaining("larger than the limit of 10 MiB (10485760 bytes)");
  }

  @Test
  void givenDevZeroAsPasswordFile_read_refusesItAtTheSecretLimit() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));

    assertThatThrownBy(
            () ->
                new InputFiles(InputStream.nullInputStream())
                    .read(zero.toString(), InputFiles.Kind.SECRET))
        .hasMessage(
            "edgecert: cannot read /dev/zero: larger than the limit of 64 KiB (65536 bytes) for a"
                + " password file");
  }

  @Test
  void givenFileAtTheLimit_read_returnsItWhole() throws IOException {
    Path file = Files.write(dir.resolve("pw.txt"), new byte[64 << 10]);

    assertThat(
            new InputFiles(InputStream.nullInputStream())
                .read(file.toString(), InputFiles.Kind.SECRET))
        .hasSize(64 << 10);
  }
}
