package io.edgecert.acceptance.driver.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory holding the files of one command line run, deleted afterwards. */
final class Workspace implements AutoCloseable {
  private final Path directory;

  private Workspace(Path directory) {
    this.directory = directory;
  }

  static Workspace create() {
    try {
      return new Workspace(Files.createTempDirectory("edgecert-acceptance-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to a file named {@code name} and returns its absolute path. */
  String write(String name, byte[] content) {
    try {
      return Files.write(directory.resolve(name), content).toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String write(String name, String text) {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
