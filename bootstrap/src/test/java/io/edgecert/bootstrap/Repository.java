package io.edgecert.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository the tests of bootstrap run in. Its root is their working directory (bootstrap's
 * pom sets it), so that relative paths mean what they mean to a user at the root.
 */
final class Repository {
  static final Path ROOT = Path.of("").toAbsolutePath();

  private Repository() {}

  /** A file of the repository, from its path relative to the root; fails when it is missing. */
  static Path path(String relative) {
    Path path = ROOT.resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          relative
              + " not found under "
              + ROOT
              + ": run the tests of bootstrap with the"
              + " repository root as working directory (bootstrap's pom configures surefire so)");
    }
    return path;
  }

  static String read(String relative) {
    try {
      return Files.readString(path(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every topology of docs/examples, as paths relative to the root, in name order. */
  static List<String> examples() {
    try (Stream<Path> files = Files.list(path("docs/examples"))) {
      return files
          .map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".yaml") || name.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
