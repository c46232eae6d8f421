package io.edgecert.benchmarks;

import io.edgecert.application.port.in.TopologySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The documentation examples, read from docs/examples below the working directory. */
final class Examples {
  /** Set -Dedgecert.examples=DIR to run from elsewhere than the repository root. */
  static final Path DIR = Path.of(System.getProperty("edgecert.examples", "docs/examples"));

  private Examples() {}

  static TopologySource source(String name) {
    try {
      return new TopologySource(
          name, Files.readAllBytes(DIR.resolve(name)), TopologySource.Syntax.AUTO);
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root, or set -Dedgecert.examples", e);
    }
  }
}
