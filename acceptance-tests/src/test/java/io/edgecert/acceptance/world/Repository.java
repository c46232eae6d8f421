package io.edgecert.acceptance.world;

import java.nio.file.Files;
import java.nio.file.Path;

/** The edgecert source tree the tests run in: its docs/examples and its ./edgecert launcher. */
public final class Repository {

  private Repository() {}

  /** The root, from the {@code edgecert.root} property the build sets (else the parent folder). */
  public static Path root() {
    Path root = Path.of(System.getProperty("edgecert.root", "..")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("edgecert"))) {
      throw new IllegalStateException("no edgecert launcher in " + root);
    }
    return root;
  }
}
