package io.edgecert.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}: the result goes to a file instead of standard output, written all or
 * nothing (a temporary file beside it, moved into place). {@link CommandText#print} honours it for
 * every command that carries this mixin.
 */
public final class OutputOption {

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the result to FILE (replaced whole, never left half-written) instead of"
              + " standard output.")
  Path file;
}
